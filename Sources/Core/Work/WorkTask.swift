// A task for a person or a role: what to do, by when, why it exists, and how it ended.

/// A task in someone's work list: made by hand, by a workflow rule or by an event. Named
/// `WorkTask` because `Task` is Swift's concurrency type.
public struct WorkTask: Codable, Sendable, Equatable {
    /// Nil until the task is stored.
    public var id: TaskID?
    /// The case the task is about, if any.
    public let caseID: CaseID?
    /// The plan the task is about, if any (a follow-up to hold, an acceptance to obtain).
    public let planID: PlanID?
    public let title: String
    public let note: String
    public private(set) var assignee: TaskAssignee
    /// The last day the task should be done on; none for a task without a deadline.
    public private(set) var due: Day?
    public let origin: TaskOrigin
    public let created: Day
    public private(set) var status: TaskStatus
    /// The day the task was done or cancelled.
    public private(set) var closed: Day?
    /// The user who did or cancelled it.
    public private(set) var closedBy: String?

    /// An open task. A due day already past is allowed (a deadline from an earlier request): the
    /// task is then overdue from the start.
    /// - Throws: `DomainError` for an empty title (`title`).
    public init(
        id: TaskID? = nil, caseID: CaseID? = nil, planID: PlanID? = nil, title: String, note: String = "",
        assignee: TaskAssignee, due: Day? = nil, origin: TaskOrigin = .manual, created: Day
    ) throws {
        self.id = id
        self.caseID = caseID
        self.planID = planID
        self.title = try requiredText(title, field: "title", problem: TaskProblem.required)
        self.note = trimmedText(note)
        self.assignee = assignee
        self.due = due
        self.origin = origin
        self.created = created
        status = .open
    }

    /// Open, with a due day before `today`.
    public func isOverdue(on today: Day) -> Bool {
        guard status == .open, let due else { return false }
        return due < today
    }

    /// Marks the task done on `day` by `user`.
    /// - Throws: `DomainError` when the task is not open (`status`), `day` is before it was created
    ///   (`date`), or `user` is empty (`user`).
    public mutating func complete(on day: Day, by user: String) throws {
        try close(as: .done, on: day, by: user)
    }

    /// Cancels the task on `day` by `user`; same rules as ``complete(on:by:)``.
    public mutating func cancel(on day: Day, by user: String) throws {
        try close(as: .cancelled, on: day, by: user)
    }

    /// Gives the open task to `assignee`.
    public mutating func reassign(to assignee: TaskAssignee) throws {
        try requireOpen()
        self.assignee = assignee
    }

    /// Moves the open task's due day (nil removes it).
    public mutating func reschedule(due: Day?) throws {
        try requireOpen()
        self.due = due
    }

    private mutating func close(as status: TaskStatus, on day: Day, by user: String) throws {
        try requireOpen()
        guard day >= created else { throw DomainError(field: "date", TaskProblem.closedBeforeCreated(created)) }
        closedBy = try requiredText(user, field: "user", problem: TaskProblem.required)
        closed = day
        self.status = status
    }

    private func requireOpen() throws {
        guard status == .open else { throw DomainError(field: "status", TaskProblem.notOpen(status)) }
    }
}
