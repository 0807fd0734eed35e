// Screening responses on a case: started, saved part-way, completed once (then immutable), and read back.
import Core
import Foundation
import GRDB

extension StoreTransaction {
    static let screeningResponses = EntityTable(name: "screening_response")

    /// Stores a new response in progress on its case (any id it has is replaced by a new one).
    /// - Throws: `DomainError` when the case does not exist, or the response is already completed.
    public func startScreening(_ response: ScreeningResponse) throws -> ScreeningResponse {
        guard response.status == .inProgress else { throw DomainError(field: "response", ScreeningProblem.completed) }
        let citizen = try caseCitizen(response.caseID)
        let stored = try insertScreening(response, citizen: citizen)
        try audit(
            entity: "screening", id: stored.id, citizen: citizen.rawValue, action: "create",
            summary: "screening \(Self.flowName(response.flow)) started on case \(response.caseID) for \(response.day)")
        return stored
    }

    /// Stores the answers so far and the item to resume at of a stored response in progress; the
    /// rest of the stored response (case, flow, day, who started it) stays as it was.
    /// - Throws: `DomainError` when the response is unknown or completed (stored or given).
    public func saveScreening(_ response: ScreeningResponse) throws {
        guard let id = response.id else { preconditionFailure("saveScreening needs a stored response") }
        guard response.status == .inProgress else { throw DomainError(field: "response", ScreeningProblem.completed) }
        var (stored, citizen) = try storedScreening(id)
        try stored.save(answers: response.answers, resumeAt: response.resumeAt)
        try Self.screeningResponses.update(db, id: id.rawValue, try screeningColumns(stored, citizen: citizen))
        try audit(
            entity: "screening", id: id, citizen: citizen.rawValue, action: "update",
            summary: "screening \(id) saved: \(stored.answers.count) answers"
                + (stored.resumeAt.map { ", resume at \($0)" } ?? ""))
    }

    /// Stores a response its caller has completed (``ScreeningResponse/complete(answers:settings:result:at:by:)``):
    /// a new one when it has no id, else the stored response in progress, completed with its answers,
    /// settings and result. Raises `screening.completed` (``ScreeningCompleted``).
    /// - Throws: `DomainError` when the case or the stored response is unknown, or the stored one is
    ///   already completed.
    public func completeScreening(_ response: ScreeningResponse) throws -> ScreeningResponse {
        guard response.status == .completed, let result = response.result, let time = response.completedAt,
            let user = response.completedBy
        else { preconditionFailure("completeScreening needs a completed response") }
        var stored: ScreeningResponse
        let citizen: CitizenID
        if let id = response.id {
            (stored, citizen) = try storedScreening(id)
            try stored.complete(
                answers: response.answers, settings: response.settings, result: result, at: time, by: user)
            try Self.screeningResponses.update(db, id: id.rawValue, try screeningColumns(stored, citizen: citizen))
        } else {
            citizen = try caseCitizen(response.caseID)
            stored = try insertScreening(response, citizen: citizen)
        }
        let id = stored.id!
        try audit(
            entity: "screening", id: id, citizen: citizen.rawValue, action: "complete",
            summary: "screening \(Self.flowName(stored.flow)) completed on case \(stored.caseID): "
                + Self.scoreSummary(result))
        try raise(
            ScreeningCompleted.kind, case: stored.caseID, subject: "screening_response:\(id)",
            payload: ScreeningCompleted(stored, id: id, result: result))
        return stored
    }

    /// The response with `id`; the read is audited.
    public func screeningResponse(_ id: ScreeningResponseID) throws -> ScreeningResponse {
        let (response, citizen) = try storedScreening(id)
        try audit(
            entity: "screening", id: id, citizen: citizen.rawValue, action: "read", summary: "screening \(id) read")
        return response
    }

