// The stable snake_case names of plan changes, as plan.changed events carry them.
import Core

extension PlanChange {
    /// The change's name in events and scripts: `set_text`, `add_goal`, `add_follow_up`,
    /// `add_meeting`, `activate` ... Stable: workflows match on it.
    public var eventName: String {
        switch self {
        case .setText: "set_text"
        case .addGoal: "add_goal"
        case .updateGoal: "update_goal"
        case .setGoalStatus: "set_goal_status"
        case .addIntervention: "add_intervention"
        case .updateIntervention: "update_intervention"
        case .setInterventionStatus: "set_intervention_status"
        case .addFollowUp: "add_follow_up"
        case .rescheduleFollowUp: "reschedule_follow_up"
        case .recordFollowUp: "record_follow_up"
        case .cancelFollowUp: "cancel_follow_up"
        case .addMeeting: "add_meeting"
        case .recordCitizenAcceptance: "record_citizen_acceptance"
        case .setCoordinator: "set_coordinator"
        case .addParticipant: "add_participant"
        case .removeParticipant: "remove_participant"
        case .addConsent: "add_consent"
        case .removeConsent: "remove_consent"
        case .addExternalPlan: "add_external_plan"
        case .updateExternalPlan: "update_external_plan"
        case .linkPlan: "link_plan"
        case .unlinkPlan: "unlink_plan"
        case .activate: "activate"
        case .complete: "complete"
        case .revoke: "revoke"
        }
    }

    /// The day a status change names (`activate(on:)`, `complete(on:)`, `revoke(on:reason:)`); nil
    /// for other changes, which happen on the command's day.
    var day: Day? {
        switch self {
        case .activate(let day), .complete(let day), .revoke(let day, _): day
        default: nil
        }
    }
}
