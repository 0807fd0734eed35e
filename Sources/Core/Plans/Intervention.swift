// An intervention of a plan: what is done, by which sector, who is responsible, for which goals.

/// An intervention (indsats) in a plan, numbered within its plan and never removed (a dropped one
/// is ``InterventionStatus/cancelled``). In a KIP every intervention has a responsible actor.
public struct Intervention: Codable, Sendable, Equatable, Identifiable {
    public let id: InterventionID
    public private(set) var description: String
    public private(set) var sector: InterventionSector
    public private(set) var mode: InterventionMode
    /// The named responsible actor; required in a KIP.
    public private(set) var responsible: ActorID?
    /// The goals of the same plan this intervention serves, in id order.
    public private(set) var goals: [GoalID]
    public private(set) var period: Period?
    public internal(set) var status: InterventionStatus

    /// A new, planned intervention from `draft`, checked against `plan`.
    init(id: InterventionID, _ draft: InterventionDraft, in plan: Plan) throws {
        self.id = id
        description = ""
        sector = draft.sector
        mode = draft.mode
        goals = []
        status = .planned
        try update(from: draft, in: plan)
    }

    /// Takes every field of `draft` after checking it against `plan`; the status stays.
    mutating func update(from draft: InterventionDraft, in plan: Plan) throws {
        let description = try requiredText(draft.description, field: "description")
        if plan.kind == .kip, draft.responsible == nil {
            throw DomainError(field: "responsible", PlanProblem.kipInterventionNeedsResponsible)
        }
        for goal in draft.goals where plan.goal(goal) == nil {
            throw DomainError(field: "goals", PlanProblem.unknownGoal(goal))
        }
        self.description = description
        sector = draft.sector
        mode = draft.mode
        responsible = draft.responsible
        goals = Array(Set(draft.goals)).sorted()
        period = draft.period
    }

    /// The intervention's fields, to change and submit with
    /// ``PlanChange/updateIntervention(id:intervention:)``.
    public var draft: InterventionDraft {
        InterventionDraft(
            description: description, sector: sector, mode: mode, responsible: responsible, goals: goals,
            period: period)
    }
}

/// An intervention as submitted, before the plan gives it an id and a status; the fields are those
/// of ``Intervention``. The mode is coordinated unless said otherwise.
public struct InterventionDraft: Codable, Sendable, Equatable {
    public var description: String
    public var sector: InterventionSector
    public var mode: InterventionMode
    public var responsible: ActorID?
    public var goals: [GoalID]
    public var period: Period?

    public init(
        description: String, sector: InterventionSector, mode: InterventionMode = .coordinated,
        responsible: ActorID? = nil, goals: [GoalID] = [], period: Period? = nil
    ) {
        self.description = description
        self.sector = sector
        self.mode = mode
        self.responsible = responsible
        self.goals = goals
        self.period = period
    }
}
