// `pack validate` and `pack doctor`: every problem with its file and line, the shipped pack clean, a broken pack named.
import Foundation
import Testing

@Suite struct PackValidateTests {
    @Test func theShippedPackValidates() throws {
        let fixture = try PackFixture()
        let result = try fixture.pack(["validate", ScreeningPacks.shipped])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Every Lua file compiled (flows, modules, specs), every flow loaded: the count of Lua files grows with the pack.
        let summary = try #require(result.outputLines.last)
        #expect(result.outputLines.count == 1, "\(result.stdout)")
        #expect(summary.hasPrefix("dk.tovholder.screening 1.0.0: ingen problemer ("), "\(summary)")
        #expect(summary.hasSuffix(" Lua-filer oversat, 6 flows indlæst)."), "\(summary)")
    }

    @Test func everyProblemIsNamedWithItsFileAndLine() throws {
        let fixture = try PackFixture()
        let broken = PackFixture.flow("brudt").replacingOccurrences(of: "title =", with: "title = = ")
        let pack = try fixture.makePack(
            "kort", name: "dk.vendor.kort", flows: ["kort"],
            files: [
                "flows/brudt.lua": broken,
                "flows/forkert.lua": PackFixture.flow("andet"),
                "workflows/opfolgning.lua": "return function(event) if event then end",
                "flows/Bad-Name.lua": "return nil",
            ])
        let result = try fixture.pack(["validate", pack])
        #expect(result.status == 1)
        let lines = result.outputLines
        #expect(lines.contains("\(pack)/flows/brudt.lua:5: unexpected symbol near '='"), "\(result.stdout)")
        #expect(
            lines.contains("\(pack)/flows/forkert.lua: id: the flow's id 'andet' must match its file name ('forkert')"),
            "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("\(pack)/workflows/opfolgning.lua:1: ") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("\(pack)/flows/Bad-Name.lua: expected a flow file named by its id") })
        #expect(lines.count == 4, "\(result.stdout)")
        #expect(result.firstErrorLine == "dk.vendor.kort 1.0.0: 4 problemer (3 Lua-filer, 1 flows).")
    }

    @Test func aSyntaxErrorInAFlowNamesTheFileAndLine() throws {
        let fixture = try PackFixture()
        let flow = PackFixture.flow("kort").replacingOccurrences(
            of: "score = function(a)", with: "score = function(a) if")
        let pack = try fixture.makePack("kort", name: "dk.vendor.kort", files: ["flows/kort.lua": flow])
        let result = try fixture.pack(["validate", pack, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.outputLines.first?.hasPrefix("\(pack)/flows/kort.lua:8: ") == true, "\(result.stdout)")
        #expect(result.firstErrorLine == "dk.vendor.kort 1.0.0: 1 problem (0 Lua files, 0 flows).")
    }

    @Test func doctorNamesTheBrokenPackBesideTheGoodOne() throws {
        let fixture = try PackFixture()
        try fixture.makePack("packs/good", name: "dk.test.good", flows: ["kort"])
        let broken = try fixture.makePack(
            "packs/broken", name: "dk.test.broken", flows: ["lang"],
            extra: "[dependencies]\n\"dk.test.missing\" = \"^1.0\"",
            files: ["flows/lang.lua": "return {"])
        let result = try fixture.pack(["doctor", "--packs", fixture.at("packs")])
        #expect(result.status == 1)
        let lines = result.outputLines
        let good = try #require(lines.firstIndex { $0.hasPrefix("dk.test.good 1.0.0 (kommune, ") }, "\(result.stdout)")
        #expect(lines[good + 1] == "  ok")
        let bad = try #require(lines.firstIndex { $0.hasPrefix("dk.test.broken 1.0.0 (kommune, \(broken))") })
        #expect(lines[bad + 1].contains("dk.test.broken 1.0.0 needs dk.test.missing ^1.0"), "\(result.stdout)")
        #expect(lines[bad + 2].hasPrefix("  \(broken)/flows/lang.lua:1: "), "\(result.stdout)")
        for (shipped, version) in [
            ("dk.tovholder.kip", "1.0.0"), ("dk.tovholder.reports", "0.1.0"), ("dk.tovholder.screening", "1.0.0"),
        ] {
            let row = try #require(
                lines.firstIndex { $0.hasPrefix("\(shipped) \(version) (indbygget, ") },
                "\(shipped): \(result.stdout)")
            #expect(lines[row].hasSuffix("/Plugins/\(shipped))"), "\(lines[row])")
            #expect(lines[row + 1] == "  ok", "\(shipped): \(result.stdout)")
        }
        #expect(result.firstErrorLine == "5 pakker undersøgt: 1 med problemer.")

        let healthy = try fixture.pack(["doctor"])
        #expect(healthy.status == 0, "\(healthy.stdout)")
        #expect(healthy.outputLines.last == "3 pakker undersøgt: alle i orden.")
        #expect(
            healthy.outputLines.first?.hasPrefix("dk.tovholder.kip 1.0.0 (indbygget, ") == true, "\(healthy.stdout)")
        #expect(healthy.outputLines.contains { $0.hasPrefix("dk.tovholder.screening 1.0.0 (indbygget, ") })
    }
}
