// The SQLite database file: opening it (WAL, foreign keys, busy timeout), migrating it, and one transaction per command.
import Core
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
    /// Runs the workflows on the events each command raises, before it commits; none: events are
    /// only recorded.
    public let dispatcher: (any EventDispatcher)?

    /// Opens (creating if needed) the database at `path`. `busyTimeout` is how long a command waits
    /// for another process's write to finish before giving up.
    public init(
        path: String, busyTimeout: TimeInterval = 15, clock: @escaping @Sendable () -> Date = { Date() },
        dispatcher: (any EventDispatcher)? = nil
    ) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "tovholder"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        self.path = path
        self.clock = clock
        self.dispatcher = dispatcher
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

    /// Runs `body` in one immediate write transaction, audited under `context`. The events it
    /// raises go to the ``dispatcher`` before the commit. Throwing from the body or from a workflow
    /// rolls back everything, audit entries included.
    /// `today` is the day the command acts on (default: the clock's day in Danish time).
    public func write<T>(_ context: AuditContext, today: Day? = nil, _ body: (StoreTransaction) throws -> T) throws
        -> T
    {
        try transaction(context, today: today, keep: true, body)
    }

    /// Runs `body` as ``write(_:_:)`` does, workflows included, and then rolls everything back:
    /// for a dry run that must see the store as a change would leave it, and change nothing.
    public func writeAndRollBack<T>(
        _ context: AuditContext, today: Day? = nil, _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        try transaction(context, today: today, keep: false, body)
    }

    private func transaction<T>(
        _ context: AuditContext, today: Day?, keep: Bool, _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                let milliseconds = (clock().timeIntervalSince1970 * 1000).rounded()
                let now = Date(timeIntervalSince1970: milliseconds / 1000)
                let transaction = StoreTransaction(
                    db: db, context: context, now: now, today: today, dispatcher: dispatcher)
                result = try body(transaction)
                try transaction.dispatchRaisedEvents(to: dispatcher)
                return keep ? .commit : .rollback
            }
            return result!
        }
    }

    /// A consistent copy of the database at `path` (SQLite's online backup), opened: for a dry run
    /// that works on a second copy at the same time. No dispatcher.
    public func copy(to path: String) throws -> TovholderDatabase {
        let destination = try DatabaseQueue(path: path)
        try pool.backup(to: destination)
        try destination.close()
        return try TovholderDatabase(path: path, clock: clock)
    }

    /// Runs `body` on a read-only snapshot (no audit entry; use ``write(_:_:)`` for reads of a
    /// citizen's data, which are audited).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }
}
