// `tovholder screen rescore`: a completed response scored under another flow version, beside the unchanged original.
import Foundation
import Testing

@Suite struct ScreeningRescoreTests {
    /// A pack `test.rescore` overriding the shipped AUDIT with `flows/audit@1.1.0.lua`: the shipped AUDIT with the men's hazardous
    /// cut-off raised from 8 to 10 and the harm score counting only items 9 and 10.
    static func rescorePack(in folder: TemporaryFolder) throws -> String {
        let shipped = try ScreeningPacks.shippedText("flows/audit.lua")
        var changed = shipped
        for (old, new) in [
            (#"version = "1.0.0""#, #"version = "1.1.0""#),
            (
                "hazardous = { male = 8, female = 6, default = 8 }",
                "hazardous = { male = 10, female = 6, default = 10 }"
            ),
            (#"s.ids("q", 4, 6), s.ids("q", 7, 10)"#, #"s.ids("q", 4, 6), s.ids("q", 9, 10)"#),
        ] {
            #expect(changed.contains(old), "the shipped audit.lua no longer has \(old)")
            changed = changed.replacingOccurrences(of: old, with: new)
        }
        return try ScreeningPacks.make(
            in: folder, name: "test.rescore", files: ["flows/audit@1.1.0.lua": changed], overrides: ["audit"])
    }

    @Test func rescoringUnderANewVersionKeepsTheOriginal() throws {
        let fixture = try ScreeningFixture()
        let folder = try TemporaryFolder()
        let pack = try Self.rescorePack(in: folder)
        // Total 8, harm 3 (q7 1 + q9 2): hazardous for a man under 1.0.0.
        let path = try fixture.answers("audit.json", auditAnswers([2, 1, 1, 0, 1, 0, 1, 0, 2, 0]))
        let original = try fixture.runJSON("audit", case: fixture.maleCase, answers: path, date: "2026-11-02")
        let id = try #require(original.responseID)
        let storedBefore = try fixture.sql("SELECT status, answers, data FROM screening_response")
        let before = try fixture.counts()

        let result = try fixture.screen(["rescore", id, "--version", "1.1.0", "--packs", pack, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rescoring = try jsonObject(result.stdout)
        #expect(rescoring.responseID == id)
        #expect(rescoring.number("rescoring_id") == 1)
        #expect(rescoring.string("flow") == "audit")
        #expect(rescoring.string("flow_version") == "1.1.0")
        #expect(rescoring.string("pack") == "test.rescore")
        #expect(rescoring.string("by") == "sagsbehandler1")
        #expect(rescoring.object("scores").number("total") == 8)
        #expect(rescoring.object("scores").number("harm") == 2)
        #expect(rescoring.object("bands").string("total") == "low")
        #expect(rescoring.strings("flags") == [])
        #expect(rescoring.recommendationCodes == [])

        // The original is unchanged; one rescoring row beside it.
        #expect(try fixture.sql("SELECT status, answers, data FROM screening_response") == storedBefore)
        #expect(try fixture.counts()["screening_rescoring"] == before["screening_rescoring"]! + 1)
        #expect(try fixture.counts()["screening_response"] == before["screening_response"])

        let shown = try jsonObject(try fixture.screen(["result", id, "--json", "--packs", pack]).stdout)
        #expect(shown.string("flow_version") == "1.0.0")
        #expect(shown.object("scores").number("total") == 8)
        #expect(shown.object("scores").number("harm") == 3)
        #expect(shown.strings("flags") == ["hazardous"])
        let rescorings = try #require(shown["rescorings"] as? [[String: Any]])
        #expect(rescorings.count == 1)
        #expect(rescorings.first?.string("flow_version") == "1.1.0")
        #expect(rescorings.first?.object("scores").number("harm") == 2)
        #expect(rescorings.first?.object("bands").string("total") == "low")

        // Without --packs the rescoring is still shown: it is stored, not recomputed.
        let plain = try jsonObject(try fixture.screen(["result", id, "--json"]).stdout)
        #expect((plain["rescorings"] as? [Any])?.count == 1)

        let text = try fixture.screen(["result", id, "--packs", pack])
        #expect(text.stdout.contains("Genberegnet under audit 1.1.0 (test.rescore 1.0.0):"))
        #expect(text.stdout.contains("    Samlet score                 8  (Lav risiko)"))
        #expect(text.stdout.contains("  Samlet score                 8  (Risikabelt forbrug)"))
    }

    @Test func theTextRescoreShowsBothResults() throws {
        let fixture = try ScreeningFixture()
        let folder = try TemporaryFolder()
        let pack = try Self.rescorePack(in: folder)
        let path = try fixture.answers("audit.json", auditAnswers([2, 1, 1, 0, 1, 0, 1, 0, 2, 0]))
        let id = try #require(try fixture.runJSON("audit", case: "1", answers: path, date: "2026-11-02").responseID)
        let result = try fixture.screen(["rescore", id, "--version", "1.1.0", "--packs", pack])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let original = try #require(
            lines.firstIndex(of: "Oprindeligt under audit 1.0.0 (dk.tovholder.screening 1.0.0):"))
        let rescored = try #require(lines.firstIndex(of: "Genberegnet under audit 1.1.0 (test.rescore 1.0.0):"))
        #expect(original < rescored)
        #expect(lines[original...rescored].contains("    Skader (spm. 7-10)           3"))
        #expect(lines[rescored...].contains("    Skader (spm. 7-10)           2"))
        #expect(lines[rescored...].contains("  Markeringer: ingen"))
    }

    @Test func anUnknownVersionNamesTheAvailableOnes() throws {
        let fixture = try ScreeningFixture()
        let folder = try TemporaryFolder()
        let pack = try Self.rescorePack(in: folder)
        let path = try fixture.answers("audit.json", auditAnswers([2, 1, 1, 0, 1, 0, 1, 0, 2, 0]))
        let id = try #require(try fixture.runJSON("audit", case: "1", answers: path, date: "2026-11-02").responseID)
        let before = try fixture.counts()
        let missing = try fixture.screen(["rescore", id, "--version", "2.0.0", "--packs", pack])
        #expect(missing.status == 2)
        #expect(missing.firstErrorLine == "version: audit findes ikke i version 2.0.0 (findes: 1.0.0, 1.1.0)")
        let withoutPack = try fixture.screen(["rescore", id, "--version", "1.1.0", "--lang", "en"])
        #expect(withoutPack.status == 2)
        #expect(withoutPack.firstErrorLine == "version: audit has no version 1.1.0 (available: 1.0.0)")
        let notAVersion = try fixture.screen(["rescore", id, "--version", "1.1"])
        #expect(notAVersion.status == 2)
        #expect(notAVersion.firstErrorLine.hasPrefix("version:"))
        #expect(try fixture.counts() == before)
    }

    @Test func aResponseInProgressCannotBeRescored() throws {
        let fixture = try ScreeningFixture()
        let saved = try fixture.screen(["run", "audit", "--case", "1", "--json"], input: "3\nq\n")
        let id = try #require(try jsonObject(saved.stdout).responseID)
        let before = try fixture.counts()
        let result = try fixture.screen(["rescore", id, "--version", "1.0.0"])
        #expect(result.status == 2)
        #expect(result.firstErrorLine == "response: screening \(id) er ikke afsluttet endnu (brug screen resume)")
        #expect(try fixture.counts() == before)
    }
}
