// The ASI from an answers file: the seven composite scores, an area left empty, and a rise since the first ASI.
import Foundation
import Testing

@Suite struct ScreeningASITests {
    /// Every item the composites and severity ratings use, and nothing else (the missing policy is "empty").
    static let answers: [String: Int] = [
        // medical: M6/90 + M7/12 + M8/12 = 9/90 + 3/12 + 2/12 = 0.51667
        "M6": 9, "M7": 3, "M8": 2, "M9": 7,
        // employment: 1 − (E4/4 + E5/4 + E11/120 + ln(E12)/36) = 1 − (0.25 + 0 + 0.1 + ln(8000)/36) = 0.40036
        "E4": 1, "E5": 0, "E11": 12, "E12": 8000, "E22": 4,
        // alcohol: (D1 + D2 + D26)/180 + D28/24 + D30/24 + ln(D23)/44 = 45/180 + 3/24 + 4/24 + ln(1500)/44 = 0.70788
        "D1": 20, "D2": 10, "D26": 15, "D28": 3, "D30": 4, "D23": 1500, "D32": 6,
        // drug: (D3..D11 + D13 + D27)/390 + D29/52 + D31/52 = 23/390 + 1/52 + 2/52 = 0.11667
        "D3": 0, "D4": 0, "D5": 0, "D6": 0, "D7": 0, "D8": 0, "D9": 0, "D10": 12, "D11": 0, "D13": 5, "D27": 6,
        "D29": 1, "D31": 2, "D33": 2,
        // legal: L24/5 + L27/150 + L28/20 + L29/20 + ln(E17)/46 = 0.2 + 0.02 + 0.1 + 0.05 + 0 = 0.37
        "L24": 1, "L27": 3, "L28": 2, "L29": 1, "E17": 0, "L30": 1,
        // family: (2 − F3)/10 + F30/150 + F32/20 + F34/20 + mean(F18..F26)/5
        //       = 0.1 + 4/150 + 0.1 + 0.05 + (2/9)/5 = 0.32111
        "F3": 1, "F30": 4, "F32": 2, "F34": 1, "F18": 1, "F19": 0, "F20": 0, "F21": 1, "F22": 0, "F23": 0,
        "F24": 0, "F25": 0, "F26": 0, "F36": 3,
        // psychiatric: (P3..P10)/11 + P11/330 + P12/44 + P13/44 = 2/11 + 10/330 + 2/44 + 3/44 = 0.32576
        "P3": 1, "P4": 1, "P5": 0, "P6": 0, "P7": 0, "P8": 0, "P9": 0, "P10": 0, "P11": 10, "P12": 2, "P13": 3,
        "P22": 5,
    ]

    static func file(_ answers: [String: Int]) -> String {
        "{" + answers.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
    }

    static let composites: [String: Double] = [
        "medical": 0.5167, "employment": 0.4004, "alcohol": 0.7079, "drug": 0.1167, "legal": 0.37,
        "family": 0.3211, "psychiatric": 0.3258,
    ]

