// A case's course raises its events in the command's transaction: requested, opened, started, aftercare, relapse...
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct CaseLifecycleEventTests {
    private func kinds(_ test: TestDatabase, _ caseID: CaseID) throws -> [String] {
        try test.database.write(tester) { try $0.events(case: caseID) }.map(\.kind)
    }

    private func opened(_ test: TestDatabase) throws -> CaseID {
        try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            return try tx.openCase(
                citizen: citizen.id!, basis: .sel101, municipality: try MunicipalityCode("0101"),
                requested: Day("2026-10-01")!
            ).id!
        }
    }

    @Test func openingACaseRaisesRequestedAndOpenedWithThePayload() throws {
        let test = try TestDatabase()
        let caseID = try opened(test)
        let events = try test.database.write(tester) { try $0.events(case: caseID) }
        #expect(events.map(\.kind) == ["case.requested", "case.opened"])
        #expect(events[0].subject == "treatment_case:\(caseID.rawValue)")
        #expect(
            events[0].payload
                == #"{"basis":"sel101","case_id":\#(caseID.rawValue),"day":"2026-10-01","municipality":"0101","requested":"2026-10-01","status":"requested"}"#
        )
        #expect(!events[0].payload.contains("010190"), "never the CPR number")
    }

    @Test func eachStepRaisesItsEventOnceAndAFailedStepRaisesNothing() throws {
        let test = try TestDatabase()
        let caseID = try opened(test)
        try test.database.write(tester) { tx in
            try tx.changeCase(caseID, action: "start") {
                try $0.start(on: Day("2026-10-10")!); return "start"
            }
        }
        try test.database.write(tester) { tx in
            try tx.changeCase(caseID, action: "aftercare") {
                try $0.beginAftercare(on: Day("2026-12-01")!); return "a"
            }
        }
        try test.database.write(tester) { tx in
            try tx.changeCase(caseID, action: "relapse") {
                try $0.relapse(on: Day("2027-01-15")!); return "r"
            }
        }
        try test.database.write(tester) { tx in
            try tx.changeCase(caseID, action: "transfer") {
                try $0.transfer(to: try MunicipalityCode("0751"), on: Day("2027-02-01")!)
                return "t"
            }
        }
        #expect(
            try kinds(test, caseID) == [
                "case.requested", "case.opened", "case.started", "case.aftercare", "case.relapse", "case.transferred",
            ])
        let transferred = try test.database.write(tester) { try $0.events(case: caseID) }.last!
        #expect(transferred.payload.contains(#""municipality":"0751""#))
        #expect(transferred.payload.contains(#""status":"in_treatment""#))
        // Starting again is refused by the domain: the command fails and raises nothing.
        #expect(throws: DomainError.self) {
            try test.database.write(tester) { tx in
                try tx.changeCase(caseID, action: "start") {
                    try $0.start(on: Day("2027-03-01")!); return "s"
                }
            }
        }
        #expect(try kinds(test, caseID).count == 6)
    }
}
