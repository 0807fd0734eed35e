// A plan kept outside Tovholder (the GP's, the job centre's ...), recorded for the KIP survey.

/// Identifies an ``ExternalPlan`` within its coordinated plan (numbered 1, 2, 3 ... per plan).
public typealias ExternalPlanID = EntityID<ExternalPlan>

/// The kind of a plan kept by someone else.
public enum ExternalPlanKind: String, CaseIterable, Codable, Sendable, LocalizedText {
    /// The general practitioner's treatment plan.
    case gpTreatmentPlan = "gp_treatment_plan"
    /// The job centre's plan.
    case jobCentrePlan = "job_centre_plan"
    /// Any other plan; it needs a title.
    case other

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.gpTreatmentPlan, .danish): "Lægens behandlingsplan"
        case (.gpTreatmentPlan, .english): "The GP's treatment plan"
        case (.jobCentrePlan, .danish): "Jobcentrets plan"
        case (.jobCentrePlan, .english): "The job centre's plan"
        case (.other, .danish): "Anden plan"
        case (.other, .english): "Other plan"
        }
    }
}

/// What the KIP survey records about a plan kept elsewhere: its status, goals and interventions.
public struct ExternalPlan: Codable, Sendable, Equatable, Identifiable {
    public let id: ExternalPlanID
    public var kind: ExternalPlanKind
    /// The plan's name; required for ``ExternalPlanKind/other``.
    public var title: String
    /// The actor who owns the plan (the GP, the job consultant ...).
    public var owner: ActorID
    /// The day the plan was made or last seen.
    public var day: Day
    /// The plan's status, goals and interventions, as the survey summarises them from the plan.
    public var status: String
    public var goals: String
    public var interventions: String

    /// The plan's name: its title, or the kind's name when it has none.
    public var name: Bilingual { title.isEmpty ? Bilingual(kind) : Bilingual(plain: title) }

    /// An external plan as recorded, after checking `draft`.
    init(id: ExternalPlanID, _ draft: ExternalPlanDraft) throws {
        if draft.kind == .other { _ = try requiredText(draft.title, field: "title") }
        self.id = id
        kind = draft.kind
        title = trimmedText(draft.title)
        owner = draft.owner
        day = draft.day
        status = trimmedText(draft.status)
        goals = trimmedText(draft.goals)
        interventions = trimmedText(draft.interventions)
    }

    /// The recorded facts, to change and submit with ``PlanChange/updateExternalPlan(id:plan:)``.
    public var draft: ExternalPlanDraft {
        ExternalPlanDraft(
            kind: kind, title: title, owner: owner, day: day, status: status, goals: goals,
            interventions: interventions)
    }
}

/// An external plan as submitted, before the plan gives it an id; the fields are those of ``ExternalPlan``.
public struct ExternalPlanDraft: Codable, Sendable, Equatable {
    public var kind: ExternalPlanKind
    public var title: String
    public var owner: ActorID
    public var day: Day
    public var status: String
    public var goals: String
    public var interventions: String

    public init(
        kind: ExternalPlanKind, title: String = "", owner: ActorID, day: Day, status: String = "",
        goals: String = "", interventions: String = ""
    ) {
        self.kind = kind
        self.title = title
        self.owner = owner
        self.day = day
        self.status = status
        self.goals = goals
        self.interventions = interventions
    }
}
