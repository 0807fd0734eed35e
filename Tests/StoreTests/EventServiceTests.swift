// The event journal: events kept with their command, read by case or in order, and never changed.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct EventServiceTests {
    private struct Payload: Codable, Equatable {
        var planId: Int
        var note: String?

        enum CodingKeys: String, CodingKey {
            case planId = "plan_id"
            case note
        }
    }

    private func seeded() throws -> (TestDatabase, CitizenID, CaseID) {
        let test = try TestDatabase()
        let ids = try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            let opened = try tx.openCase(
                citizen: citizen.id!, basis: .sel101, municipality: try MunicipalityCode("0101"),
                requested: Day("2026-10-01")!)
            return (citizen.id!, opened.id!)
        }
        return (test, ids.0, ids.1)
    }

    @Test func anEventIsKeptWithItsCommandCaseAndCitizen() throws {
        let (test, citizen, caseID) = try seeded()
        let context = AuditContext(user: "mette", command: "plan approve", source: "dk.tovholder.kip@1.0.0")
        let id = try test.database.write(context) { tx in
            try tx.raise("plan.approved", case: caseID, subject: "plan:7", payload: Payload(planId: 7, note: nil))
        }
        // Opening the case raised its own events (case.requested, case.opened) before this one.
        let events = try test.database.write(tester) { try $0.events(case: caseID) }.filter {
            !$0.kind.hasPrefix("case.")
        }
        try #require(events.count == 1)
        let event = events[0]
        #expect(event.id == id)
        #expect(event.kind == "plan.approved")
        #expect(event.at == "2026-11-18T11:06:40.000Z")
        #expect(event.user == "mette")
        #expect(event.command == "plan approve")
        #expect(event.caseID == caseID)
        #expect(event.citizenID == citizen)
        #expect(event.subject == "plan:7")
        #expect(event.payload == #"{"plan_id":7}"#)
        #expect(try event.payload(as: Payload.self) == Payload(planId: 7))
    }

    @Test func eventsAreReadInOrderAfterAnID() throws {
        let (test, _, caseID) = try seeded()
        let ids = try test.database.write(tester) { tx in
            try (1...5).map { index in
                try tx.raise(
                    "test.event", case: index.isMultiple(of: 2) ? caseID : nil, subject: nil,
                    payload: Payload(planId: index))
            }
        }
        // Events 1 and 2 are the seeded case's (case.requested, case.opened).
        #expect(ids.map(\.rawValue) == [3, 4, 5, 6, 7])
        let opening = try test.database.write(tester) { try $0.events(after: nil, limit: 2) }
        #expect(opening.map(\.kind) == ["case.requested", "case.opened"])
        let first = try test.database.write(tester) { try $0.events(after: opening.last!.id, limit: 2) }
        #expect(first.map(\.id) == Array(ids[0..<2]))
        #expect(first[0].caseID == nil && first[0].citizenID == nil && first[0].subject == nil)
        let rest = try test.database.write(tester) { try $0.events(after: first.last!.id, limit: 10) }
        #expect(rest.map(\.id) == Array(ids[2...]))
        #expect(try test.database.write(tester) { try $0.events(after: ids.last, limit: 10) }.isEmpty)
        #expect(
            try test.database.write(tester) { try $0.events(case: caseID) }.filter { $0.kind == "test.event" }.map(\.id)
                == [ids[1], ids[3]])
    }

    @Test func readingEventsIsAudited() throws {
        let (test, citizen, caseID) = try seeded()
        try test.database.write(tester) { tx in
            _ = try tx.raise("test.event", case: caseID, subject: nil, payload: Payload(planId: 1))
        }
        let before = try test.database.read { try AuditLog.count($0) }
        #expect(before == 2)
        _ = try test.database.write(tester) { try $0.events(case: caseID) }
        _ = try test.database.write(tester) { try $0.events(after: nil, limit: 10) }
        _ = try test.database.write(tester) { try $0.events(after: EventID(1), limit: 10) }
        let entries = try test.database.read { try AuditLog.entries($0) }
        #expect(entries.map(\.action) == ["create", "open", "read", "list", "list"])
        #expect(entries[2].citizenId == citizen.rawValue)
        #expect(entries[3].summary == "events 1 to 3 listed (3)")
        #expect(entries[4].summary == "events 2 to 3 listed (2)")
        #expect(try test.database.read { try AuditChain.verify($0) }.isEmpty)
    }

    @Test func eventsCannotBeChangedOrRemovedThroughSQLite() throws {
        let (test, _, caseID) = try seeded()
        try test.database.write(tester) { tx in
            _ = try tx.raise("test.event", case: caseID, subject: nil, payload: Payload(planId: 1))
        }
        #expect(throws: DatabaseError.self) { try test.tamper("UPDATE event SET payload = '{}'") }
        #expect(throws: DatabaseError.self) { try test.tamper("DELETE FROM event") }
    }

    @Test func anEventOnAnUnknownCaseIsRefused() throws {
        let (test, _, _) = try seeded()
        do {
            _ = try test.database.write(tester) { tx in
                try tx.raise("test.event", case: CaseID(42), subject: nil, payload: Payload(planId: 1))
            }
            Issue.record("an event on an unknown case was kept")
        } catch let error as DomainError {
            #expect(error.field == "case")
        }
        #expect(throws: DomainError.self) { try test.database.write(tester) { try $0.events(case: CaseID(42)) } }
    }

    @Test func aFailedCommandRaisesNothing() throws {
        let (test, _, caseID) = try seeded()
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try test.database.write(tester) { tx in
                _ = try tx.raise("test.event", case: caseID, subject: nil, payload: Payload(planId: 1))
                throw Refused()
            }
        }
        // Only the seeded case's own two events are there.
        #expect(try test.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event") } == 2)
        let id = try test.database.write(tester) { tx in
            try tx.raise("test.event", case: caseID, subject: nil, payload: Payload(planId: 2))
        }
        // The journal has no gap where the failed command's event was.
        #expect(id == EventID(3))
    }
}
