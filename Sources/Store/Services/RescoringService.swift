// Rescorings: a completed response scored again under another flow version, kept beside the unchanged original.
import Core
import GRDB

extension StoreTransaction {
    static let rescorings = EntityTable(name: "screening_rescoring")

    /// Stores a rescoring of a completed response under another version of its flow.
    /// - Throws: `DomainError` when the response is unknown, not completed, or of another flow.
    public func addRescoring(_ rescoring: Rescoring) throws -> Rescoring {
        let (response, citizen) = try storedScreening(rescoring.responseID)
        guard response.status == .completed else {
            throw DomainError(field: "response", StoreProblem.screeningNotCompleted(rescoring.responseID.rawValue))
        }
        guard rescoring.flow.id == response.flow.id else {
            throw DomainError(
                field: "flow", StoreProblem.rescoringOtherFlow(expected: response.flow.id, got: rescoring.flow.id))
        }
        var stored = rescoring
        let id = try nextID(in: "screening_rescoring")
        stored.id = RescoringID(id)
        _ = try Self.rescorings.insert(
            db,
            [
                "id": id, "response_id": rescoring.responseID.rawValue,
                "flow_version": rescoring.flow.version.description,
                "pack_version": rescoring.flow.packVersion?.description, "at": Self.milliseconds(rescoring.at),
                "data": try JSONColumn.encode(stored),
            ])
        try audit(
            entity: "screening", id: rescoring.responseID, citizen: citizen.rawValue, action: "rescore",
            summary: "screening \(rescoring.responseID) rescored under \(Self.flowName(rescoring.flow)): "
                + Self.scoreSummary(rescoring.result))
        return stored
    }

    /// A response's rescorings, oldest first; the read is audited.
    /// - Throws: `DomainError` when the response is unknown.
    public func rescorings(response id: ScreeningResponseID) throws -> [Rescoring] {
        guard
            let citizen = try Int64.fetchOne(
                db, sql: "SELECT citizen_id FROM screening_response WHERE id = ?", arguments: [id.rawValue])
        else { throw DomainError(field: "response", StoreProblem.unknownScreeningResponse(id.rawValue)) }
        let rescorings = try Self.rescorings.values(
            db, Rescoring.self, sql: "SELECT data FROM screening_rescoring WHERE response_id = ? ORDER BY at, id",
            arguments: [id.rawValue])
        try audit(
            entity: "screening", id: id, citizen: citizen, action: "read", summary: "rescorings of screening \(id) read"
        )
        return rescorings
    }
}
