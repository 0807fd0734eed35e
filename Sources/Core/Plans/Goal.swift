// A goal of a plan: its area, what the citizen aims for, harm reduction or not, target and status.

/// A goal in a plan. Goals are numbered within their plan (1, 2, 3 ...) and never removed: a goal
/// given up is ``GoalStatus/dropped``, so the plan's history stays readable.
public struct Goal: Codable, Sendable, Equatable, Identifiable {
    public let id: GoalID
    public private(set) var area: GoalArea
    public private(set) var description: String
    /// A harm-reduction goal (less use, safer use, fewer overdoses) rather than abstinence; a
    /// legitimate treatment goal in its own right.
    public private(set) var harmReduction: Bool
    public private(set) var targetDate: Day?
    /// The shared priority (1 is first), as agreed in KIP part 4; optional elsewhere.
    public private(set) var priority: Int?
    public internal(set) var status: GoalStatus

    /// A new goal from `draft`, not started.
    init(id: GoalID, _ draft: GoalDraft) throws {
        self.id = id
        area = draft.area
        description = ""
        harmReduction = false
        status = .notStarted
        try update(from: draft)
    }

    /// Takes every field of `draft` after checking it; the status stays.
    mutating func update(from draft: GoalDraft) throws {
        let description = try requiredText(draft.description, field: "description")
        if let priority = draft.priority, priority < 1 {
            throw DomainError(field: "priority", PlanProblem.priorityNotPositive)
        }
        area = draft.area
        self.description = description
        harmReduction = draft.harmReduction
        targetDate = draft.targetDate
        priority = draft.priority
    }

    /// The goal's fields, to change and submit with ``PlanChange/updateGoal(id:goal:)``.
    public var draft: GoalDraft {
        GoalDraft(
            area: area, description: description, harmReduction: harmReduction, targetDate: targetDate,
            priority: priority)
    }
}

/// A goal as submitted, before the plan gives it an id and a status; the fields are those of ``Goal``.
public struct GoalDraft: Codable, Sendable, Equatable {
    public var area: GoalArea
    public var description: String
    public var harmReduction: Bool
    public var targetDate: Day?
    public var priority: Int?

    public init(
        area: GoalArea, description: String, harmReduction: Bool = false, targetDate: Day? = nil,
        priority: Int? = nil
    ) {
        self.area = area
        self.description = description
        self.harmReduction = harmReduction
        self.targetDate = targetDate
        self.priority = priority
    }
}
