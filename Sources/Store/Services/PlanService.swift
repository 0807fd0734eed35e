// Plans: every change a new, stored version; the current plan beside them for lookups and due follow-ups.
import Core
import Foundation
import GRDB

extension StoreTransaction {
    static let plans = EntityTable(name: "plan")

    /// Creates an empty draft plan of `kind` on a case (version 1) and raises `plan.created`.
    public func createPlan(case caseID: CaseID, kind: PlanKind) throws -> PlanVersion {
        let treatmentCase = try existingCase(caseID)
        let id = try Self.plans.insert(
            db,
            [
                "case_id": caseID.rawValue, "kind": kind.rawValue, "status": PlanStatus.draft.rawValue, "version": 1,
                "data": "{}", "updated_at": nowText,
            ])
        let version = try PlanVersion.creating(
            plan: PlanID(id), case: caseID, kind: kind, caseIsAnonymous: treatmentCase.basis.isAnonymous,
            by: context.user, at: now)
        try store(version, citizen: treatmentCase.citizen)
        try raisePlanEvents(version, previous: nil)
        return version
    }

    /// Applies one change to a plan, stores the new version and raises `plan.changed` (then
    /// `plan.activated` or `meeting.held` for those changes).
    @discardableResult
    public func changePlan(_ id: PlanID, _ change: PlanChange) throws -> PlanVersion {
        let current = try currentVersion(id)
        let caseCitizenID = try caseCitizen(current.plan.caseID)
        try checkReferences(of: change, in: current.plan)
        let next = try current.applying(change, by: context.user, at: now)
        try store(next, citizen: caseCitizenID)
        try raisePlanEvents(next, previous: current)
        return next
    }

    /// The current version of a plan; the read is audited.
    public func plan(_ id: PlanID) throws -> PlanVersion {
        let version = try currentVersion(id)
        let citizen = try caseCitizen(version.plan.caseID)
        try audit(entity: "plan", id: id, citizen: citizen.rawValue, action: "read", summary: "plan read")
        return version
    }

    /// Every version of a plan, oldest first; the read is audited.
    public func planHistory(_ id: PlanID) throws -> PlanHistory {
        let texts = try String.fetchAll(
            db, sql: "SELECT data FROM plan_version WHERE plan_id = ? ORDER BY number", arguments: [id.rawValue])
        guard !texts.isEmpty else { throw DomainError(field: "plan", StoreProblem.unknownPlan(id.rawValue)) }
        let history = try PlanHistory(versions: try texts.map { try JSONColumn.decode(PlanVersion.self, from: $0) })
        let citizen = try caseCitizen(history.plan.caseID)
        try audit(entity: "plan", id: id, citizen: citizen.rawValue, action: "read", summary: "plan history read")
        return history
    }

    /// The plans of a case, oldest first.
    public func plans(case caseID: CaseID) throws -> [Plan] {
        _ = try caseCitizen(caseID)
        return try Self.plans.values(
            db, Plan.self, sql: "SELECT data FROM plan WHERE case_id = ? ORDER BY id", arguments: [caseID.rawValue])
    }

    /// Actors and consents a change names must exist; a consent must belong to the plan's case.
    private func checkReferences(of change: PlanChange, in plan: Plan) throws {
        switch change {
        case .addIntervention(let intervention), .updateIntervention(_, let intervention):
            if let responsible = intervention.responsible { _ = try actor(responsible, field: "responsible") }
        case .addMeeting(let meeting):
            for participant in meeting.participants { _ = try actor(participant, field: "participants") }
        case .setCoordinator(let actorID), .addParticipant(let actorID):
            _ = try actor(actorID)
        case .addExternalPlan(let external), .updateExternalPlan(_, let external):
            _ = try actor(external.owner, field: "owner")
        case .addConsent(let consentID):
            guard let consent = try Self.consents.value(db, id: consentID.rawValue, as: Consent.self),
                consent.caseID == plan.caseID
            else { throw DomainError(field: "consent", StoreProblem.unknownConsent(consentID.rawValue)) }
        default:
            break
        }
    }

    func currentVersion(_ id: PlanID) throws -> PlanVersion {
        guard
            let text = try String.fetchOne(
                db, sql: "SELECT data FROM plan_version WHERE plan_id = ? ORDER BY number DESC LIMIT 1",
                arguments: [id.rawValue])
        else { throw DomainError(field: "plan", StoreProblem.unknownPlan(id.rawValue)) }
        return try JSONColumn.decode(PlanVersion.self, from: text)
    }

    /// Writes a version, the plan row it makes current, the plan's follow-ups for due-date
    /// queries, and the audit entry. The version's primary key refuses a second version with the
    /// same number, so two caseworkers changing one plan at once cannot both win.
    private func store(_ version: PlanVersion, citizen: CitizenID) throws {
        let plan = version.plan
        let id = plan.id
        try db.execute(
            sql: "INSERT INTO plan_version (plan_id, number, author, at, summary, data) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                id.rawValue, version.number, version.author, Self.timestamp(version.time),
                version.summary.text(.english), try JSONColumn.encode(version),
            ])
        try Self.plans.update(
            db, id: id.rawValue,
            [
                "status": plan.status.rawValue, "version": version.number, "data": try JSONColumn.encode(plan),
                "activated": plan.activated?.description, "ended": plan.ended?.description, "updated_at": nowText,
            ])
        try db.execute(sql: "DELETE FROM plan_followup WHERE plan_id = ?", arguments: [id.rawValue])
        for followUp in plan.followUps {
            try db.execute(
                sql: """
                    INSERT INTO plan_followup (plan_id, followup_id, case_id, due, held, status)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id.rawValue, followUp.id.rawValue, plan.caseID.rawValue, followUp.due.description,
                    followUp.held?.description, followUp.status.rawValue,
                ])
        }
        try audit(
            entity: "plan", id: id, citizen: citizen.rawValue, action: version.number == 1 ? "create" : "change",
            summary: "\(plan.kind.rawValue) \(id) version \(version.number): \(version.summary.text(.english))")
    }
}
