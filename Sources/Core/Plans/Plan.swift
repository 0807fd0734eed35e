// A plan of a case as it stands at one version: kind and content, status, goals, interventions, follow-ups.

/// A behandlingsplan, handleplan or KIP of a case. A `Plan` value is a snapshot: it changes only
/// through ``PlanVersion/applying(_:by:at:)``, which checks the rules and yields the next version,
/// so no change escapes the plan's history. Goals, interventions, follow-ups, meetings and external
/// plans are numbered within their plan (1, 2, 3 ...).
public struct Plan: Codable, Sendable, Equatable, Identifiable {
    public let id: PlanID
    public let caseID: CaseID
    public internal(set) var content: PlanContent
    public internal(set) var status: PlanStatus
    /// The day the plan became active.
    public internal(set) var activated: Day?
    /// The day the plan was completed or revoked.
    public internal(set) var ended: Day?
    /// Why the plan was revoked; empty otherwise.
    public internal(set) var revocationReason: String
    public internal(set) var goals: [Goal]
    public internal(set) var interventions: [Intervention]
    public internal(set) var followUps: [FollowUp]
    public internal(set) var meetings: [Meeting]

    /// A new, empty draft. A handleplan is refused for an anonymous case (Serviceloven §101a,
    /// legal basis `sel101a`).
    init(id: PlanID, caseID: CaseID, kind: PlanKind, caseIsAnonymous: Bool) throws {
        if kind == .handleplan, caseIsAnonymous {
            throw DomainError(field: "kind", PlanProblem.handleplanForAnonymousCase)
        }
        self.id = id
        self.caseID = caseID
        content = PlanContent(empty: kind)
        status = .draft
        revocationReason = ""
        goals = []
        interventions = []
        followUps = []
        meetings = []
    }

    public var kind: PlanKind { content.kind }

    public func goal(_ id: GoalID) -> Goal? { goals.first { $0.id == id } }

    public func intervention(_ id: InterventionID) -> Intervention? { interventions.first { $0.id == id } }

    public func followUp(_ id: FollowUpID) -> FollowUp? { followUps.first { $0.id == id } }

    public func meeting(_ id: MeetingID) -> Meeting? { meetings.first { $0.id == id } }

    /// The earliest planned follow-up: for a KIP, the next meeting.
    public var nextFollowUp: FollowUp? {
        followUps.filter { $0.status == .planned }.min { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// Planned follow-ups whose due day has passed by `today`, earliest first.
    public func overdueFollowUps(on today: Day) -> [FollowUp] {
        followUps.filter { $0.isOverdue(on: today) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// Meetings the citizen missed and has not yet accepted the plan after.
    public var meetingsAwaitingAcceptance: [Meeting] { meetings.filter(\.isAwaitingAcceptance) }
}
