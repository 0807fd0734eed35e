// `tovholder screen run FLOW` in the terminal: typed answers, back, keep, skip, save and quit, and `screen resume`.
import Foundation
import Testing

@Suite struct ScreeningInteractiveTests {
    /// The `[n/total]` progress markers in the order the questions were shown.
    static func progress(_ text: String) throws -> [String] {
        let pattern = try Regex(#"\[\d+/\d+\]"#)
        return text.matches(of: pattern).map { String(text[$0.range]) }
    }

    @Test func answerGoBackKeepSkipThenSaveAndResume() throws {
        let fixture = try ScreeningFixture()
        // q1: "7" is not an option number, "2" is option 2 (code 1); "<" back to q1; "" keeps q1;
        // q2: ">" skips (PHQ-9's missing policy is "empty"); "<" back to q2 and "3" (code 2);
        // q3: "4" (code 3); q4: "q" saves and quits.
        let saved = try fixture.screen(
            ["run", "phq9", "--case", fixture.maleCase, "--date", "2026-11-02"], input: "7\n2\n<\n\n>\n<\n3\n4\nq\n")
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.hasPrefix("Skriv svaret (nummeret på en svarmulighed)."))
        #expect(saved.stdout.contains("> Ugyldigt svar: skriv nummeret på en af svarmulighederne, 1–4."))
        #expect(saved.stdout.contains("  = Flere dage\n"), "going back shows the answer given")
        #expect(
            try Self.progress(saved.stdout) == ["[1/9]", "[2/9]", "[1/9]", "[2/9]", "[3/9]", "[2/9]", "[3/9]", "[4/9]"])
        #expect(saved.stdout.hasSuffix("Gemt som screening 1. Fortsæt med: tovholder screen resume 1\n"))
        #expect(
            try fixture.sql("SELECT status, answers FROM screening_response") == [
                #"in_progress|{"q1":1,"q2":2,"q3":3}"#
            ])
        #expect(
            try fixture.sql("SELECT COUNT(*) FROM event WHERE kind LIKE 'screening.%'") == ["0"],
            "saving part-way is not completing")

        let progress = try fixture.screen(["result", "1", "--json"])
        let inProgress = try jsonObject(progress.stdout)
        #expect(inProgress.string("status") == "in_progress")
        #expect(inProgress.string("resume_at") == "q4")
        #expect(inProgress["scores"] == nil)
        let text = try fixture.screen(["result", "1"])
        #expect(text.stdout.contains("Screening 1 er i gang (fortsætter ved q4)."))

        // q4..q9 = 0, 1, 2, 0, 1, 1: total 1+2+3+0+1+2+0+1+1 = 11, "moderate" (10-14); q9 >= 1 raises the flag.
        let resumed = try fixture.screen(["resume", "1", "--json"], input: "1\n2\n3\n1\n2\n2\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Self.progress(resumed.stderr) == ["[4/9]", "[5/9]", "[6/9]", "[7/9]", "[8/9]", "[9/9]"])
        let json = try jsonObject(resumed.stdout)
        #expect(json.responseID == "1")
        #expect(json.string("status") == "completed")
        #expect(json.string("day") == "2026-11-02")
        #expect(json.object("scores").number("total") == 11)
        #expect(json.object("bands").string("total") == "moderate")
        #expect(json.strings("flags") == ["suicidal_thoughts"])
        #expect(json.recommendationCodes == ["assess_suicide_risk"])
        #expect(json.strings("missing") == [])
        #expect(try fixture.sql("SELECT status FROM screening_response") == ["completed"])
        #expect(try fixture.sql("SELECT kind FROM event WHERE kind LIKE 'screening.%'") == ["screening.completed"])

        // A completed screening cannot be resumed, in the terminal or from a file.
        let again = try fixture.screen(["resume", "1"], input: "1\n")
        #expect(again.status == 2)
        #expect(again.firstErrorLine == "response: screeningen er afsluttet og kan ikke ændres (brug screen rescore)")
        let file = try fixture.answers("more.json", #"{"q1": 3}"#)
        #expect(try fixture.screen(["resume", "1", "--answers", file]).status == 2)
        #expect(try fixture.sql("SELECT COUNT(*) FROM event WHERE kind LIKE 'screening.%'") == ["1"])
    }

    @Test func skippingUnderTheEmptyPolicyLeavesTheTotalEmpty() throws {
        let fixture = try ScreeningFixture()
        let result = try fixture.screen(
            ["run", "phq9", "--case", fixture.maleCase, "--json"], input: "2\n>\n1\n1\n1\n1\n1\n1\n1\n")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try jsonObject(result.stdout)
        #expect(json.string("status") == "completed")
        #expect(json.object("scores").isNull("total"))
        #expect(json.object("bands").isEmpty)
        #expect(json.strings("missing") == ["q2"])
        #expect(json.object("answers")["q2"] == nil)
        let text = try fixture.screen(["result", json.responseID ?? "?"])
        #expect(text.stdout.contains("  Samlet score  tom (mangler svar)"))
        #expect(text.stdout.contains("Ubesvarede: q2"))
    }

    @Test func auditItemsCannotBeSkipped() throws {
        let fixture = try ScreeningFixture()
        let danish = try fixture.screen(["run", "audit", "--case", fixture.maleCase], input: ">\nq\n")
        #expect(danish.status == 0, "\(danish.stderr)")
        #expect(danish.stdout.contains("> Dette spørgsmål skal besvares.\n"))
        #expect(try Self.progress(danish.stdout) == ["[1/10]"], "the skip did not move on")
        let english = try fixture.screen(["run", "audit", "--case", fixture.maleCase, "--lang", "en"], input: ">\nq\n")
        #expect(english.stdout.contains("> This question must be answered.\n"))
        #expect(english.stdout.contains("Saved as screening 2. Continue with: tovholder screen resume 2"))
        #expect(
            try fixture.sql("SELECT status, answers FROM screening_response") == ["in_progress|{}", "in_progress|{}"])
        #expect(try fixture.sql("SELECT COUNT(*) FROM event WHERE kind LIKE 'screening.%'") == ["0"])
    }

    @Test func neverDrinkingSkipsToItemNine() throws {
        let fixture = try ScreeningFixture()
        // Option 1 of q1 is "Aldrig" (0): q2-q8 are not asked; q9 option 1 (0), q10 option 3 (4).
        let result = try fixture.screen(["run", "audit", "--case", fixture.maleCase, "--json"], input: "1\n1\n3\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.progress(result.stderr) == ["[1/10]", "[2/3]", "[3/3]"])
        let json = try jsonObject(result.stdout)
        #expect(json.object("scores").number("total") == 4)
        #expect(json.object("scores").number("harm") == 4)
        #expect(json.strings("hidden") == ["q2", "q3", "q4", "q5", "q6", "q7", "q8"])
        #expect(json.object("bands").string("total") == "low")
    }

    @Test func theEndOfInputSavesWhatWasAnswered() throws {
        let fixture = try ScreeningFixture()
        let first = try fixture.screen(["run", "phq9", "--case", fixture.femaleCase], input: "2\n3\n")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Gemt som screening 1."))
        #expect(try fixture.sql("SELECT status, answers FROM screening_response") == [#"in_progress|{"q1":1,"q2":2}"#])
        // Resuming and closing the input again keeps the new answer and moves the resume point.
        let second = try fixture.screen(["resume", "1", "--json"], input: "4\n")
        #expect(second.status == 0, "\(second.stderr)")
        let json = try jsonObject(second.stdout)
        #expect(json.string("status") == "in_progress")
        #expect(json.string("resume_at") == "q4")
        #expect(json.object("answers").number("q3") == 3)
        #expect(try fixture.sql("SELECT status FROM screening_response") == ["in_progress"])
        #expect(try fixture.sql("SELECT COUNT(*) FROM event WHERE kind LIKE 'screening.%'") == ["0"])
    }

    @Test func withJSONThePromptsGoToStandardError() throws {
        let fixture = try ScreeningFixture()
        let result = try fixture.screen(["run", "audit", "--case", fixture.maleCase, "--json"], input: "3\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("[1/10] Hvor ofte drikker du alkohol?"))
        let json = try jsonObject(result.stdout)
        #expect(json.string("status") == "in_progress")
        #expect(json.string("resume_at") == "q2")
        #expect(json.object("answers").number("q1") == 2)
    }

    @Test func goingBackFromTheFirstQuestionSaysThereIsNothingBefore() throws {
        let fixture = try ScreeningFixture()
        let result = try fixture.screen(["run", "gad7", "--case", fixture.maleCase], input: "<\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("> Der er intet før dette spørgsmål.\n"))
    }

    /// The options are shown numbered from 1 and the person types the number; a wrong number is answered
    /// with the numbers that can be typed (1-4 for PHQ-9), never with the options' codes (0-3).
    @Test func aWrongOptionNumberIsAnsweredWithTheNumbersThatCanBeTyped() throws {
        let fixture = try ScreeningFixture()
        let result = try fixture.screen(["run", "phq9", "--case", fixture.maleCase], input: "0\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("Ugyldigt svar") })
        #expect(line.contains("1–4"), "\(line)")
        #expect(!line.contains("0, 1, 2, 3"), "\(line)")
        // It asks the same question again, and a right number is taken.
        let retried = try fixture.screen(["run", "phq9", "--case", fixture.maleCase, "--json"], input: "0\n2\nq\n")
        #expect(try jsonObject(retried.stdout).object("answers").number("q1") == 1)
    }
}
