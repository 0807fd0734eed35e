// `tovholder screen run FLOW --answers FILE`: scoring an answers file, what is stored, and answers that are refused.
import Foundation
import Testing

@Suite struct ScreeningRunTests {
    // AUDIT q1..q10 = 2,1,1 | 0,1,0 | 1,0,2,0: total 8, AUDIT-C 4, dependence 1, harm 3.
    static let eight = auditAnswers([2, 1, 1, 0, 1, 0, 1, 0, 2, 0])

    @Test func anAnswersFileGivesOneJSONObjectAndStoresOneResponseAndEvent() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("audit.json", Self.eight)
        let before = try fixture.counts()
        let result = try fixture.screen([
            "run", "audit", "--case", fixture.maleCase, "--answers", path, "--date", "2026-11-02", "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let json = try jsonObject(result.stdout)
        let id = try #require(json.number("response_id"))
        #expect(json.string("flow") == "audit")
        #expect(json.string("flow_version") == "1.0.0")
        #expect(json.string("pack") == "dk.tovholder.screening")
        #expect(json.string("status") == "completed")
        #expect(json.string("day") == "2026-11-02")
        #expect(json.number("case_id") == 1)
        #expect(json.string("completed_by") == "sagsbehandler1")
        let scores = json.object("scores")
        #expect(scores.count == 4)
        #expect(scores.number("total") == 8)
        #expect(scores.number("audit_c") == 4)
        #expect(scores.number("dependence") == 1)
        #expect(scores.number("harm") == 3)
        // A man: hazardous from 8, AUDIT-C positive from 5.
        #expect(json.object("bands").string("total") == "hazardous")
        #expect(json.strings("flags") == ["hazardous"])
        #expect(json.recommendationCodes == ["brief_intervention"])
        #expect(json.strings("missing") == [])
        #expect(json.strings("hidden") == [])
        #expect(json.object("answers").number("q9") == 2)

        let after = try fixture.counts()
        #expect(after["screening_response"] == before["screening_response"]! + 1)
        #expect(after["event"] == before["event"]! + 1)
        let rowID = Int(id)
        #expect(
            try fixture.sql("SELECT status, flow, flow_version FROM screening_response") == ["completed|audit|1.0.0"])
        #expect(
            try fixture.sql("SELECT kind, case_id, subject FROM event WHERE kind LIKE 'screening.%'")
                == ["screening.completed|1|screening_response:\(rowID)"])
        let payload = try jsonObject(
            try fixture.sql("SELECT payload FROM event WHERE kind LIKE 'screening.%'").joined() + "\n")
        #expect(payload.object("scores").number("total") == 8)
        #expect(payload.strings("flags") == ["hazardous"])
    }

    @Test func aWomanReachesAUDITCPositiveAtFour() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("audit.json", Self.eight)
        let json = try fixture.runJSON("audit", case: fixture.femaleCase, answers: path, date: "2026-11-02")
        #expect(json.object("scores").number("audit_c") == 4)
        #expect(json.strings("flags") == ["hazardous", "audit_c_positive"])
    }

    @Test func theTextResultShowsScoresBandsAndRecommendations() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("audit.json", Self.eight)
        let result = try fixture.screen([
            "run", "audit", "--case", fixture.maleCase, "--answers", path, "--date", "2026-11-02",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Screening 1: AUDIT – alkohol – audit 1.0.0 (dk.tovholder.screening 1.0.0), sag 1, 2026-11-02")
        #expect(lines.contains("  Samlet score                 8  (Risikabelt forbrug)"))
        #expect(lines.contains("  Forbrug (AUDIT-C, spm. 1-3)  4"))
        #expect(lines.contains("  Afhængighed (spm. 4-6)       1"))
        #expect(lines.contains("  Skader (spm. 7-10)           3"))
        #expect(lines.contains("Markeringer: Risikabelt forbrug"))
        #expect(lines.contains { $0.hasPrefix("  - Giv kort rådgivning om alkohol") })
    }

    @Test func neverToItemOneHidesTwoToEightAndTheyCountZero() throws {
        let fixture = try ScreeningFixture()
        // q2..q8 are given but hidden by q1 = 0: they do not count (hidden = "zero").
        let path = try fixture.answers("audit.json", auditAnswers([0, 4, 4, 4, 4, 4, 4, 4, 2, 4]))
        let json = try fixture.runJSON("audit", case: fixture.maleCase, answers: path, date: "2026-11-02")
        #expect(json.object("scores").number("total") == 6)
        #expect(json.object("scores").number("audit_c") == 0)
        #expect(json.object("scores").number("dependence") == 0)
        #expect(json.object("scores").number("harm") == 6)
        #expect(json.strings("hidden") == ["q2", "q3", "q4", "q5", "q6", "q7", "q8"])
        #expect(json.object("bands").string("total") == "low")
        #expect(json.strings("flags") == [])
        // The hidden items' answers are not kept: only what counted is stored.
        #expect(try fixture.sql("SELECT answers FROM screening_response") == [#"{"q1":0,"q10":4,"q9":2}"#])
        // Only q1, q9 and q10 need answers when q1 is 0.
        let short = try fixture.answers("short.json", #"{"q1": 0, "q9": 0, "q10": 2}"#)
        let shortJSON = try fixture.runJSON("audit", case: fixture.maleCase, answers: short, date: "2026-11-03")
        #expect(shortJSON.object("scores").number("total") == 2)
    }

    static let refused: [(name: String, answers: String, firstLine: String)] = [
        (
            "out of range", auditAnswers([9, 1, 1, 0, 1, 0, 1, 0, 2, 0]),
            "q1: 9 er ikke en svarmulighed (mulige: 0, 1, 2, 3, 4)"
        ),
        (
            "not an option of q9", auditAnswers([2, 1, 1, 0, 1, 0, 1, 0, 3, 0]),
            "q9: 3 er ikke en svarmulighed (mulige: 0, 2, 4)"
        ),
        (
            "wrong type",
            #"{"q1": "x", "q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2, "q10": 0}"#,
            "q1: "
        ),
        (
            "a decimal for a choice",
            #"{"q1": 2.5, "q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2, "q10": 0}"#,
            "q1: forventede"
        ),
        (
            "an object as an answer", #"{"q1": 2, "q2": {"a": 1}}"#,
            "q2: svarfilen skal være ét JSON-objekt fra item-id til svar"
        ),
        (
            "unknown item",
            #"{"q1": 2, "q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2, "q10": 0, "q11": 1}"#,
            "q11: findes ikke i flowet audit"
        ),
        (
            "a section",
            #"{"intro": 1, "q1": 2, "q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2, "q10": 0}"#,
            "intro: er en overskrift og tager intet svar"
        ),
        (
            "malformed JSON", #"{"q1": 2, "q2": 1,"#,
            "answers: svarfilen skal være ét JSON-objekt fra item-id til svar: "
        ),
        (
            "an array", "[2, 1, 1, 0, 1, 0, 1, 0, 2, 0]",
            "answers: svarfilen skal være ét JSON-objekt fra item-id til svar: "
        ),
        (
            "missing under the error policy",
            #"{"q1": 2, "q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2}"#,
            "answers: mangler svar på q10"
        ),
        (
            "null is no answer",
            #"{"q1": null, "q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2, "q10": 0}"#,
            "answers: mangler svar på q1"
        ),
    ]

    @Test(arguments: refused)
    func aRefusedAnswersFileExitsTwoAndStoresNothing(_ name: String, _ answers: String, _ firstLine: String) throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("bad.json", answers)
        let before = try fixture.counts()
        let result = try fixture.screen(["run", "audit", "--case", fixture.maleCase, "--answers", path, "--json"])
        #expect(result.status == 2, "\(name)")
        #expect(result.firstErrorLine.hasPrefix(firstLine), "\(name): \(result.stderr)")
        #expect(result.stdout == "", "\(name)")
        #expect(try fixture.counts() == before, "\(name)")
    }

    @Test func aMissingAnswersFileIsBadInput() throws {
        let fixture = try ScreeningFixture()
        let before = try fixture.counts()
        let path = fixture.db.folder.path + "/nowhere.json"
        let result = try fixture.screen(["run", "audit", "--case", fixture.maleCase, "--answers", path])
        #expect(result.status == 2)
        #expect(result.firstErrorLine.contains(path))
        #expect(try fixture.counts() == before)
    }

    @Test func anUnknownCaseIsBadInput() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("audit.json", Self.eight)
        let before = try fixture.counts()
        let result = try fixture.screen(["run", "audit", "--case", "99", "--answers", path])
        #expect(result.status == 2)
        #expect(result.firstErrorLine.hasPrefix("case:"), "\(result.stderr)")
        #expect(try fixture.counts() == before)
    }

    @Test func refusedAnswersInEnglish() throws {
        let fixture = try ScreeningFixture()
        let cases: [(String, String)] = [
            (auditAnswers([9, 1, 1, 0, 1, 0, 1, 0, 2, 0]), "q1: 9 is not an option (options: 0, 1, 2, 3, 4)"),
            (
                #"{"q1": 2, "q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2}"#,
                "answers: answers missing for q10"
            ),
            (#"{"q12": 2}"#, "q12: is not an item of the flow audit"),
            (#"{"intro": 1}"#, "intro: is a section header and takes no answer"),
            ("[]", "answers: the answers file must be one JSON object from item id to answer: "),
        ]
        for (index, (answers, firstLine)) in cases.enumerated() {
            let path = try fixture.answers("bad\(index).json", answers)
            // Both the --lang flag and TOVHOLDER_LANG choose English.
            let flag = try fixture.screen([
                "run", "audit", "--case", fixture.maleCase, "--answers", path, "--lang", "en",
            ])
            #expect(flag.status == 2)
            #expect(flag.firstErrorLine.hasPrefix(firstLine), "\(flag.stderr)")
            let environment = try fixture.screen(
                ["run", "audit", "--case", fixture.maleCase, "--answers", path], language: "en")
            #expect(environment.firstErrorLine.hasPrefix(firstLine), "\(environment.stderr)")
        }
        #expect(try fixture.db.count("screening_response") == 0)
    }

    @Test func resumeWithABadAnswersFileChangesNothing() throws {
        let fixture = try ScreeningFixture()
        // Saved part-way in the terminal: q1 = 2 (typed as option 3).
        let saved = try fixture.screen(["run", "audit", "--case", fixture.maleCase, "--json"], input: "3\nq\n")
        #expect(saved.status == 0, "\(saved.stderr)")
        let id = try #require(try jsonObject(saved.stdout).responseID)
        let before = try fixture.counts()
        let lastEntry = try fixture.sql("SELECT MAX(id) FROM audit_entry").joined()
        let stored = try fixture.sql("SELECT answers, data FROM screening_response")
        let bad = try fixture.answers("bad.json", #"{"q2": 7}"#)
        let result = try fixture.screen(["resume", id, "--answers", bad])
        #expect(result.status == 2)
        #expect(result.firstErrorLine.hasPrefix("q2: 7 er ikke en svarmulighed"))
        // Still missing answers: the error policy refuses to complete, and the saved response stays as it was.
        let partial = try fixture.answers("partial.json", #"{"q2": 1}"#)
        let incomplete = try fixture.screen(["resume", id, "--answers", partial])
        #expect(incomplete.status == 2)
        #expect(incomplete.firstErrorLine == "answers: mangler svar på q3, q4, q5, q6, q7, q8, q9, q10")
        // Resume reads the saved response before it checks the file, and that read is logged; nothing else is.
        var after = try fixture.counts()
        after["audit_entry"] = before["audit_entry"]
        #expect(after == before)
        #expect(
            try fixture.sql("SELECT DISTINCT action || ' ' || summary FROM audit_entry WHERE id > \(lastEntry)")
                == ["read screening \(id) read"])
        #expect(try fixture.sql("SELECT answers, data FROM screening_response") == stored)
        // The rest of the answers completes it.
        let rest = try fixture.answers(
            "rest.json", #"{"q2": 1, "q3": 1, "q4": 0, "q5": 1, "q6": 0, "q7": 1, "q8": 0, "q9": 2, "q10": 0}"#)
        let completed = try fixture.screen(["resume", id, "--answers", rest, "--json"])
        #expect(completed.status == 0, "\(completed.stderr)")
        let json = try jsonObject(completed.stdout)
        #expect(json.object("scores").number("total") == 8)
        #expect(json.string("status") == "completed")
        #expect(try fixture.db.count("event") == before["event"]! + 1)
    }
}
