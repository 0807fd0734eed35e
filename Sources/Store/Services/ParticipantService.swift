// Who takes part in a case, and who coordinates it (the tovholder), with the coordinator's history.
import Core
import GRDB

extension StoreTransaction {
    static let participants = EntityTable(name: "participant")

    /// Adds an actor to a case's participants.
    public func addParticipant(case caseID: CaseID, actor actorID: ActorID, role: String?, from: Day) throws
        -> Participant
    {
        let caseCitizenID = try caseCitizen(caseID)
        let actor = try actor(actorID)
        var participant = try Participant(caseID: caseID, actor: actorID, role: role, from: from)
        let id = try Self.participants.insert(
            db, ["case_id": caseID.rawValue, "actor_id": actorID.rawValue, "data": "{}"])
        participant.id = ParticipantID(id)
        try Self.participants.update(db, id: id, ["data": try JSONColumn.encode(participant)])
        try audit(
            entity: "participant", id: id, citizen: caseCitizenID.rawValue, action: "create",
            summary:
                "participant added to case \(caseID): \(actor.name) (\(actor.kind.rawValue))\(role.map { ", " + $0 } ?? "")"
        )
        return participant
    }

    /// A case's participants, in the order they were added.
    public func participants(case caseID: CaseID) throws -> [Participant] {
        _ = try caseCitizen(caseID)
        return try Self.participants.values(
            db, Participant.self, sql: "SELECT data FROM participant WHERE case_id = ? ORDER BY id",
            arguments: [caseID.rawValue])
    }

    /// Makes `actor` the case's coordinator from `day`, ending the current assignment; the case's
    /// draft and active KIPs get the new coordinator in their master data (a new version each).
    public func setCoordinator(case caseID: CaseID, actor actorID: ActorID, on day: Day, reason: String?) throws
        -> CoordinatorHistory
    {
        let caseCitizenID = try caseCitizen(caseID)
        let actor = try actor(actorID)
        var history = try coordinatorHistory(case: caseID)
        try history.assign(actor, on: day, reason: reason)
        try db.execute(
            sql: """
                INSERT INTO coordinator_history (case_id, current_actor_id, data) VALUES (?, ?, ?)
                ON CONFLICT(case_id) DO UPDATE SET current_actor_id = excluded.current_actor_id, data = excluded.data
                """,
            arguments: [caseID.rawValue, history.current?.actor.rawValue, try JSONColumn.encode(history)])
        try audit(
            entity: "case", id: caseID, citizen: caseCitizenID.rawValue, action: "coordinator",
            summary: "coordinator from \(day): \(actor.name)\(reason.map { " (" + $0 + ")" } ?? "")")
        // The coordinator fills in the KIP's master data: the case's open KIPs follow the case.
        for plan in try plans(case: caseID)
        where plan.kind == .kip && (plan.status == .draft || plan.status == .active)
            && plan.content.kip?.masterData.coordinator != actorID
        {
            try changePlan(plan.id, .setCoordinator(actor: actorID))
        }
        return history
    }

    /// Every coordinator the case has had (empty history if none yet).
    public func coordinatorHistory(case caseID: CaseID) throws -> CoordinatorHistory {
        guard
            let text = try String.fetchOne(
                db, sql: "SELECT data FROM coordinator_history WHERE case_id = ?", arguments: [caseID.rawValue])
        else { return CoordinatorHistory(caseID: caseID) }
        return try JSONColumn.decode(CoordinatorHistory.self, from: text)
    }
}
