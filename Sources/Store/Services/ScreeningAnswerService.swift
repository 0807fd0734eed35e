// The answers of a flow's completed responses, read in bulk to score them again (the benchmark's fast path).
import Core
import Foundation
import GRDB

extension StoreTransaction {
    /// The answers of the completed responses of `flow`, by id, at most `limit` of them. Reads
    /// only the `answers` column through a cursor and decodes nothing else. The read is audited
    /// as one entry (it spans citizens).
    public func completedScreeningAnswers(flow: String, limit: Int? = nil) throws
        -> [(ScreeningResponseID, [String: Answer])]
    {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, answers FROM screening_response WHERE flow = ? AND status = 'completed'
                ORDER BY id LIMIT ?
                """, arguments: [flow, limit ?? -1])
        // Answers hold no dates: a plain decoder reads them as JSONColumn wrote them.
        let decoder = JSONDecoder()
        var answers: [(ScreeningResponseID, [String: Answer])] = []
        while let row = try cursor.next() {
            let id = ScreeningResponseID(row[0] as Int64)
            try row.withUnsafeData(atIndex: 1) { data in
                answers.append((id, try decoder.decode([String: Answer].self, from: data ?? Data())))
            }
        }
        try audit(
            entity: "screening", action: "read",
            summary: "answers of \(answers.count) completed \(flow) screenings read")
        return answers
    }
}
