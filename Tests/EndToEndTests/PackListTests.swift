// `tovholder pack list` and `pack info`: the shipped pack, a municipality pack overriding a shipped flow, broken packs.
import Foundation
import Testing

@Suite struct PackListTests {
    @Test func listShowsTheShippedPack() throws {
        let fixture = try PackFixture()
        let result = try fixture.pack(["list"])
        #expect(result.status == 0, "\(result.stderr)")
        // Exactly the three shipped packs, by name: the KIP workflows, the reports, the screening instruments.
        let shipped = [
            ("dk.tovholder.kip", "1.0.0"), ("dk.tovholder.reports", "0.1.0"), ("dk.tovholder.screening", "1.0.0"),
        ]
        #expect(result.outputLines.count == 3, "\(result.stdout)")
        for (index, (name, version)) in shipped.enumerated() {
            let line = try #require(result.outputLines.dropFirst(index).first, "\(result.stdout)")
            let columns = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(columns.first == name, "\(line)")
            #expect(columns.dropFirst().first == version, "\(line)")
            #expect(columns.contains("indbygget"), "\(line)")
            #expect(columns.last == "ok", "\(line)")
            #expect(line.contains("/Plugins/\(name)"), "\(line)")
        }
        let json = try jsonArray(try fixture.pack(["list", "--json"]).stdout)
        #expect(json.map { $0.string("name") } == shipped.map(\.0))
        #expect(json.allSatisfy { $0.string("layer") == "built-in" && $0.string("status") == "ok" })
    }

    @Test func listAndInfoShowAMunicipalityPackOverridingAShippedFlow() throws {
        let fixture = try PackFixture()
        let audit = try ScreeningPacks.shippedText("flows/audit.lua")
            .replacingOccurrences(of: #"version = "1.0.0""#, with: #"version = "1.2.0""#)
        let pack = try ScreeningPacks.make(
            in: fixture.folder, name: "dk.aarhus.flows", files: ["flows/audit.lua": audit], overrides: ["audit"])

        let listed = try fixture.pack(["list", "--packs", pack])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.outputLines
        let row = try #require(lines.firstIndex { $0.hasPrefix("dk.aarhus.flows ") }, "\(listed.stdout)")
        #expect(lines[row].contains(" kommune "))
        #expect(lines[row].hasSuffix("  ok"))
        #expect(lines[row + 1] == "    tilsidesætter flow audit fra dk.tovholder.screening")

        let json = try jsonArray(try fixture.pack(["list", "--packs", pack, "--json"]).stdout)
        let aarhus = try #require(json.first { $0.string("name") == "dk.aarhus.flows" })
        #expect(aarhus.string("layer") == "municipality")
        #expect(aarhus.string("status") == "ok")
        #expect(aarhus.string("folder") == pack)
        let overrides = aarhus["overrides"] as? [[String: Any]] ?? []
        #expect(overrides.count == 1)
        #expect(overrides.first?.string("kind") == "flows")
        #expect(overrides.first?.string("id") == "audit")
        #expect(overrides.first?.string("pack") == "dk.tovholder.screening")
        #expect(json.first { $0.string("name") == "dk.tovholder.screening" }?.string("layer") == "built-in")

        let shipped = try fixture.pack(["info", "dk.tovholder.screening", "--packs", pack])
        #expect(shipped.status == 0, "\(shipped.stderr)")
        #expect(shipped.stdout.contains("  flow audit (tilsidesat af dk.aarhus.flows)"), "\(shipped.stdout)")
        #expect(shipped.stdout.contains("  flow phq9\n"))
        let info = try fixture.pack(["info", "dk.aarhus.flows", "--packs", pack])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("Tilsidesætter:\n  flow dk.tovholder.screening:audit"), "\(info.stdout)")
        #expect(info.stdout.contains("Lag: kommune"))
    }

    @Test func infoShowsTheManifestAndEachCapabilityInDanishOrEnglish() throws {
        let fixture = try PackFixture()
        let pack = try fixture.makePack(
            "vendor", name: "dk.vendor.kort", version: "2.1.0", flows: ["kort"],
            extra: """
                description = "En kort screening"
                authors = ["Leverandør A/S"]
                license = "MIT"
                modules = "lib"
                capabilities = ["cases:read", "tasks:write"]

                [dependencies]
                "dk.tovholder.screening" = "^1.0"
                """,
            files: ["lib/help.lua": "return {}", "flows/kort@1.0.0.lua": PackFixture.flow("kort")])

        let danish = try fixture.pack(["info", "dk.vendor.kort", "--packs", pack])
        #expect(danish.status == 0, "\(danish.stderr)")
        let lines = danish.outputLines
        #expect(lines.first == "dk.vendor.kort 2.1.0 – Testpakke dk.vendor.kort")
        #expect(lines.contains("En kort screening"))
        #expect(lines.contains("Forfattere: Leverandør A/S"))
        #expect(lines.contains("Licens: MIT"))
        #expect(lines.contains("Værts-API: >=1.0, <2.0 (denne Tovholder har 1.0.0: passer)"))
        #expect(lines.contains("Mapper: flows = flows, moduler = lib"))
        #expect(lines.contains("  dk.tovholder.screening ^1.0: 1.0.0 på søgestien"))
        #expect(lines.contains("  flow kort (beholder også 1.0.0)"))
        #expect(
            lines.contains("  cases:read  Læse sager: borger, status, lovgrundlag, behandlingsgaranti og tovholder"))
        #expect(lines.contains("  tasks:write  Oprette og lukke opgaver til sagsbehandlere"))
        #expect(lines.contains("Lås: ingen pack.lock"))
        #expect(lines.contains("Signatur: ikke signeret"))
        #expect(lines.last == "Status: ok")

