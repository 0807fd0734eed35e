// The answers of a flow's completed responses, read in bulk to score them again (the rescoring fast path).
import Core
import Foundation
import GRDB

extension StoreTransaction {
    /// The answers of the completed responses of `flow`, by id, at most `limit` of them. Reads
    /// only the `answers` column through a cursor and parses nothing else. The read is audited
    /// as one entry (it spans citizens).
    public func completedScreeningAnswers(flow: String, limit: Int? = nil) throws
        -> [(ScreeningResponseID, [String: Answer])]
    {
        var answers: [(ScreeningResponseID, [String: Answer])] = []
        try forEachCompletedScreeningAnswers(flow: flow, limit: limit) { answers.append(($0, $1)) }
        return answers
    }

    /// Hands the answers of each completed response of `flow` to `body` as it is read, in id order,
    /// at most `limit` of them, and returns how many there were: for rescoring many responses,
    /// whose answers then never all sit in memory at once. The read is audited as one entry once
    /// all are read (it spans citizens).
    @discardableResult
    public func forEachCompletedScreeningAnswers(
        flow: String, limit: Int? = nil, _ body: (ScreeningResponseID, [String: Answer]) throws -> Void
    ) throws -> Int {
        let statement = try db.cachedStatement(
            sql: """
                SELECT id, answers FROM screening_response WHERE flow = ? AND status = 'completed'
                ORDER BY id LIMIT ?
                """)
        let cursor = try Row.fetchCursor(statement, arguments: [flow, limit ?? -1])
        // Answers hold no dates: the dedicated parser reads them as JSONColumn wrote them, and a plain
        // decoder takes what it does not know.
        let decoder = JSONDecoder()
        var count = 0
        while let row = try cursor.next() {
            let id = ScreeningResponseID(row[0] as Int64)
            let answers = try row.withUnsafeData(atIndex: 1) { data in
                let data = data ?? Data()
                return try StoredAnswersParser.parse(data) ?? decoder.decode([String: Answer].self, from: data)
            }
            try body(id, answers)
            count += 1
        }
        try audit(
            entity: "screening", action: "read",
            summary: "answers of \(count) completed \(flow) screenings read")
        return count
    }
}
