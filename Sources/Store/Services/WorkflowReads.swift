// What a workflow rule may read about its case, without an audit entry per read: the command running it is audited.
import Core
import GRDB

extension StoreTransaction {
    /// The case, for a workflow rule handling one of its events. Not audited: the rule runs inside
    /// an audited command, its effects are audited where they are made, and a rule reads far more
    /// often than a person does. What the rule may read is limited by its pack's capabilities.
    public func caseForWorkflow(_ id: CaseID) throws -> TreatmentCase {
        try existingCase(id)
    }

    /// The case's consents, revoked ones included, for a workflow rule (not audited, as above).
    public func consentsForWorkflow(case caseID: CaseID) throws -> [Consent] {
        _ = try caseCitizen(caseID)
        return try caseConsents(caseID)
    }

    /// May data of `category` from the case go to `actor` on `day`? As ``checkConsent(case:actor:category:on:purpose:)``
    /// without its audit entry, for a workflow rule deciding between a message and a task.
    public func consentDecisionForWorkflow(
        case caseID: CaseID, actor actorID: ActorID, category: DataCategory, on day: Day, purpose: ConsentPurpose
    ) throws -> ConsentDecision {
        let citizen = try existingCitizen(try caseCitizen(caseID))
        let actor = try actor(actorID, field: "to")
        return ConsentDecision.decide(
            consents: try caseConsents(caseID), citizen: citizen, recipient: actorID, kind: actor.kind,
            category: category, on: day, purpose: purpose)
    }
}

extension StoreTransaction {
    /// The days the plan really had a meeting or held a follow-up (a dry run's measure of a
    /// deadline), from its current version.
    public func daysPlanWasFollowedUp(_ id: PlanID) throws -> [Day] {
        guard let plan = try Self.plans.value(db, id: id.rawValue, as: Plan.self) else { return [] }
        return plan.meetings.map(\.day) + plan.followUps.compactMap(\.held)
    }

    /// The case's done tasks: their titles and the days they were done.
    public func doneTasks(case caseID: CaseID) throws -> [(title: String, closed: Day)] {
        try Self.tasks.values(
            db, WorkTask.self, sql: "SELECT data FROM task WHERE case_id = ? AND status = 'done'",
            arguments: [caseID.rawValue]
        ).compactMap { task in task.closed.map { (task.title, $0) } }
    }
}
