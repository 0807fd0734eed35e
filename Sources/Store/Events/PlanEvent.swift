// The payload of plan.created and plan.changed: which plan, what changed, and where the plan stands now.
import Core

/// What a workflow learns when a plan is created or changed: the plan, its kind and status after
/// the change, the version it made and the change's name. Never the plan's text. Encoded with
/// snake_case keys.
public struct PlanEvent: Codable, Sendable, Equatable {
    /// A plan was created (version 1, a draft).
    public static let created = "plan.created"
    /// Any change to a plan: every new version after the first.
    public static let changed = "plan.changed"
    /// A plan was activated; raised after `plan.changed`.
    public static let activated = "plan.activated"

    public let planID: PlanID
    public let caseID: CaseID
    /// `behandlingsplan`, `handleplan` or `kip`.
    public let kind: String
    /// The plan's status after the change: `draft`, `active`, `completed`, `revoked`.
    public let status: String
    /// The version the change made (1 for a new plan).
    public let version: Int
    /// The change's name (``PlanChange/eventName``: `add_meeting`, `activate` ...); absent for a new plan.
    public let change: String?
    /// The command's day; for activating, completing or revoking, the day given with the change.
    public let day: String

    init(_ version: PlanVersion, day: Day) {
        planID = version.plan.id
        caseID = version.plan.caseID
        kind = version.plan.kind.rawValue
        status = version.plan.status.rawValue
        self.version = version.number
        change = version.change?.eventName
        self.day = day.description
    }

    enum CodingKeys: String, CodingKey {
        case planID = "plan_id"
        case caseID = "case_id"
        case kind = "plan_kind"
        case status, version, change, day
    }
}

extension StoreTransaction {
    /// Raises the events of a stored plan version: `plan.created` for version 1, otherwise
    /// `plan.changed`, then `plan.activated` or `meeting.held` when the change was one of those.
    func raisePlanEvents(_ version: PlanVersion, previous: PlanVersion?) throws {
        let plan = version.plan
        let subject = "plan:\(plan.id.rawValue)"
        guard let change = version.change else {
            try raise(PlanEvent.created, case: plan.caseID, subject: subject, payload: PlanEvent(version, day: today))
            return
        }
        let day = change.day ?? today
        try raise(PlanEvent.changed, case: plan.caseID, subject: subject, payload: PlanEvent(version, day: day))
        switch change {
        case .activate:
            try raise(PlanEvent.activated, case: plan.caseID, subject: subject, payload: PlanEvent(version, day: day))
        case .addMeeting:
            let known = Set(previous?.plan.meetings.map(\.id) ?? [])
            for meeting in plan.meetings where !known.contains(meeting.id) {
                try raise(
                    MeetingHeld.kind, case: plan.caseID, subject: subject, payload: MeetingHeld(plan, meeting: meeting))
            }
        default:
            break
        }
    }
}
