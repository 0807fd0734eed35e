// The payload of meeting.held: a plan meeting was recorded, with who took part.
import Core

/// What a workflow learns when a plan meeting is recorded: the plan, the meeting's day, whether the
/// citizen was there, and the actors present. Never the meeting's note. Encoded with snake_case keys.
public struct MeetingHeld: Codable, Sendable, Equatable {
    /// The event's kind; raised after the `plan.changed` of the meeting.
    public static let kind = "meeting.held"

    public let planID: PlanID
    public let caseID: CaseID
    /// The plan's kind: `behandlingsplan`, `handleplan` or `kip`.
    public let planKind: String
    public let meetingID: MeetingID
    /// The day the meeting took place, `YYYY-MM-DD`.
    public let day: String
    public let citizenPresent: Bool
    /// The actors present, by id, ascending.
    public let participants: [ActorID]

    init(_ plan: Plan, meeting: Meeting) {
        planID = plan.id
        caseID = plan.caseID
        planKind = plan.kind.rawValue
        meetingID = meeting.id
        day = meeting.day.description
        citizenPresent = meeting.citizenPresent
        participants = meeting.participants
    }

    enum CodingKeys: String, CodingKey {
        case planID = "plan_id"
        case caseID = "case_id"
        case planKind = "plan_kind"
        case meetingID = "meeting_id"
        case day
        case citizenPresent = "citizen_present"
        case participants
    }
}
