// The SQLite database file: opening it (WAL, foreign keys, busy timeout), migrating it, and one transaction per command.
import Foundation
import GRDB

/// A Tovholder database: one SQLite file that several caseworkers' processes share.
///
/// Every change happens in ``write(_:_:)``: one immediate transaction per command, with the audit
/// entries of that command inside it. If the body throws, nothing of it is kept.
public final class TovholderDatabase: Sendable {
    public let path: String
    let pool: DatabasePool
    let clock: @Sendable () -> Date

    /// Opens (creating if needed) the database at `path`. `busyTimeout` is how long a command waits
    /// for another process's write to finish before giving up.
    public init(path: String, busyTimeout: TimeInterval = 15, clock: @escaping @Sendable () -> Date = { Date() }) throws
    {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "tovholder"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        self.path = path
        self.clock = clock
        pool = try DatabasePool(path: path, configuration: configuration)
    }

    /// Creates or updates the schema; safe to repeat.
    public func migrate() throws {
        try Schema.migrator.migrate(pool)
    }

    /// Migrations not yet applied (empty when the schema is current).
    public func pendingMigrations() throws -> [String] {
        let applied = try pool.read { try Schema.migrator.appliedIdentifiers($0) }
        return Schema.migrator.migrations.filter { !applied.contains($0) }
    }

    /// Runs `body` in one immediate write transaction, audited under `context`. Throwing from the
    /// body rolls back everything, audit entries included.
    public func write<T>(_ context: AuditContext, _ body: (StoreTransaction) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                let milliseconds = (clock().timeIntervalSince1970 * 1000).rounded()
                let now = Date(timeIntervalSince1970: milliseconds / 1000)
                let transaction = StoreTransaction(db: db, context: context, now: now)
                result = try body(transaction)
                return .commit
            }
            return result!
        }
    }

    /// Runs `body` on a read-only snapshot (no audit entry; use ``write(_:_:)`` for reads of a
    /// citizen's data, which are audited).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }
}
