// The audit log's hash chain: appending entries, and verifying that none was altered, removed or inserted.
import Crypto
import Foundation
import GRDB

/// The audit log as a chain: each entry's hash covers its fields and the previous entry's hash, so
/// changing, removing or inserting an entry breaks the chain from that point on.
public enum AuditChain {
    /// The "previous hash" of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    static func hash(of entry: AuditEntry) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(entry.canonicalText.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Appends an entry after the current last one (`after`, when the caller knows it), in the
    /// caller's write transaction.
    static func append(_ entry: AuditEntry, to db: Database, after known: (id: Int64, hash: String)? = nil) throws
        -> AuditEntry
    {
        var entry = entry
        if let known {
            entry.id = known.id + 1
            entry.previousHash = known.hash
        } else {
            let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
            let lastID: Int64 = try last?["id"] ?? (sequenceValue(db) ?? 0)
            entry.id = lastID + 1
            entry.previousHash = last?["hash"] ?? genesis
        }
        entry.hash = hash(of: entry)
        // A cached statement: a command may append hundreds of entries (a tick, a workflow's
        // effects), and building the insert anew each time costs more than the insert.
        try db.cachedStatement(
            sql: """
                INSERT INTO audit_entry
                    (id, at, user, command, source, entity, entity_id, citizen_id, action, summary, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            entry.id, entry.at, entry.user, entry.command, entry.source, entry.entity, entry.entityId, entry.citizenId,
            entry.action, entry.summary, entry.previousHash, entry.hash,
        ])
        return entry
    }

    /// The highest id SQLite ever handed out for the audit table (AUTOINCREMENT keeps it even when
    /// the last rows are deleted behind the triggers' back).
    static func sequenceValue(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'")
    }

    /// What is wrong with the chain, entry by entry; empty when it is intact.
    public static func verify(_ db: Database) throws -> [AuditProblem] {
        var problems: [AuditProblem] = []
        var expectedPrevious = genesis
        var expectedID: Int64 = 1
        let cursor = try AuditEntry.fetchCursor(db, sql: "SELECT * FROM audit_entry ORDER BY id")
        while let entry = try cursor.next() {
            let id = entry.id ?? 0
            if id > expectedID {
                problems.append(AuditProblem(entryID: expectedID, kind: .removed(count: id - expectedID)))
            }
            if entry.previousHash != expectedPrevious {
                problems.append(AuditProblem(entryID: id, kind: .chainBroken))
            }
            if hash(of: entry) != entry.hash {
                problems.append(AuditProblem(entryID: id, kind: .altered))
            }
            expectedPrevious = entry.hash
            expectedID = id + 1
        }
        if let sequence = try sequenceValue(db), sequence >= expectedID {
            problems.append(AuditProblem(entryID: expectedID, kind: .removed(count: sequence - expectedID + 1)))
        }
        return problems
    }
}

/// One break in the audit chain.
public struct AuditProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The entry's fields no longer match its hash.
        case altered
        /// The entry does not follow the one before it: something was inserted or changed before it.
        case chainBroken
        /// Entries from this id on are missing.
        case removed(count: Int64)
    }

    public var entryID: Int64
    public var kind: Kind

    public var description: String {
        switch kind {
        case .altered: return "entry \(entryID) was altered"
        case .chainBroken: return "entry \(entryID) does not follow the entry before it (inserted or reordered)"
        case .removed(let count): return "\(count) entr\(count == 1 ? "y" : "ies") removed from \(entryID)"
        }
    }
}