    @Test func allCompositeItemsGiveTheSevenCompositesToFourDecimals() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("asi.json", Self.file(Self.answers))
        let json = try fixture.runJSON("asi", case: fixture.maleCase, answers: path, date: "2026-10-01")
        let scores = json.object("scores")
        #expect(scores.count == 14)
        for (area, expected) in Self.composites {
            let value = try #require(scores.number(area), "\(area) is empty")
            #expect(abs(value - expected) < 1e-9, "\(area): \(value), expected \(expected)")
        }
        // Checked from the formulas, not only the table above.
        #expect(abs(scores.number("medical")! - ((9.0 / 90 + 3.0 / 12 + 2.0 / 12) * 10000).rounded() / 10000) < 1e-9)
        let employment = 1 - (0.25 + 0 + 12.0 / 120 + log(8000.0) / 36)
        #expect(abs(scores.number("employment")! - (employment * 10000).rounded() / 10000) < 1e-9)
        let alcohol = 45.0 / 180 + 3.0 / 24 + 4.0 / 24 + log(1500.0) / 44
        #expect(abs(scores.number("alcohol")! - (alcohol * 10000).rounded() / 10000) < 1e-9)
        // The interviewer severity ratings as given, with their bands.
        #expect(scores.number("medical_severity") == 7)
        #expect(scores.number("alcohol_severity") == 6)
        #expect(scores.number("psychiatric_severity") == 5)
        #expect(json.object("bands").string("medical_severity") == "considerable")
        #expect(json.object("bands").string("legal_severity") == "none")
        #expect(json.object("bands").string("psychiatric_severity") == "moderate")
        #expect(json.strings("flags") == ["medical_considerable", "alcohol_considerable"])
        let recommendations = try #require(json["recommendations"] as? [[String: Any]])
        #expect(recommendations.count == 1)
        #expect(recommendations.first?.string("code") == "refer_gp")
        #expect(recommendations.first?.string("to") == "gp")
        #expect(recommendations.first?.string("consent") == "screening")

        // The text shows composites with 4 decimals, ratings without.
        let text = try fixture.screen(["result", json.responseID ?? "?"])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("  Sammensat score: Kriminalitet og retlige forhold") && $0.hasSuffix("  0.3700")
            })
        #expect(lines.contains { $0.hasPrefix("  Sammensat score: Fysisk helbred ") && $0.hasSuffix("  0.5167") })
        #expect(lines.contains { $0.hasPrefix("  Interviewerens vurdering: Fysisk helbred ") && $0.contains("  7  (") })
    }

    @Test func aMissingAlcoholItemLeavesOnlyTheAlcoholCompositeEmpty() throws {
        let fixture = try ScreeningFixture()
        var answers = Self.answers
        answers["D26"] = nil
        let path = try fixture.answers("asi.json", Self.file(answers))
        let json = try fixture.runJSON("asi", case: fixture.maleCase, answers: path, date: "2026-10-01")
        let scores = json.object("scores")
        #expect(scores.isNull("alcohol"))
        for (area, expected) in Self.composites where area != "alcohol" {
            let value = try #require(scores.number(area), "\(area) is empty")
            #expect(abs(value - expected) < 1e-9, "\(area)")
        }
        #expect(scores.number("alcohol_severity") == 6)
        #expect(json.strings("missing")?.contains("D26") == true)
        let text = try fixture.screen(["result", json.responseID ?? "?"])
        #expect(
            text.stdout.split(separator: "\n").contains {
                $0.hasPrefix("  Sammensat score: Alkohol ") && $0.hasSuffix("tom (mangler svar)")
            })
    }

    @Test func aRiseSinceTheFirstASIRaisesTheWorseFlag() throws {
        let fixture = try ScreeningFixture()
        let first = try fixture.answers("first.json", Self.file(Self.answers))
        _ = try fixture.runJSON("asi", case: fixture.maleCase, answers: first, date: "2026-10-01")
        // D26 15 → 30 and D28 3 → 4: alcohol rises by 15/180 + 1/24 = 0.125 > 0.1 to 0.8329.
        var worse = Self.answers
        worse["D26"] = 30
        worse["D28"] = 4
        let second = try fixture.answers("second.json", Self.file(worse))
        let json = try fixture.runJSON("asi", case: fixture.maleCase, answers: second, date: "2026-11-01")
        #expect(abs((json.object("scores").number("alcohol") ?? 0) - 0.8329) < 1e-9)
        #expect(json.strings("flags") == ["medical_considerable", "alcohol_considerable", "alcohol_worse"])
        // The history shows both ASIs side by side.
        let history = try fixture.screen(["history", "--case", fixture.maleCase, "--flow", "asi"])
        let alcohol = try #require(
            history.stdout.split(separator: "\n").first { $0.hasPrefix("Sammensat score: Alkohol") })
        let cells = alcohol.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cells.filter { !$0.isEmpty } == ["Sammensat score: Alkohol", "0.7079", "0.8329"], "\(alcohol)")
    }
}
