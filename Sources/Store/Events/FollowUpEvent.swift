// The payload of the time events followup.due and followup.overdue: a plan's follow-up or a KIP's next meeting.
import Core

/// What a workflow learns when a follow-up of an active plan falls due or is overdue, or when a
/// KIP without a planned next meeting needs one. Never the plan's text beyond the follow-up's
/// purpose. Encoded with snake_case keys.
public struct FollowUpEvent: Codable, Sendable, Equatable {
    /// A follow-up's due day has come (for the KIP rule: its notice period has begun).
    public static let due = "followup.due"
    /// A follow-up's due day has passed and it is still planned.
    public static let overdue = "followup.overdue"

    /// Why the event was raised.
    public enum Reason: String, Codable, Sendable {
        /// A planned follow-up of the plan.
        case followUp = "followup"
        /// A KIP without a planned follow-up: its next meeting is due some months after the last one.
        case kipNextMeeting = "kip_next_meeting"
    }

    public let planID: PlanID
    public let caseID: CaseID
    /// The plan's kind: `behandlingsplan`, `handleplan` or `kip`.
    public let kind: String
    /// The follow-up; absent for the KIP rule, which has none.
    public let followUpID: FollowUpID?
    /// The day it is due, `YYYY-MM-DD`.
    public let due: String
    /// What the follow-up is for, as the caseworker wrote it (the KIP rule: `næste KIP-møde`).
    public let purpose: String
    /// The tick's day.
    public let day: String
    public let reason: Reason

    init(_ plan: Plan, followUp: FollowUpID?, due: Day, purpose: String, day: Day, reason: Reason) {
        planID = plan.id
        caseID = plan.caseID
        kind = plan.kind.rawValue
        followUpID = followUp
        self.due = due.description
        self.purpose = purpose
        self.day = day.description
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case planID = "plan_id"
        case caseID = "case_id"
        case kind = "plan_kind"
        case followUpID = "followup_id"
        case due, purpose, day, reason
    }
}
