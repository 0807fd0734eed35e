// Shared helpers for the store's tests: a fresh migrated database in a temporary folder.
import Foundation
import GRDB
@_exported import TovholderTesting

@testable import Store

/// A migrated database in its own temporary folder, with a fixed clock.
final class TestDatabase {
    let folder: TemporaryFolder
    let database: TovholderDatabase
    var path: String { database.path }

    init(clock: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_000_000) }) throws {
        folder = try TemporaryFolder()
        database = try TovholderDatabase(path: folder.path + "/test.sqlite", clock: clock)
        try database.migrate()
    }

    /// Another connection pool on the same file, as a second process would open it.
    func secondConnection() throws -> TovholderDatabase {
        try TovholderDatabase(path: path)
    }

    /// Runs raw SQL on the file behind the store's back, as someone holding the file could.
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
    }
}

let tester = AuditContext(user: "test", command: "test")
