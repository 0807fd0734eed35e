// `tovholder screen list` and `screen show`: the shipped flows, and flows that do not load.
import Foundation
import Testing

@Suite struct ScreeningCatalogTests {
    static let shippedFlows = ["asi", "audit", "basisscreening", "dudit", "gad7", "phq9"]

    @Test func listNamesEveryShippedFlowWithVersionAndPack() throws {
        let result = try CLI.run(["screen", "list"], environment: ["TOVHOLDER_LANG": "da"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for id in Self.shippedFlows {
            let line = try #require(lines.first { $0.hasPrefix(id + " ") }, "\(id) not listed: \(result.stdout)")
            #expect(line.contains(" 1.0.0 "), "\(line)")
            #expect(line.hasSuffix("[dk.tovholder.screening 1.0.0]"), "\(line)")
        }
        let audit = try #require(lines.first { $0.hasPrefix("audit ") })
        #expect(audit.contains("AUDIT – alkohol"))
        // Sorted by id.
        let ids = lines.map { String($0.split(separator: " ")[0]) }
        #expect(ids == ids.sorted())
    }

    @Test func listAsJSONHasIdsVersionsPacksAndScores() throws {
        let result = try CLI.run(["screen", "list", "--json"], environment: ["TOVHOLDER_LANG": "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try jsonArray(result.stdout)
        let byID = Dictionary(rows.map { ($0.string("id") ?? "?", $0) }, uniquingKeysWith: { first, _ in first })
        for id in Self.shippedFlows {
            let row = try #require(byID[id], "\(id) missing from \(result.stdout)")
            #expect(row.string("version") == "1.0.0")
            #expect(row.string("pack") == "dk.tovholder.screening")
            #expect(row.string("pack_version") == "1.0.0")
        }
        #expect(byID["audit"]?.number("items") == 10)
        #expect(byID["audit"]?.strings("scores") == ["total", "audit_c", "dependence", "harm"])
        #expect(byID["audit"]?.string("title") == "AUDIT – alcohol")
        #expect(byID["phq9"]?.number("items") == 9)
        #expect(byID["phq9"]?.strings("scores") == ["total"])
        #expect(byID["gad7"]?.number("items") == 7)
        #expect(byID["dudit"]?.number("items") == 11)
        #expect(
            byID["asi"]?.strings("scores")?.prefix(7)
                == ["medical", "employment", "alcohol", "drug", "legal", "family", "psychiatric"])
    }

    @Test func showAuditNamesItemsPoliciesAndSettings() throws {
        let result = try CLI.run(["screen", "show", "audit"], environment: ["TOVHOLDER_LANG": "da"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "AUDIT – alkohol (audit 1.0.0 (dk.tovholder.screening 1.0.0))")
        #expect(lines.contains("Manglende svar: error; skjulte spørgsmål: zero"))
        #expect(lines.contains("  hazardous = mand 8, kvinde 6, ellers 8"))
        #expect(lines.contains("  harmful = mand 16, kvinde 16, ellers 16"))
        #expect(lines.contains("  dependence = mand 20, kvinde 20, ellers 20"))
        #expect(lines.contains("  audit_c = mand 5, kvinde 4, ellers 5"))
        #expect(lines.contains("  total: Samlet score (0–40)"))
        // The items in order, q1..q10; q2-q8 have a visibility rule, q1, q9 and q10 do not.
        let items = lines.filter { $0.range(of: #"^q\d+  "#, options: .regularExpression) != nil }
        #expect(items.map { String($0.split(separator: " ")[0]) } == (1...10).map { "q\($0)" })
        for item in items {
            let conditional = item.contains("vises kun på betingelse")
            let number = Int(item.dropFirst().split(separator: " ")[0])!
            #expect(conditional == (2...8).contains(number), "\(item)")
        }
        #expect(lines.contains("    4 = Ja, inden for det seneste år"), "a code that is its own points shows no points")
    }

    @Test func showInEnglishAndForAnotherFlow() throws {
        let result = try CLI.run(["screen", "show", "phq9", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("PHQ-9 – depression (phq9 1.0.0"))
        #expect(result.stdout.contains("Missing answers: empty; hidden items: absent"))
        let unknown = try CLI.run(
            ["screen", "show", "audit", "--version", "7.0.0"], environment: ["TOVHOLDER_LANG": "da"])
        #expect(unknown.status == 2)
        #expect(unknown.firstErrorLine == "version: audit findes ikke i version 7.0.0 (findes: 1.0.0)")
    }

    @Test func anUnknownFlowIsBadInputNamingTheFlows() throws {
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("a.json", "{}")
        let before = try fixture.counts()
        let result = try fixture.screen(["run", "audti", "--case", "1", "--answers", path])
        #expect(result.status == 2)
        #expect(result.firstErrorLine.hasPrefix("flow: der er intet screeningsflow 'audti' (findes: asi, audit,"))
        #expect(try fixture.counts() == before)
    }

    @Test func aFlowWithoutItemsFailsNamingTheFileAndField() throws {
        let folder = try TemporaryFolder()
        let pack = try ScreeningPacks.make(
            in: folder, name: "test.broken",
            files: [
                "flows/empty.lua": """
                local s = screening
                return s.flow {
                  id = "empty",
                  version = "1.0.0",
                  title = "Tom",
                  scores = { { id = "total", text = "I alt" } },
                  items = {},
                  score = function(a) return { total = 0 } end,
                }
                """
            ])
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("a.json", "{}")
        let before = try fixture.counts()
        let result = try fixture.screen(["run", "empty", "--case", "1", "--answers", path, "--packs", pack])
        #expect(result.status == 1)
        #expect(result.firstErrorLine == "\(pack)/flows/empty.lua: items: expected a list of items")
        #expect(try fixture.counts() == before)
        // The shipped flows still run beside the broken pack.
        let audit = try fixture.answers("audit.json", auditAnswers([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
        let fine = try fixture.screen(["run", "audit", "--case", "1", "--answers", audit, "--packs", pack])
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    @Test func anUnknownFieldFailsNamingTheFileAndField() throws {
        let folder = try TemporaryFolder()
        let pack = try ScreeningPacks.make(
            in: folder, name: "test.broken",
            files: [
                "flows/extra.lua": """
                local s = screening
                return s.flow {
                  id = "extra",
                  version = "1.0.0",
                  title = "Ekstra",
                  colour = "red",
                  scores = { { id = "total", text = "I alt" } },
                  items = { s.choice { id = "q1", text = "Spørgsmål", options = { { 0, "Nej" }, { 1, "Ja" } } } },
                  score = function(a) return { total = s.sum(a, { "q1" }) } end,
                }
                """
            ])
        let fixture = try ScreeningFixture()
        let path = try fixture.answers("a.json", #"{"q1": 1}"#)
        let before = try fixture.counts()
        for arguments in [["--answers", path], []] {
            let result = try fixture.screen(
                ["run", "extra", "--case", "1", "--packs", pack] + arguments, input: "2\n")
            #expect(result.status == 1)
            #expect(result.firstErrorLine.hasPrefix("\(pack)/flows/extra.lua: colour: unknown field"))
            #expect(result.stdout == "")
        }
        #expect(try fixture.counts() == before)
    }

    @Test func aPackProvidingAShippedFlowMustSayItOverridesIt() throws {
        let folder = try TemporaryFolder()
        let audit = try ScreeningPacks.shippedText("flows/audit.lua")
            .replacingOccurrences(of: #"version = "1.0.0""#, with: #"version = "1.2.0""#)
        let silent = try ScreeningPacks.make(in: folder, name: "test.silent", files: ["flows/audit.lua": audit])
        let fixture = try ScreeningFixture()
        let refused = try fixture.screen(["list", "--packs", silent])
        #expect(refused.status == 1)
        #expect(refused.firstErrorLine.contains("audit"), "\(refused.stderr)")
        #expect(refused.firstErrorLine.contains("dk.tovholder.screening"), "\(refused.stderr)")
        #expect(refused.firstErrorLine.contains("test.silent"), "\(refused.stderr)")

        let explicit = try ScreeningPacks.make(
            in: folder, name: "test.explicit", files: ["flows/audit.lua": audit], overrides: ["audit"])
        let listed = try fixture.screen(["list", "--packs", explicit])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("audit           1.2.0"), "\(listed.stdout)")
        #expect(listed.stdout.contains("[test.explicit 1.0.0]"), "\(listed.stdout)")
    }

    @Test func aPacksFolderThatDoesNotExistIsBadInput() throws {
        let fixture = try ScreeningFixture()
        let result = try fixture.screen(["list", "--packs", "/nowhere/packs"])
        #expect(result.status == 2)
        #expect(result.firstErrorLine == "packs: Mappen '/nowhere/packs' findes ikke.")
    }
}
