// The audit log: append-only, hash-chained, and verification that finds every kind of tampering.
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct AuditChainTests {
    private func database(entries: Int) throws -> TestDatabase {
        let test = try TestDatabase()
        for index in 1...entries {
            try test.database.write(tester) { tx in
                try tx.audit(
                    entity: "citizen", id: index, citizen: Int64(index), action: "create", summary: "entry \(index)")
            }
        }
        return test
    }

    private func problems(_ test: TestDatabase) throws -> [AuditProblem] {
        try test.database.read { try AuditChain.verify($0) }
    }

    @Test func migratingIsSafeToRepeat() throws {
        let test = try TestDatabase()
        try test.database.migrate()
        try test.database.migrate()
        #expect(try test.database.pendingMigrations().isEmpty)
    }

    @Test func anIntactChainVerifies() throws {
        let test = try database(entries: 5)
        #expect(try problems(test).isEmpty)
        let entries = try test.database.read {
            try AuditEntry.fetchAll($0, sql: "SELECT * FROM audit_entry ORDER BY id")
        }
        #expect(entries.map(\.id) == [1, 2, 3, 4, 5])
        #expect(entries[0].previousHash == AuditChain.genesis)
        #expect(entries[1].previousHash == entries[0].hash)
        #expect(entries[2].at == "2026-11-18T11:06:40.000Z")
        #expect(
            StoreTransaction.timestamp(Date(timeIntervalSince1970: 1_795_000_000.123)) == "2026-11-18T11:06:40.123Z")
        #expect(
            StoreTransaction.timestamp(Date(timeIntervalSince1970: 1_795_000_000.9996)) == "2026-11-18T11:06:41.000Z")
        #expect(entries[2].user == "test")
    }

    @Test func entriesCannotBeUpdatedOrDeletedThroughSQLite() throws {
        let test = try database(entries: 2)
        #expect(throws: DatabaseError.self) { try test.tamper("UPDATE audit_entry SET summary = 'x' WHERE id = 1") }
        #expect(throws: DatabaseError.self) { try test.tamper("DELETE FROM audit_entry WHERE id = 2") }
        #expect(try problems(test).isEmpty)
    }

    @Test func anAlteredEntryIsFound() throws {
        let test = try database(entries: 4)
        try test.tamper(
            "DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET summary = 'nothing happened' WHERE id = 2")
        #expect(try problems(test) == [AuditProblem(entryID: 2, kind: .altered)])
    }

    @Test func aRemovedEntryIsFound() throws {
        let test = try database(entries: 4)
        try test.tamper("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE id = 2")
        #expect(
            try problems(test) == [
                AuditProblem(entryID: 2, kind: .removed(count: 1)), AuditProblem(entryID: 3, kind: .chainBroken),
            ])
    }

    @Test func removedEntriesAtTheEndAreFound() throws {
        let test = try database(entries: 4)
        try test.tamper("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE id >= 3")
        #expect(try problems(test) == [AuditProblem(entryID: 3, kind: .removed(count: 2))])
    }

    @Test func anInsertedEntryIsFound() throws {
        let test = try database(entries: 3)
        // Replace entry 2 with a forged one whose own hash is consistent.
        let forged = try test.database.read { db -> AuditEntry in
            var entry = try AuditEntry.fetchOne(db, sql: "SELECT * FROM audit_entry WHERE id = 2")!
            entry.summary = "forged"
            entry.hash = AuditChain.hash(of: entry)
            return entry
        }
        try test.tamper(
            """
            DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE id = 2;
            INSERT INTO audit_entry (id, at, user, command, entity, entity_id, citizen_id, action, summary, previous_hash, hash)
            VALUES (2, '\(forged.at)', 'test', 'test', 'citizen', '2', 2, 'create', 'forged', '\(forged.previousHash)',
                    '\(forged.hash)')
            """)
        #expect(try problems(test) == [AuditProblem(entryID: 3, kind: .chainBroken)])
    }

    @Test func aFailedCommandLeavesNoEntry() throws {
        let test = try database(entries: 1)
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try test.database.write(tester) { tx in
                try tx.audit(entity: "case", action: "create", summary: "doomed")
                throw Refused()
            }
        }
        let count = try test.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_entry") }
        #expect(count == 1)
        #expect(try problems(test).isEmpty)
    }

    @Test func twoWritersAtOnceLoseNothing() async throws {
        let test = try TestDatabase()
        let other = try test.secondConnection()
        let databases = [test.database, other]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (writer, database) in databases.enumerated() {
                group.addTask {
                    for index in 0..<150 {
                        try database.write(AuditContext(user: "writer\(writer)", command: "test")) { tx in
                            try tx.audit(entity: "case", id: index, action: "update", summary: "w\(writer) #\(index)")
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let count = try test.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_entry") }
        #expect(count == 300)
        #expect(try problems(test).isEmpty)
    }
}
