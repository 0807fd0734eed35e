// A CPR number typed into free text never reaches the audit log.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct AuditRedactionTests {
    @Test func aCPRNumberInATaskTitleIsMaskedInTheAuditLog() throws {
        let test = try TestDatabase()
        _ = try test.database.write(tester) { transaction in
            try transaction.addTask(
                try WorkTask(
                    title: "Ring om borger 010190-1235 og 1207854422", assignee: .role("tovholder"),
                    created: Day("2026-11-23")!))
        }
        let summaries = try test.database.read { db in
            try String.fetchAll(db, sql: "SELECT summary FROM audit_entry")
        }
        let all = summaries.joined(separator: "\n")
        #expect(all.contains("Ring om borger 010190-xxxx og 120785-xxxx"))
        #expect(!all.contains("1235") && !all.contains("1207854422"))
    }
}
