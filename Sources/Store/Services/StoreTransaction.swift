// One command's transaction: the database connection, who acts, and the audit entries it appends.
import Core
import Foundation
import GRDB

/// The door every change goes through. Services (citizens, cases, consent, plans ...) are
/// extensions of this type: they validate with Core's rules, write, and append an audit entry,
/// all inside the command's one transaction.
public struct StoreTransaction {
    let db: Database
    public let context: AuditContext
    /// The time of the command, used for every timestamp it writes.
    public let now: Date
    /// The day of the command in Danish time, or the day it was told to act on (`tick --now`):
    /// what workflow rules count due days from.
    public let today: Day
    /// ``now`` as stored: ISO 8601 UTC with milliseconds.
    let nowText: String
    /// The last audit entry of this transaction, so appending does not look it up again.
    private let auditHead = AuditHead()
    /// Events raised and not yet handed to the workflows.
    let raisedEvents = RaisedEvents()
    /// The workflows of the database this transaction belongs to.
    let dispatcher: (any EventDispatcher)?

    init(db: Database, context: AuditContext, now: Date, today: Day? = nil, dispatcher: (any EventDispatcher)? = nil) {
        self.db = db
        self.dispatcher = dispatcher
        self.context = context
        self.now = now
        self.today = today ?? Day.today(now: now)
        self.nowText = Self.timestamp(now)
    }

    /// Appends an audit entry for this command.
    @discardableResult
    public func audit(
        entity: String, id: CustomStringConvertible? = nil, citizen: Int64? = nil, action: String, summary: String
    ) throws -> AuditEntry {
        let entry = AuditEntry(
            id: nil, at: nowText, user: context.user, command: context.command, source: context.source,
            entity: entity, entityId: id.map { $0.description }, citizenId: citizen, action: action,
            summary: CPRNumber.redacted(summary), previousHash: "", hash: "")
        let appended = try AuditChain.append(entry, to: db, after: auditHead.last)
        auditHead.last = (appended.id ?? 0, appended.hash)
        return appended
    }

    /// Runs `body` in a savepoint that is always rolled back: the store is as before whether
    /// `body` returns or throws (a dry run).
    public func rollingBack<T>(_ body: () throws -> T) throws -> T {
        try savepoint(keep: false, body)
    }

    /// Runs `body` in a savepoint kept when it returns and rolled back when it throws: one step
    /// of a dry run that may fail without ending the run.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        try savepoint(keep: true, body)
    }

    private func savepoint<T>(keep: Bool, _ body: () throws -> T) throws -> T {
        var result: Result<T, any Error>?
        // What the savepoint undoes must be forgotten here too: the audit chain's head and the
        // events raised inside it.
        let head = auditHead.last
        let pending = raisedEvents.snapshot()
        try db.inSavepoint {
            result = Result { try body() }
            if case .success = result, keep { return .commit }
            return .rollback
        }
        if case .failure = result {
            auditHead.last = head
            raisedEvents.restore(pending)
        } else if !keep {
            auditHead.last = head
            raisedEvents.restore(pending)
        }
        return try result!.get()
    }

    /// `2026-11-23T10:15:00.123Z`: ISO 8601 UTC, the milliseconds rounded (not truncated).
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let whole = Date(timeIntervalSince1970: Double(fraction < 0 ? seconds - 1 : seconds))
        let text = whole.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
        let millisecondText = String(fraction < 0 ? fraction + 1000 : fraction)
        return text.dropLast() + "." + String(repeating: "0", count: 3 - millisecondText.count) + millisecondText + "Z"
    }
}

/// The id and hash of the newest audit entry, once this transaction has written one.
private final class AuditHead {
    var last: (id: Int64, hash: String)?
}
