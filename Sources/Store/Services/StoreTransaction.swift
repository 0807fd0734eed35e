// One command's transaction: the database connection, who acts, and the audit entries it appends.
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

    /// Appends an audit entry for this command.
    @discardableResult
    public func audit(
        entity: String, id: CustomStringConvertible? = nil, citizen: Int64? = nil, action: String, summary: String
    ) throws -> AuditEntry {
        let entry = AuditEntry(
            id: nil, at: Self.timestamp(now), user: context.user, command: context.command, source: context.source,
            entity: entity, entityId: id.map { $0.description }, citizenId: citizen, action: action,
            summary: summary, previousHash: "", hash: "")
        return try AuditChain.append(entry, to: db)
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
