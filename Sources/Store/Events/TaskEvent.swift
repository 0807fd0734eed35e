// The payload of the time event task.overdue: an open task whose due day has passed.
import Core

/// What a workflow learns when an open task is overdue: the task, its case and plan if any, who it
/// is for, and which pack rule made it. Encoded with snake_case keys.
public struct TaskEvent: Codable, Sendable, Equatable {
    /// An open task's due day has passed.
    public static let overdue = "task.overdue"

    public let taskID: TaskID
    /// Absent for a task without a case.
    public let caseID: CaseID?
    public let planID: PlanID?
    public let title: String
    /// `{"actor": 5}` or `{"role": "tovholder"}`.
    public let assignee: TaskAssignee
    /// The task's due day, `YYYY-MM-DD`.
    public let due: String
    /// The tick's day.
    public let day: String
    /// The pack whose workflow rule made the task, if one did.
    public let pack: String?
    /// That rule's name.
    public let rule: String?

    init(_ task: WorkTask, id: TaskID, due: Day, day: Day) {
        taskID = id
        caseID = task.caseID
        planID = task.planID
        title = task.title
        assignee = task.assignee
        self.due = due.description
        self.day = day.description
        pack = task.origin.pack
        rule = task.origin.rule
    }

    enum CodingKeys: String, CodingKey {
        case taskID = "task_id"
        case caseID = "case_id"
        case planID = "plan_id"
        case title, assignee, due, day, pack, rule
    }
}
