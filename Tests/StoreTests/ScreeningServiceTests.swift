// Screening responses in the store: started, saved and completed once, rescored beside the original, all audited.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct ScreeningServiceTests {
    private let audit = FlowReference(
        id: "audit", version: SemanticVersion(1, 0, 0), pack: "dk.tovholder.screening",
        packVersion: SemanticVersion(1, 0, 0))
    private let started = Date(timeIntervalSince1970: 1_795_000_000)

    /// A citizen with two cases, and another citizen with one.
    private func seeded() throws -> (TestDatabase, CitizenID, [CaseID]) {
        let test = try TestDatabase()
        let (citizen, cases) = try test.database.write(tester) { tx in
            let code = try MunicipalityCode("0101")
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            let other = try tx.addCitizen(try Citizen(name: "Anna", pseudonym: "ANON-1"))
            let cases = try [(citizen.id!, LegalBasis.sel101), (citizen.id!, .sel101), (other.id!, .sel101a)].map {
                try tx.openCase(citizen: $0.0, basis: $0.1, municipality: code, requested: Day("2026-10-01")!).id!
            }
            return (citizen.id!, cases)
        }
        return (test, citizen, cases)
    }

    private func response(_ caseID: CaseID, on day: String = "2026-11-01", flow: FlowReference? = nil)
        -> ScreeningResponse
    {
        ScreeningResponse(caseID: caseID, flow: flow ?? audit, day: Day(day)!, startedAt: started, startedBy: "test")
    }

    private let result = ScreeningResult(
        scores: [
            ScoreValue(id: "total", value: 12), ScoreValue(id: "audit_c", value: 5.5),
            ScoreValue(id: "dep", value: nil),
        ],
        bands: ["total": "risk"], flags: ["harmful"],
        recommendations: [
            Recommendation(
                code: "refer_psychologist", text: FlowText(danish: "Henvis til psykolog", english: "Refer"),
                to: "psychologist", consent: .screening),
            Recommendation(code: "talk", text: FlowText(danish: "Tal om alkohol")),
        ],
        missing: ["q10"])

    private let answers: [String: Answer] = [
        "q1": .integer(3), "q2": .number(2.5), "q3": .text("2026-10-31"), "q4": .list([.text("a"), .text("c")]),
    ]

    private func completed(_ response: ScreeningResponse, answers: [String: Answer]? = nil) throws
        -> ScreeningResponse
    {
        var response = response
        try response.complete(
            answers: answers ?? self.answers, settings: ["cutoff": .bySex(male: 8, female: 6, default: 8)],
            result: result, at: started, by: "test")
        return response
    }

    private func problem(_ body: () throws -> Void) -> DomainError? {
        do {
            try body()
            return nil
        } catch {
            return error as? DomainError
        }
    }

    @Test func aResponseRoundTripsFromStartToCompletion() throws {
        let (test, _, cases) = try seeded()
        let first = try test.database.write(tester) { try $0.startScreening(response(cases[0])) }
        #expect(first.id != nil)
        #expect(first.status == .inProgress)
        var saved = first
        try saved.save(answers: ["q1": .integer(3)], resumeAt: "q2")
        try test.database.write(tester) { try $0.saveScreening(saved) }
        #expect(try test.database.write(tester) { try $0.screeningResponse(first.id!) } == saved)

        let done = try test.database.write(tester) { try $0.completeScreening(try completed(saved)) }
        #expect(done.id == first.id)
        #expect(done.status == .completed)
        #expect(done.resumeAt == nil)
        let read = try test.database.write(tester) { try $0.screeningResponse(first.id!) }
        #expect(read == done)
        #expect(read.answers == answers)
        #expect(read.result == result)
        #expect(read.settings == ["cutoff": .bySex(male: 8, female: 6, default: 8)])
        let row = try test.database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM screening_response WHERE id = ?", arguments: [first.id!.rawValue])
        }
        #expect(row?["status"] == "completed")
        #expect(row?["flow"] == "audit")
        #expect(row?["flow_version"] == "1.0.0")
        #expect(row?["pack"] == "dk.tovholder.screening")
        #expect(row?["pack_version"] == "1.0.0")
        #expect(row?["day"] == "2026-11-01")
        #expect(row?["completed_at"] == Int64(1_795_000_000_000))
        #expect(row?["case_id"] == cases[0].rawValue)

        let other = try test.database.write(tester) { tx in
            _ = try tx.startScreening(
                response(
                    cases[0], on: "2026-10-15", flow: FlowReference(id: "dudit", version: SemanticVersion(1, 0, 0))))
            return try tx.completeScreening(try completed(response(cases[0], on: "2026-11-01")))
        }
        #expect(other.id != nil && other.id != first.id)
        let listed = try test.database.write(tester) { try $0.screeningResponses(case: cases[0]) }
        #expect(listed.map(\.flow.id) == ["dudit", "audit", "audit"])
        #expect(listed.map(\.day.description) == ["2026-10-15", "2026-11-01", "2026-11-01"])
        let audits = try test.database.write(tester) { try $0.screeningResponses(case: cases[0], flow: "audit") }
        #expect(audits.map(\.id) == [first.id, other.id])
        #expect(try test.database.write(tester) { try $0.screeningResponses(case: cases[1]) }.isEmpty)
    }

    @Test func aCompletedResponseNeverChanges() throws {
        let (test, _, cases) = try seeded()
        let done = try test.database.write(tester) { tx in
            try tx.completeScreening(try completed(try tx.startScreening(response(cases[0]))))
        }
        let before = try test.database.read { try String.fetchOne($0, sql: "SELECT data FROM screening_response") }
        let resumed = try test.database.write(tester) { tx -> ScreeningResponse in
            var resumed = try tx.startScreening(response(cases[0]))
            try resumed.save(answers: ["q1": .integer(1)], resumeAt: nil)
            return resumed
        }
        // A completed value cannot be saved; an in-progress value cannot overwrite a completed row.
        #expect(problem { try test.database.write(tester) { try $0.saveScreening(done) } }?.field == "response")
        var overwrite = resumed
        overwrite.id = done.id
        let saveError = problem { try test.database.write(tester) { try $0.saveScreening(overwrite) } }
        #expect(saveError == DomainError(field: "response", ScreeningProblem.completed))
        var again = try completed(response(cases[0]), answers: ["q1": .integer(0)])
        again.id = done.id
        #expect(
            problem { _ = try test.database.write(tester) { try $0.completeScreening(again) } }?.field == "response")
        #expect(
            try test.database.read { try String.fetchOne($0, sql: "SELECT data FROM screening_response WHERE id = 1") }
                == before)

        let id = done.id!.rawValue
        #expect(throws: DatabaseError.self) {
            try test.tamper("UPDATE screening_response SET answers = '{}' WHERE id = \(id)")
        }
        #expect(throws: DatabaseError.self) { try test.tamper("DELETE FROM screening_response WHERE id = \(id)") }
        // Only completed rows are guarded: one in progress may still change or go.
        try test.tamper("DELETE FROM screening_response WHERE id = \(resumed.id!)")
    }

    @Test func completingRaisesOneEventWithTheScores() throws {
        let (test, _, cases) = try seeded()
        let done = try test.database.write(tester) { try $0.completeScreening(try completed(response(cases[0]))) }
        _ = try test.database.write(tester) { try $0.startScreening(response(cases[0])) }
        let events = try test.database.write(tester) { try $0.events(case: cases[0]) }.filter {
            !$0.kind.hasPrefix("case.")
        }
        try #require(events.count == 1)
        let event = events[0]
        #expect(event.kind == "screening.completed")
        #expect(event.subject == "screening_response:\(done.id!)")
        #expect(event.caseID == cases[0])
        let payload = try event.payload(as: ScreeningCompleted.self)
        #expect(payload.responseID == done.id)
        #expect(payload.caseID == cases[0])
        #expect(payload.flow == "audit")
        #expect(payload.flowVersion == "1.0.0")
        #expect(payload.pack == "dk.tovholder.screening")
        #expect(payload.packVersion == "1.0.0")
        #expect(payload.day == "2026-11-01")
        let scores: [String: Double?] = ["total": 12, "audit_c": 5.5, "dep": nil]
        #expect(payload.scores == scores)
        #expect(payload.bands == ["total": "risk"])
        #expect(payload.flags == ["harmful"])
        #expect(payload.recommendations.map(\.code) == ["refer_psychologist", "talk"])
        #expect(payload.recommendations[0].consent == "screening")
        #expect(payload.recommendations[1].textEn == nil)
        let json = try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any]
        #expect(
            Set(json?.keys.map { $0 } ?? []) == [
                "response_id", "case_id", "flow", "flow_version", "pack", "pack_version", "day", "scores", "bands",
                "flags", "recommendations",
            ])
        #expect(event.payload.contains(#""dep":null"#))
        #expect(event.payload.contains(#"{"code":"talk","consent":null,"text_da":"Tal om alkohol","to":null}"#))
        #expect(!event.payload.contains("q1"))
    }

    @Test func rescoringsAreKeptBesideTheUnchangedOriginal() throws {
        let (test, _, cases) = try seeded()
        let done = try test.database.write(tester) { try $0.completeScreening(try completed(response(cases[0]))) }
        let newer = FlowReference(id: "audit", version: SemanticVersion(1, 1, 0))
        let rescored = ScreeningResult(scores: [ScoreValue(id: "total", value: 14)])
        let stored = try test.database.write(tester) { tx in
            try [rescored, result].map { result in
                try tx.addRescoring(
                    Rescoring(responseID: done.id!, flow: newer, settings: [:], result: result, at: tx.now, by: "test"))
            }
        }
        #expect(stored.map(\.id) == [RescoringID(1), RescoringID(2)])
        let read = try test.database.write(tester) { try $0.rescorings(response: done.id!) }
        #expect(read == stored)
        #expect(read.map(\.result) == [rescored, result])
        #expect(try test.database.write(tester) { try $0.screeningResponse(done.id!) } == done)
        let row = try test.database.read { try Row.fetchOne($0, sql: "SELECT * FROM screening_rescoring WHERE id = 1") }
        #expect(row?["flow_version"] == "1.1.0")
        #expect(row?["at"] == Int64(1_795_000_000_000))
        #expect(throws: DatabaseError.self) { try test.tamper("UPDATE screening_rescoring SET at = 0") }
        #expect(throws: DatabaseError.self) { try test.tamper("DELETE FROM screening_rescoring") }

        let open = try test.database.write(tester) { try $0.startScreening(response(cases[0])) }
        let notDone = problem {
            _ = try test.database.write(tester) { tx in
                try tx.addRescoring(
                    Rescoring(responseID: open.id!, flow: newer, settings: [:], result: rescored, at: tx.now, by: "t"))
            }
        }
        #expect(notDone == DomainError(field: "response", StoreProblem.screeningNotCompleted(open.id!.rawValue)))
        let otherFlow = problem {
            _ = try test.database.write(tester) { tx in
                try tx.addRescoring(
                    Rescoring(
                        responseID: done.id!, flow: FlowReference(id: "dudit", version: SemanticVersion(1, 0, 0)),
                        settings: [:], result: rescored, at: tx.now, by: "t"))
            }
        }
        #expect(otherFlow?.field == "flow")
        #expect(try test.database.write(tester) { try $0.rescorings(response: done.id!) }.count == 2)
    }

    @Test func earlierScreeningsAreTheCitizensCompletedOnesNewestFirst() throws {
        let (test, citizen, cases) = try seeded()
        let ids = try test.database.write(tester) { tx in
            // On the citizen's two cases, and one of another citizen's on the same days.
            let days = ["2026-09-01", "2026-11-01", "2026-10-01", "2026-11-01", "2026-12-01"]
            var ids: [ScreeningResponseID] = []
            for (index, day) in days.enumerated() {
                ids.append(try tx.completeScreening(try completed(response(cases[index % 2], on: day))).id!)
            }
            _ = try tx.completeScreening(try completed(response(cases[2], on: "2026-10-01")))
            _ = try tx.startScreening(response(cases[0], on: "2026-10-15"))
            return ids
        }
        let earlier = try test.database.write(tester) {
            try $0.earlierScreenings(citizen: citizen, before: Day("2026-11-01")!)
        }
        #expect(earlier.map(\.id) == [ids[3], ids[1], ids[2], ids[0]])
        let excluding = try test.database.write(tester) {
            try $0.earlierScreenings(citizen: citizen, before: Day("2026-11-01")!, excluding: ids[3])
        }
        #expect(excluding.map(\.id) == [ids[1], ids[2], ids[0]])
        #expect(
            try test.database.write(tester) { try $0.earlierScreenings(citizen: citizen, before: Day("2026-08-31")!) }
                .isEmpty)
    }

    @Test func settingsCanBeChangedAndRemoved() throws {
        let test = try TestDatabase()
        try test.database.write(tester) { tx in
            try tx.setScreeningSetting(flow: "audit", name: "cutoff", value: .bySex(male: 8, female: 6, default: nil))
            try tx.setScreeningSetting(flow: "audit", name: "limit", value: .number(2.5))
            try tx.setScreeningSetting(flow: "audit_c", name: "cutoff", value: .number(4))
            try tx.setScreeningSetting(flow: "audit", name: "limit", value: .number(3))
            try tx.setDefaultMunicipality(try MunicipalityCode("0101"))
        }
        let read = try test.database.write(tester) { try $0.screeningSettings(flow: "audit") }
        #expect(read == ["cutoff": .bySex(male: 8, female: 6, default: nil), "limit": .number(3)])
        #expect(try test.database.write(tester) { try $0.screeningSettings(flow: "audit_c") } == ["cutoff": .number(4)])
        #expect(try test.database.write(tester) { try $0.screeningSettings(flow: "dudit") }.isEmpty)
        try test.database.write(tester) { try $0.setScreeningSetting(flow: "audit", name: "cutoff", value: nil) }
        #expect(try test.database.write(tester) { try $0.screeningSettings(flow: "audit") } == ["limit": .number(3)])
        let entries = try test.database.read { try AuditLog.entries($0) }.filter { $0.entity == "setting" }
        #expect(entries.map(\.action) == ["update", "update", "update", "update", "update", "delete"])
        #expect(entries[0].entityId == "screening.audit.cutoff")
        #expect(entries[0].summary == "screening setting audit.cutoff set to man 8, woman 6")
    }

    @Test func unknownIdsAreRefused() throws {
        let (test, citizen, cases) = try seeded()
        let unknown = ScreeningResponseID(99)
        func expectUnknown(_ body: @escaping (StoreTransaction) throws -> Void) {
            let error = problem { try test.database.write(tester) { try body($0) } }
            #expect(error == DomainError(field: "response", StoreProblem.unknownScreeningResponse(99)))
            #expect(error?.problem.text(.danish) == "Der er ingen screening med id 99.")
        }
        expectUnknown { _ = try $0.screeningResponse(unknown) }
        expectUnknown { _ = try $0.rescorings(response: unknown) }
        expectUnknown { tx in
            var saved = response(cases[0])
            saved.id = unknown
            try tx.saveScreening(saved)
        }
        expectUnknown { tx in
            var done = try completed(response(cases[0]))
            done.id = unknown
            _ = try tx.completeScreening(done)
        }
        expectUnknown { tx in
            _ = try tx.addRescoring(
                Rescoring(responseID: unknown, flow: audit, settings: [:], result: result, at: tx.now, by: "t"))
        }
        let unknownCase = CaseID(42)
        #expect(
            problem { _ = try test.database.write(tester) { try $0.startScreening(response(unknownCase)) } }?.field
                == "case")
        #expect(
            problem {
                _ = try test.database.write(tester) { try $0.completeScreening(try completed(response(unknownCase))) }
            }?.field == "case")
        #expect(
            problem { _ = try test.database.write(tester) { try $0.screeningResponses(case: unknownCase) } }?.field
                == "case")
        #expect(
            try test.database.write(tester) { try $0.earlierScreenings(citizen: citizen, before: Day("2027-01-01")!) }
                .isEmpty)
        #expect(try test.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM screening_response") } == 0)
    }

    @Test func everythingIsAuditedWithoutTheCPRNumber() throws {
        let (test, citizen, cases) = try seeded()
        let done = try test.database.write(tester) { tx in
            var open = try tx.startScreening(response(cases[0]))
            try open.save(answers: ["q1": .integer(3)], resumeAt: "q2")
            try tx.saveScreening(open)
            return try tx.completeScreening(try completed(open))
        }
        try test.database.write(tester) { tx in
            _ = try tx.screeningResponse(done.id!)
            _ = try tx.screeningResponses(case: cases[0])
            _ = try tx.addRescoring(
                Rescoring(responseID: done.id!, flow: audit, settings: [:], result: result, at: tx.now, by: "t"))
            _ = try tx.rescorings(response: done.id!)
        }
        let entries = try test.database.read { try AuditLog.entries($0, citizen: citizen.rawValue) }
        #expect(
            entries.map(\.action) == [
                "create", "open", "open", "create", "update", "complete", "read", "read", "rescore", "read",
            ])
        let complete = try #require(entries.first { $0.action == "complete" })
        #expect(complete.summary == "screening audit 1.0.0 completed on case \(cases[0]): total 12, audit_c 5.5, dep -")
        #expect(complete.entity == "screening")
        #expect(complete.entityId == done.id!.description)
        #expect(entries.allSatisfy { !$0.summary.contains("1235") })
        #expect(entries.allSatisfy { !$0.summary.contains("2026-10-31") && !$0.summary.contains("Henvis") })
        #expect(try test.database.read { try AuditChain.verify($0) }.isEmpty)
    }

    @Test func aFailedCommandWritesNothing() throws {
        let (test, _, cases) = try seeded()
        let before = try test.database.read { try AuditLog.count($0) }
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try test.database.write(tester) { tx in
                let open = try tx.startScreening(response(cases[0]))
                _ = try tx.completeScreening(try completed(open))
                try tx.setScreeningSetting(flow: "audit", name: "cutoff", value: .number(8))
                throw Refused()
            }
        }
        let counts = try test.database.read { db in
            try ["screening_response", "event WHERE kind NOT LIKE 'case.%'", "setting"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")
            }
        }
        #expect(counts == [0, 0, 0])
        #expect(try test.database.read { try AuditLog.count($0) } == before)
        #expect(try test.database.read { try AuditChain.verify($0) }.isEmpty)
    }

    @Test func theFastPathReadsOnlyCompletedAnswersOfTheFlow() throws {
        let (test, _, cases) = try seeded()
        let ids = try test.database.write(tester) { tx in
            let dudit = FlowReference(id: "dudit", version: SemanticVersion(1, 0, 0))
            _ = try tx.completeScreening(try completed(response(cases[0], flow: dudit)))
            _ = try tx.startScreening(response(cases[0]))
            return try (1...3).map { index in
                try tx.completeScreening(try completed(response(cases[2]), answers: ["q1": .integer(Int64(index))])).id!
            }
        }
        let all = try test.database.write(tester) { try $0.completedScreeningAnswers(flow: "audit") }
        #expect(all.map(\.0) == ids)
        #expect(all.map { $0.1 } == [["q1": .integer(1)], ["q1": .integer(2)], ["q1": .integer(3)]])
        let two = try test.database.write(tester) { try $0.completedScreeningAnswers(flow: "audit", limit: 2) }
        #expect(two.map(\.0) == Array(ids.prefix(2)))
        #expect(try test.database.write(tester) { try $0.completedScreeningAnswers(flow: "asi") }.isEmpty)
        let last = try test.database.read { try AuditLog.entries($0, last: 1) }
        #expect(last.first?.summary == "answers of 0 completed asi screenings read")
    }
}
