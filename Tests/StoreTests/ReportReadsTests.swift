// The report columns: filled from the JSON on migration and on every write, and read back in bulk from the covering indexes.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct ReportReadsTests {
    /// A database at v4 with rows written as v4 wrote them (no report columns), then migrated: the
    /// columns hold what the JSON says, and a completed screening is still immutable afterwards.
    @Test func theMigrationFillsTheColumnsFromTheJSON() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/v4.sqlite"
        let database = try TovholderDatabase(path: path)
        try Schema.migrator.migrate(database.pool, upTo: "v4-workflows")
        try database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO citizen VALUES (1, NULL, 'Anonym', 1, NULL, '{}', '2026-01-01');
                    INSERT INTO treatment_case (id, citizen_id, basis, municipality, status, requested, started, closed,
                        data, opened_at, updated_at)
                    VALUES (1, 1, 'sel101', '0751', 'discharged', '2026-01-02', '2026-01-05', '2026-03-01',
                        '{"discharge":{"day":"2026-03-01","reason":"completed"}}', '2026-01-02', '2026-03-01');
                    INSERT INTO screening_response (id, case_id, citizen_id, flow, flow_version, status, day,
                        completed_at, answers, data)
                    VALUES (1, 1, 1, 'asi', '1.0.0', 'completed', '2026-01-06', 1, '{}',
                        '{"result":{"flags":["alcohol_considerable"],"scores":[{"id":"alcohol","value":0.7},{"id":"drug"}]}}');
                    INSERT INTO plan (id, case_id, kind, status, version, data, updated_at)
                    VALUES (1, 1, 'kip', 'active', 3,
                        '{"activated":"2026-01-20","followUps":[{"id":1,"status":"held"},{"id":2,"status":"cancelled"}]}',
                        '2026-01-20');
                    INSERT INTO plan_followup VALUES (1, 1, 1, '2026-02-01', '2026-01-31');
                    INSERT INTO plan_followup VALUES (1, 2, 1, '2026-03-01', NULL);
                    """)
        }
        try database.migrate()
        try database.pool.read { db in
            #expect(try String.fetchOne(db, sql: "SELECT discharge_reason FROM treatment_case") == "completed")
            let screening = try #require(
                try Row.fetchOne(db, sql: "SELECT result_flags, result_scores FROM screening_response"))
            #expect(screening[0] as String == #"["alcohol_considerable"]"#)
            #expect(screening[1] as String == #"{"alcohol":0.7}"#)
            #expect(try String.fetchOne(db, sql: "SELECT activated FROM plan") == "2026-01-20")
            #expect(
                try String.fetchAll(db, sql: "SELECT status FROM plan_followup ORDER BY followup_id") == [
                    "held", "cancelled",
                ])
        }
        #expect(throws: (any Error).self) {
            try database.pool.write { try $0.execute(sql: "UPDATE screening_response SET day = '2026-01-07'") }
        }
    }

    /// Cases, screenings, plans, follow-ups and caseloads as reports read them, each read audited.
    @Test func theBulkReadsGiveWhatTheServicesWrote() throws {
        let test = try TestDatabase()
        let code = try MunicipalityCode("0751")
        try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("0101901235"))).id!
            let worker = try tx.addActor(try Actor(name: "Mette Friis", kind: .drugTreatment)).id!
            let first = try tx.openCase(
                citizen: citizen, basis: .sel101, municipality: code, requested: Day("2026-01-02")!
            ).id!
            _ = try tx.openCase(citizen: citizen, basis: .sul141, municipality: code, requested: Day("2026-02-10")!)
            try tx.changeCase(first, action: "start") { c in
                try c.start(on: Day("2026-01-20")!)
                return "started"
            }
            try tx.changeCase(first, action: "discharge") { c in
                try c.discharge(on: Day("2026-03-01")!, reason: .referred, advice: "Rådgivning")
                return "discharged"
            }
            _ = try tx.setCoordinator(case: CaseID(2), actor: worker, on: Day("2026-02-10")!, reason: nil)
            var response = ScreeningResponse(
                caseID: first,
                flow: FlowReference(id: "audit", version: SemanticVersion(1, 0, 0)), day: Day("2026-01-21")!,
                startedAt: tx.now, startedBy: "test")
            try response.complete(
                answers: [:], settings: [:],
                result: ScreeningResult(
                    scores: [ScoreValue(id: "total", value: 12), ScoreValue(id: "audit_c", value: nil)],
                    flags: ["audit_c_positive"]),
                at: tx.now, by: "test")
            _ = try tx.completeScreening(response)
        }
        try test.database.write(tester) { tx in
            let cases = try tx.reportCases(requestedFrom: Day("2026-01-01"), to: Day("2026-01-31"), report: "t")
            #expect(cases.map(\.id) == [1])
            #expect(cases[0].dischargeReason == "referred" && cases[0].started == Day("2026-01-20"))
            #expect(cases[0].guarantee(on: Day("2026-03-31")!).status == .breached(daysOver: 4))
            #expect(try tx.reportCases(requestedFrom: nil, to: nil, report: "t").count == 2)
            let screenings = try tx.reportScreenings(from: nil, to: nil, flow: "audit", report: "t")
            #expect(screenings.count == 1)
            #expect(screenings[0].flags == #"["audit_c_positive"]"# && screenings[0].scores == #"{"total":12}"#)
            #expect(try tx.reportScreenings(from: nil, to: nil, flow: "asi", report: "t").isEmpty)
            let loads = try tx.reportCaseloads(report: "t")
            #expect(loads.count == 1 && loads[0].name == "Mette Friis" && loads[0].requested == 1)
        }
        let audited = try test.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT summary FROM audit_entry WHERE entity = 'report'")
        }
        #expect(audited.count == 5)
        #expect(audited.allSatisfy { !$0.contains("0101901235") && !$0.contains("Jens") })
    }
}