        let english = try fixture.pack(["info", "dk.vendor.kort", "--packs", pack, "--lang", "en"])
        #expect(english.outputLines.contains("Host API: >=1.0, <2.0 (this Tovholder has 1.0.0: compatible)"))
        #expect(english.outputLines.contains("  tasks:write  Create and close tasks for caseworkers"))

        let json = try jsonObject(
            try fixture.pack(["info", "dk.vendor.kort", "--packs", pack, "--json", "--lang", "en"]).stdout)
        #expect(json.string("version") == "2.1.0")
        #expect(json.string("host_api") == ">=1.0, <2.0")
        #expect(json["host_api_compatible"] as? Bool == true)
        #expect(json.strings("authors") == ["Leverandør A/S"])
        #expect(json.string("modules") == "lib")
        #expect(json.object("entry_folders").string("flows") == "flows")
        let capabilities = json["capabilities"] as? [[String: Any]] ?? []
        #expect(capabilities.map { $0.string("id") } == ["cases:read", "tasks:write"])
        #expect(capabilities.first?.string("description")?.hasPrefix("Read cases") == true)
        let provided = json["provides"] as? [[String: Any]] ?? []
        #expect(provided.first?.strings("kept_versions") == ["1.0.0"])
        #expect(provided.first?.strings("files") == ["flows/kort@1.0.0.lua", "flows/kort.lua"])
        #expect(json.object("lock").string("status") == "none")
        #expect(json.object("signature").string("status") == "none")
        #expect(json.string("status") == "ok")
    }

    @Test func infoOfAFolderReviewsAPackBeforeItIsInstalled() throws {
        let fixture = try PackFixture()
        let pack = try fixture.makePack(
            "download/kort", name: "dk.vendor.kort", flows: ["kort"], extra: #"capabilities = ["outbox:write"]"#)
        let result = try fixture.pack(["info", pack])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("outbox:write  Lægge beskeder til andre parter i udbakken"))
        #expect(result.stdout.contains("  flow kort\n"))
    }

    @Test func aBrokenPackIsListedWithItsProblemBesideTheOthers() throws {
        let fixture = try PackFixture()
        try fixture.makePack("packs/good", name: "dk.test.good", flows: ["kort"])
        try fixture.makePack("packs/future", name: "dk.test.future", hostAPI: ">=2.0", flows: ["lang"])
        try fixture.folder.write("packs/typo/pack.toml", "name = \"dk.test.typo\"\nversoin = \"1.0.0\"\n")
        let result = try fixture.pack(["list", "--packs", fixture.at("packs")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.outputLines
        #expect(lines.contains { $0.hasPrefix("dk.test.good ") && $0.hasSuffix("  ok") }, "\(result.stdout)")
        let future = try #require(lines.firstIndex { $0.hasPrefix("dk.test.future ") })
        #expect(lines[future].hasSuffix("  fejl"))
        #expect(lines[future + 1].contains("pack.toml: host_api: dk.test.future 1.0.0 needs host API >=2.0"))
        let typo = try #require(lines.firstIndex { $0.hasPrefix("typo ") }, "\(result.stdout)")
        #expect(lines[typo + 1].contains("typo/pack.toml: versoin: unknown field"), "\(lines[typo + 1])")

        let json = try jsonArray(try fixture.pack(["list", "--packs", fixture.at("packs"), "--json"]).stdout)
        let row = try #require(json.first { $0.string("name") == "dk.test.future" })
        #expect(row.string("status") == "error")
        let problem = (row["problems"] as? [[String: Any]])?.first
        #expect(problem?.string("code") == "incompatible-host")
        #expect(problem?.string("field") == "host_api")
    }

    @Test func anUnknownPackOrAMissingFolderIsBadInput() throws {
        let fixture = try PackFixture()
        let unknown = try fixture.pack(["info", "dk.nowhere"])
        #expect(unknown.status == 2)
        #expect(
            unknown.firstErrorLine
                == "pack: der er ingen pakke 'dk.nowhere' på søgestien (findes: dk.tovholder.kip, dk.tovholder.reports, dk.tovholder.screening)"
        )
        let missing = try fixture.pack(["list", "--packs", fixture.at("nope")])
        #expect(missing.status == 2)
        #expect(missing.firstErrorLine == "Mappen '\(fixture.at("nope"))' findes ikke.")
        let english = try fixture.pack(["list", "--packs", fixture.at("nope"), "--lang", "en"])
        #expect(english.firstErrorLine == "The folder '\(fixture.at("nope"))' does not exist.")
    }
}
