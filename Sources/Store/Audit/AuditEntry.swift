// One entry of the append-only, hash-chained audit log.
import Foundation
import GRDB

/// What happened, when, by whom and through what. Never holds a CPR number in clear: summaries are
/// built from domain values whose descriptions mask it.
public struct AuditEntry: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit_entry"

    public var id: Int64?
    /// When, as ISO 8601 UTC with milliseconds.
    public var at: String
    public var user: String
    public var command: String
    public var source: String?
    /// The kind of entity (`citizen`, `case`, `consent`, `plan` ...).
    public var entity: String
    public var entityId: String?
    /// The citizen whose data this concerns, for `audit list --citizen`.
    public var citizenId: Int64?
    /// `create`, `update`, `read`, `delete`, or a domain verb (`start`, `discharge`, `grant` ...).
    public var action: String
    public var summary: String
    public var previousHash: String
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case id, at, user, command, source, entity
        case entityId = "entity_id"
        case citizenId = "citizen_id"
        case action, summary
        case previousHash = "previous_hash"
        case hash
    }

    /// The text the hash is computed over: every field but the hash itself, in a fixed order.
    var canonicalText: String {
        let fields: [String] = [
            id.map(String.init) ?? "", at, user, command, source ?? "", entity, entityId ?? "",
            citizenId.map(String.init) ?? "", action, summary, previousHash,
        ]
        return fields.joined(separator: "\u{1F}")
    }
}
