// Tasks: what someone must do by when, made by hand or by a workflow rule; listed by due day and assignee.
import Core
import GRDB

extension StoreTransaction {
    static let tasks = EntityTable(name: "task")

    /// Stores a new task. A case or an actor it names must exist.
    public func addTask(_ task: WorkTask) throws -> WorkTask {
        var citizen: Int64?
        if let caseID = task.caseID { citizen = try caseCitizen(caseID).rawValue }
        if case .actor(let actorID) = task.assignee { _ = try actor(actorID, field: "assignee") }
        var stored = task
        let id = try Self.tasks.insert(db, taskColumns(task, data: "{}"))
        stored.id = TaskID(id)
        try Self.tasks.update(db, id: id, ["data": try JSONColumn.encode(stored)])
        try audit(
            entity: "task", id: id, citizen: citizen, action: "create",
            summary: "task added: \(task.title) for \(task.assignee)\(task.due.map { " due \($0)" } ?? "")")
        return stored
    }

    /// The task `id` when it is open; nil when it is closed or unknown. Not audited (a rule's check).
    public func openTask(_ id: TaskID) throws -> WorkTask? {
        guard let task = try Self.tasks.value(db, id: id.rawValue, as: WorkTask.self), task.status == .open else {
            return nil
        }
        return task
    }

    /// Marks a task done on `day`.
    public func completeTask(_ id: TaskID, on day: Day) throws -> WorkTask {
        try closeTask(id, action: "done", on: day) { try $0.complete(on: day, by: context.user) }
    }

    /// Cancels a task on `day`.
    public func cancelTask(_ id: TaskID, on day: Day) throws -> WorkTask {
        try closeTask(id, action: "cancel", on: day) { try $0.cancel(on: day, by: context.user) }
    }

    private func closeTask(_ id: TaskID, action: String, on day: Day, _ close: (inout WorkTask) throws -> Void) throws
        -> WorkTask
    {
        guard var task = try Self.tasks.value(db, id: id.rawValue, as: WorkTask.self) else {
            throw DomainError(field: "task", StoreProblem.unknownTask(id.rawValue))
        }
        try close(&task)
        try Self.tasks.update(db, id: id.rawValue, taskColumns(task, data: try JSONColumn.encode(task)))
        let citizen = try task.caseID.map { try caseCitizen($0).rawValue }
        try audit(
            entity: "task", id: id, citizen: citizen, action: action, summary: "task \(action) \(day): \(task.title)")
        return task
    }

    /// Open tasks by due day (tasks without one last), optionally only those due before a day or
    /// assigned to an actor or role.
    public func openTasks(dueBefore: Day? = nil, assignee: TaskAssignee? = nil) throws -> [WorkTask] {
        var conditions = ["status = 'open'"]
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        if let dueBefore {
            conditions.append("due < :due")
            arguments["due"] = dueBefore.description
        }
        switch assignee {
        case .actor(let actorID):
            conditions.append("assignee_actor_id = :actor")
            arguments["actor"] = actorID.rawValue
        case .role(let role):
            conditions.append("assignee_role = :role")
            arguments["role"] = role
        case nil:
            break
        }
        return try Self.tasks.values(
            db, WorkTask.self,
            sql: "SELECT data FROM task WHERE \(conditions.joined(separator: " AND ")) ORDER BY due IS NULL, due, id",
            arguments: StatementArguments(arguments.mapValues { $0?.databaseValue ?? .null }))
    }

    private func taskColumns(_ task: WorkTask, data: String) -> [String: (any DatabaseValueConvertible)?] {
        var actor: Int64?
        var role: String?
        switch task.assignee {
        case .actor(let id): actor = id.rawValue
        case .role(let name): role = name
        }
        return [
            "case_id": task.caseID?.rawValue, "assignee_actor_id": actor, "assignee_role": role,
            "due": task.due?.description, "status": task.status.rawValue, "data": data,
        ]
    }
}
