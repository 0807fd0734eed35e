// `tovholder screen result` and `screen history`: a stored response, and a case's screenings side by side.
import Foundation
import Testing

@Suite struct ScreeningHistoryTests {
    /// A table row's cells: the text between runs of two or more spaces.
    static func cells(_ line: String) -> [String] {
        line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func resultShowsTheStoredResponseAsTextAndJSON() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("audit.json", auditAnswers([2, 1, 1, 0, 1, 0, 1, 0, 2, 0]))
        let run = try fixture.runJSON("audit", case: fixture.maleCase, answers: path, date: "2026-11-02")
        let id = try #require(run.responseID)

        let json = try jsonObject(try fixture.screen(["result", id, "--json"]).stdout)
        #expect(json.responseID == id)
        #expect(json.string("flow") == "audit")
        #expect(json.string("flow_version") == "1.0.0")
        #expect(json.string("status") == "completed")
        #expect(json.object("scores").number("total") == 8)
        #expect(json.object("scores").number("harm") == 3)
        #expect(json.strings("flags") == ["hazardous"])
        #expect((json["rescorings"] as? [Any])?.isEmpty == true)
        #expect(json.object("answers").count == 10)

        let text = try fixture.screen(["result", id])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "Screening \(id): AUDIT – alkohol – audit 1.0.0 (dk.tovholder.screening 1.0.0), sag 1, 2026-11-02")
        #expect(lines.contains("  Samlet score                 8  (Risikabelt forbrug)"))
        #expect(lines.contains("Markeringer: Risikabelt forbrug"))
        let english = try fixture.screen(["result", id, "--lang", "en"])
        #expect(english.stdout.contains("  Total score                       8  (Hazardous drinking)"))
        #expect(english.stdout.contains("Flags: Hazardous drinking"))

        let unknown = try fixture.screen(["result", "99"])
        #expect(unknown.status == 2)
        #expect(unknown.firstErrorLine.hasPrefix("response:"))
    }

    @Test func historyPutsTwoDaysSideBySideOldestFirst() throws {
        let fixture = try ScreeningFixture()
        // Entered out of order: the later day first.
        let later = try fixture.answers("later.json", auditAnswers([1, 0, 0, 0, 0, 0, 0, 0, 0, 2]))  // total 3
        let earlier = try fixture.answers("earlier.json", auditAnswers([4, 3, 3, 2, 2, 1, 2, 1, 4, 4]))  // total 26
        let second = try fixture.runJSON("audit", case: fixture.maleCase, answers: later, date: "2026-12-01")
        let first = try fixture.runJSON("audit", case: fixture.maleCase, answers: earlier, date: "2026-11-02")
        #expect(first.object("scores").number("total") == 26)
        #expect(first.object("scores").number("audit_c") == 10)
        #expect(first.object("scores").number("dependence") == 5)
        #expect(first.object("scores").number("harm") == 11)
        #expect(first.strings("flags") == ["probable_dependence", "audit_c_positive"])
        #expect(first.recommendationCodes == ["assess_alcohol_treatment"])
        #expect(second.object("scores").number("total") == 3)
        let (firstID, secondID) = (first.responseID ?? "?", second.responseID ?? "?")

        // Another flow and another case stay out of the AUDIT table.
        let phq9 = try fixture.answers(
            "phq9.json", #"{"q1":0,"q2":0,"q3":0,"q4":0,"q5":0,"q6":0,"q7":0,"q8":0,"q9":0}"#)
        _ = try fixture.runJSON("phq9", case: fixture.maleCase, answers: phq9, date: "2026-11-05")
        _ = try fixture.runJSON("audit", case: fixture.femaleCase, answers: later, date: "2026-11-20")

        let result = try fixture.screen(["history", "--case", fixture.maleCase])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let title = try #require(lines.firstIndex(of: "AUDIT – alkohol"), "\(result.stdout)")
        let header = lines[title + 1]
        let firstColumn = try #require(header.range(of: "2026-11-02 #\(firstID)"), "\(header)")
        let secondColumn = try #require(header.range(of: "2026-12-01 #\(secondID)"), "\(header)")
        #expect(firstColumn.lowerBound < secondColumn.lowerBound)
        #expect(!header.contains("2026-11-20"), "the other case's screening is not in this case's history")
        let total = try #require(lines.first { $0.hasPrefix("Samlet score ") && $0.contains("26") })
        #expect(Self.cells(total) == ["Samlet score", "26 Sandsynlig alkoholafhængighed", "3 Lav risiko"])
        // The values sit under their columns.
        #expect(
            total.range(of: "26 ")?.lowerBound.utf16Offset(in: total) == firstColumn.lowerBound.utf16Offset(in: header))
        #expect(
            total.range(of: "3 Lav")?.lowerBound.utf16Offset(in: total)
                == secondColumn.lowerBound.utf16Offset(in: header))
        let harm = try #require(lines.first { $0.hasPrefix("Skader (spm. 7-10) ") })
        #expect(Self.cells(harm) == ["Skader (spm. 7-10)", "11", "2"])
        #expect(lines.contains("PHQ-9 – depression"))

        let only = try fixture.screen(["history", "--case", fixture.maleCase, "--flow", "audit", "--json"])
        let rows = try jsonArray(only.stdout)
        #expect(rows.map { $0.string("day") } == ["2026-11-02", "2026-12-01"])
        #expect(rows.map { $0.object("scores").number("total") } == [26, 3])
        #expect(rows.allSatisfy { $0.string("flow") == "audit" })

        let none = try fixture.screen(["history", "--case", fixture.femaleCase, "--flow", "phq9"])
        #expect(none.stdout == "Ingen screeninger.\n")
    }

    @Test func historyShowsAResponseInProgressAsAnEllipsis() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("gad7.json", #"{"q1":1,"q2":1,"q3":1,"q4":1,"q5":1,"q6":1,"q7":1}"#)
        let done = try fixture.runJSON("gad7", case: fixture.maleCase, answers: path, date: "2026-11-02")
        #expect(done.object("scores").number("total") == 7)
        let saved = try fixture.screen(
            ["run", "gad7", "--case", fixture.maleCase, "--date", "2026-11-09"], input: "2\nq\n")
        #expect(saved.status == 0, "\(saved.stderr)")
        let history = try fixture.screen(["history", "--case", fixture.maleCase])
        let total = try #require(history.stdout.split(separator: "\n").first { $0.hasPrefix("Samlet score") })
        #expect(total.hasPrefix("Samlet score"))
        #expect(total.contains("7 "))
        #expect(total.hasSuffix("…"))
    }
}
