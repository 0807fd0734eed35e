// The service layer on a real SQLite file: round trips, audited reads, and failed commands that leave nothing behind.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct CaseServiceTests {
    private func seeded() throws -> (TestDatabase, Citizen, TreatmentCase) {
        let test = try TestDatabase()
        let (citizen, opened) = try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            let opened = try tx.openCase(
                citizen: citizen.id!, basis: .sel101, municipality: try MunicipalityCode("0101"),
                requested: Day("2026-10-01")!)
            return (citizen, opened)
        }
        return (test, citizen, opened)
    }

    private func auditCount(_ test: TestDatabase) throws -> Int {
        try test.database.read { try AuditLog.count($0) }
    }

    @Test func aCaseRoundTripsThroughTheStore() throws {
        let (test, citizen, opened) = try seeded()
        let changed = try test.database.write(tester) { tx in
            try tx.changeCase(opened.id!, action: "start") {
                try $0.start(on: Day("2026-10-10")!); return "started"
            }
        }
        let read = try test.database.write(tester) { try $0.treatmentCase(opened.id!) }
        #expect(read == changed)
        #expect(read.status == .inTreatment)
        #expect(read.citizen == citizen.id)
        let columns = try test.database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT status, started, guarantee_deadline FROM treatment_case WHERE id = ?",
                arguments: [opened.id!.rawValue])
        }
        #expect(columns?["status"] == "in_treatment")
        #expect(columns?["started"] == "2026-10-10")
        #expect(columns?["guarantee_deadline"] == "2026-10-15")
    }

    @Test func aRefusedChangeLeavesTheDatabaseAsItWas() throws {
        let (test, _, opened) = try seeded()
        let before = try auditCount(test)
        let data = try test.database.read { try String.fetchOne($0, sql: "SELECT data FROM treatment_case") }
        #expect(throws: DomainError.self) {
            try test.database.write(tester) { tx in
                try tx.changeCase(opened.id!, action: "aftercare") {
                    try $0.beginAftercare(on: Day("2026-10-10")!); return "x"
                }
            }
        }
        #expect(try auditCount(test) == before)
        #expect(try test.database.read { try String.fetchOne($0, sql: "SELECT data FROM treatment_case") } == data)
    }

    @Test func aDuplicateCPRNumberIsRefusedWithoutShowingIt() throws {
        let (test, _, _) = try seeded()
        do {
            _ = try test.database.write(tester) {
                try $0.addCitizen(try Citizen(name: "Other", cpr: try CPRNumber("0101901235")))
            }
            Issue.record("a duplicate CPR number was accepted")
        } catch let error as DomainError {
            #expect(error.field == "cpr")
            #expect(!error.text(.danish).contains("1235"))
        }
    }

    @Test func readsOfACitizensDataAreAudited() throws {
        let (test, citizen, opened) = try seeded()
        _ = try test.database.write(tester) { try $0.citizen(citizen.id!) }
        _ = try test.database.write(tester) { try $0.treatmentCase(opened.id!) }
        let entries = try test.database.read { try AuditLog.entries($0, citizen: citizen.id!.rawValue) }
        #expect(entries.map(\.action) == ["create", "open", "read", "read"])
        #expect(entries.allSatisfy { !$0.summary.contains("1235") })
    }

    @Test func theBreachQueryAgreesWithTheGuaranteeRules() throws {
        let test = try TestDatabase()
        let today = Day("2026-11-01")!
        var expected: Set<Int64> = []
        try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "A", cpr: try CPRNumber("0101901235")))
            let anonymous = try tx.addCitizen(try Citizen(name: "B", pseudonym: "ANON-1"))
            let code = try MunicipalityCode("0101")
            // Every combination of start, other offer and discharge around the deadline.
            for offset in stride(from: -40, through: 20, by: 4) {
                let requested = today.adding(days: offset)
                for variant in 0..<5 {
                    var treatmentCase = try tx.openCase(
                        citizen: citizen.id!, basis: .sel101, municipality: code, requested: requested)
                    treatmentCase = try tx.changeCase(treatmentCase.id!, action: "vary") { c in
                        switch variant {
                        case 1: try c.start(on: requested.adding(days: 10))
                        case 2: try c.start(on: requested.adding(days: 20))
                        case 3: try c.recordOtherOfferChoice(reason: "valg", on: requested.adding(days: 3))
                        case 4: try c.discharge(on: requested.adding(days: 16), reason: .droppedOut, advice: "AA")
                        default: break
                        }
                        return "variant \(variant)"
                    }
                    if TreatmentGuarantee(for: treatmentCase, today: today).status.isBreached {
                        expected.insert(treatmentCase.id!.rawValue)
                    }
                }
                _ = try tx.openCase(citizen: anonymous.id!, basis: .sel101a, municipality: code, requested: requested)
            }
        }
        let listed = try test.database.write(tester) { try $0.cases(guaranteeBreachedOn: today) }
        #expect(Set(listed.map(\.id)) == expected)
        #expect(!expected.isEmpty)
    }
}