    /// A case's responses, in progress or completed, by day; optionally of one flow only. The
    /// read is audited.
    public func screeningResponses(case caseID: CaseID, flow: String? = nil) throws -> [ScreeningResponse] {
        let citizen = try caseCitizen(caseID)
        let responses = try Self.screeningResponses.values(
            db, ScreeningResponse.self,
            sql: "SELECT data FROM screening_response WHERE case_id = ? AND (? IS NULL OR flow = ?) ORDER BY day, id",
            arguments: [caseID.rawValue, flow, flow])
        try audit(
            entity: "screening", citizen: citizen.rawValue, action: "read",
            summary: "screenings of case \(caseID)\(flow.map { " (\($0))" } ?? "") read")
        return responses
    }

    /// The citizen's completed responses on any case, on or before `day`, newest first, without
    /// `excluding`: the earlier screenings a flow sees when scoring. Not audited itself: it is read
    /// for the scoring of a response whose own storing is.
    public func earlierScreenings(
        citizen: CitizenID, before day: Day, excluding: ScreeningResponseID? = nil
    ) throws -> [ScreeningResponse] {
        try Self.screeningResponses.values(
            db, ScreeningResponse.self,
            sql: """
                SELECT data FROM screening_response
                WHERE citizen_id = ? AND status = 'completed' AND day <= ? AND id IS NOT ?
                ORDER BY day DESC, id DESC
                """, arguments: [citizen.rawValue, day.description, excluding?.rawValue])
    }

    /// The stored response with `id` and its citizen, without an audit entry.
    func storedScreening(_ id: ScreeningResponseID) throws -> (ScreeningResponse, CitizenID) {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT citizen_id, data FROM screening_response WHERE id = ?"),
                arguments: [id.rawValue])
        else { throw DomainError(field: "response", StoreProblem.unknownScreeningResponse(id.rawValue)) }
        return (try JSONColumn.decode(ScreeningResponse.self, from: row["data"]), CitizenID(row["citizen_id"]))
    }

    /// Inserts `response` under a new id, `data` included: a completed row cannot be updated after.
    private func insertScreening(_ response: ScreeningResponse, citizen: CitizenID) throws -> ScreeningResponse {
        var stored = response
        stored.id = ScreeningResponseID(try nextID(in: "screening_response"))
        _ = try Self.screeningResponses.insert(
            db, try screeningColumns(stored, citizen: citizen).merging(["id": stored.id!.rawValue]) { $1 })
        return stored
    }

    /// The id SQLite would give the next row of `table` (this transaction holds the write lock),
    /// for rows whose `data` holds their id and that cannot be updated once written.
    func nextID(in table: String) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)") ?? 1
    }

    private func screeningColumns(_ response: ScreeningResponse, citizen: CitizenID) throws
        -> [String: (any DatabaseValueConvertible)?]
    {
        [
            "case_id": response.caseID.rawValue, "citizen_id": citizen.rawValue, "flow": response.flow.id,
            "flow_version": response.flow.version.description, "pack": response.flow.pack,
            "pack_version": response.flow.packVersion?.description, "status": response.status.rawValue,
            "day": response.day.description, "completed_at": response.completedAt.map(Self.milliseconds),
            "answers": try JSONColumn.encode(response.answers), "data": try JSONColumn.encode(response),
            "result_flags": try response.result.map { try JSONColumn.encode($0.flags) },
            "result_scores": try response.result.map { result in
                try JSONColumn.encode(
                    Dictionary(result.scores.compactMap { score in score.value.map { (score.id, $0) } }) { first, _ in
                        first
                    })
            },
        ]
    }

    /// A time as the `INTEGER` columns hold it: whole milliseconds since 1970.
    static func milliseconds(_ time: Date) -> Int64 {
        Int64((time.timeIntervalSince1970 * 1000).rounded())
    }

    /// `audit 1.0.0`: the flow as audit summaries name it.
    static func flowName(_ flow: FlowReference) -> String {
        "\(flow.id) \(flow.version)"
    }

    /// `total 12, audit_c 5`: the scores only (no answers, no free text); an empty score shows as `-`.
    static func scoreSummary(_ result: ScreeningResult) -> String {
        guard !result.scores.isEmpty else { return "no scores" }
        func number(_ value: Double) -> String {
            value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        return result.scores.map { "\($0.id) \($0.value.map(number) ?? "-")" }.joined(separator: ", ")
    }
}
