// Every change a plan can undergo; each one applied makes exactly one new version.

/// One change to a plan, as the CLI and the Lua API submit it. Apply it with
/// ``PlanVersion/applying(_:by:at:)``. Encoded as `{"addGoal": {"goal": {...}}}`. Ids in a change
/// are the numbers within the plan; updates replace every field (read ``Goal/draft``, change it,
/// submit it).
public enum PlanChange: Codable, Sendable, Equatable {
    /// Sets the text of a part of the plan's kind (empty text clears it).
    case setText(part: PlanPart, text: String)
    case addGoal(goal: GoalDraft)
    case updateGoal(id: GoalID, goal: GoalDraft)
    case setGoalStatus(id: GoalID, status: GoalStatus)
    case addIntervention(intervention: InterventionDraft)
    case updateIntervention(id: InterventionID, intervention: InterventionDraft)
    case setInterventionStatus(id: InterventionID, status: InterventionStatus)
    /// Plans a follow-up (in a KIP: the next meeting).
    case addFollowUp(due: Day, purpose: String)
    case rescheduleFollowUp(id: FollowUpID, due: Day)
    case recordFollowUp(id: FollowUpID, held: Day, outcome: String)
    case cancelFollowUp(id: FollowUpID)
    /// Records a meeting that took place.
    case addMeeting(meeting: MeetingDraft)
    /// Records an absent citizen's later acceptance of the plan.
    case recordCitizenAcceptance(meeting: MeetingID, acceptance: CitizenAcceptance)
    /// KIP part 1: hands the coordinator role to `actor`.
    case setCoordinator(actor: ActorID)
    case addParticipant(actor: ActorID)
    case removeParticipant(actor: ActorID)
    case addConsent(consent: ConsentID)
    case removeConsent(consent: ConsentID)
    /// KIP part 2: records a plan kept elsewhere.
    case addExternalPlan(plan: ExternalPlanDraft)
    case updateExternalPlan(id: ExternalPlanID, plan: ExternalPlanDraft)
    /// KIP part 2: refers to another plan in Tovholder at `version`; linking it again moves the version.
    case linkPlan(plan: PlanID, version: Int)
    case unlinkPlan(plan: PlanID)
    case activate(on: Day)
    case complete(on: Day)
    case revoke(on: Day, reason: String)
}
