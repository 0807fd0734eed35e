// `pack install`: into the site where `screen list` sees it, replacing explicitly, refusing a pack that would not resolve, and from a .tar.gz.
import Foundation
import Testing

@Suite struct PackInstallTests {
    @Test func anInstalledPackIsSeenByScreenList() throws {
        let fixture = try PackFixture()
        let site = try fixture.makeSite("site")
        let pack = try fixture.makePack("download/kort", name: "dk.vendor.kort", flows: ["kort"])
        #expect(try fixture.pack(["lock", pack]).status == 0)
        let result = try fixture.pack(["install", pack, "--site", site])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.outputLines.first == "Installerede dk.vendor.kort 1.0.0 i \(site)/packs/dk.vendor.kort.")
        #expect(result.outputLines.last == "Kontrolleret: pack.lock passer, ikke signeret.")
        #expect(fixture.exists("site/packs/dk.vendor.kort/flows/kort.lua"))
        #expect(fixture.exists("site/packs/dk.vendor.kort/pack.lock"))

        let listed = try fixture.run(["screen", "list", "--site", site])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("[dk.vendor.kort 1.0.0]"), "\(listed.stdout)")
        let packs = try fixture.pack(["list", "--site", site])
        #expect(packs.outputLines.contains { $0.hasPrefix("dk.vendor.kort ") && $0.contains(" site ") })

        let again = try fixture.pack(["install", pack, "--site", site])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            again.outputLines.first
                == "dk.vendor.kort 1.0.0 er allerede installeret i \(site)/packs/dk.vendor.kort; intet er ændret.")
    }

    @Test func anotherVersionReplacesTheInstalledOneOnlyWhenAskedTo() throws {
        let fixture = try PackFixture()
        let site = try fixture.makeSite("site")
        let first = try fixture.makePack("v1", name: "dk.vendor.kort", flows: ["kort"])
        let second = try fixture.makePack("v2", name: "dk.vendor.kort", version: "1.1.0", flows: ["kort"])
        #expect(try fixture.pack(["install", first, "--site", site]).status == 0)
        let refused = try fixture.pack(["install", second, "--site", site])
        #expect(refused.status == 2)
        #expect(
            refused.firstErrorLine
                == "\(site)/packs/dk.vendor.kort har allerede version 1.0.0; brug --replace for at erstatte den med dk.vendor.kort 1.1.0."
        )
        let replaced = try fixture.pack(["install", second, "--site", site, "--replace", "--lang", "en"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(
            replaced.outputLines.first
                == "Replaced version 1.0.0 with dk.vendor.kort 1.1.0 in \(site)/packs/dk.vendor.kort.")
    }

    @Test func aPackWhoseHostAPIExcludesThisHostIsRefusedAndNothingIsWritten() throws {
        let fixture = try PackFixture()
        let site = try fixture.makeSite("site")
        let pack = try fixture.makePack("future", name: "dk.vendor.future", hostAPI: ">=2.0, <3.0", flows: ["kort"])
        let result = try fixture.pack(["install", pack, "--site", site])
        #expect(result.status == 1)
        #expect(result.firstErrorLine.hasPrefix("dk.vendor.future 1.0.0 installeres ikke"), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "\(pack)/pack.toml: host_api: dk.vendor.future 1.0.0 needs host API >=2.0, <3.0, but this Tovholder has host API 1.0.0"
            ), "\(result.stderr)")
        #expect(result.stdout == "")
        #expect(!fixture.exists("site/packs"))
        let listing = try FileManager.default.contentsOfDirectory(atPath: site)
        #expect(listing == ["site.toml"])
    }

    @Test func aPackWhoseFlowDoesNotLoadIsRefusedAndNothingIsWritten() throws {
        let fixture = try PackFixture()
        let site = try fixture.makeSite("site")
        let pack = try fixture.makePack(
            "broken", name: "dk.vendor.broken", flows: ["kort"], files: ["flows/halv.lua": "return 1\n"])
        let result = try fixture.pack(["install", pack, "--site", site])
        #expect(result.status == 1)
        #expect(
            result.firstErrorLine.hasPrefix("dk.vendor.broken 1.0.0 installeres ikke: pakken har fejl"),
            "\(result.stderr)")
        #expect(result.stderr.contains("\(pack)/flows/halv.lua"), "\(result.stderr)")
        #expect(!fixture.exists("site/packs/dk.vendor.broken"))
    }

    @Test func aPackProvidingAShippedFlowWithoutOverridingItIsRefused() throws {
        let fixture = try PackFixture()
        let municipality = try fixture.folder.write("kommune/.keep", "")
        let pack = try fixture.makePack(
            "audit", name: "dk.vendor.audit", files: ["flows/audit.lua": PackFixture.flow("audit", version: "2.0.0")])
        let into = (municipality as NSString).deletingLastPathComponent
        let result = try fixture.pack(["install", pack, "--into", into])
        #expect(result.status == 1)
        #expect(result.stderr.contains("flow \"audit\" is provided by both dk.tovholder.screening"), "\(result.stderr)")
        #expect(!fixture.exists("kommune/dk.vendor.audit"))
    }

    @Test func installIntoTheSiteNeedsASite() throws {
        let fixture = try PackFixture()
        let pack = try fixture.makePack("kort", name: "dk.vendor.kort", flows: ["kort"])
        let result = try fixture.pack(["install", pack])
        #expect(result.status == 2)
        #expect(result.firstErrorLine.hasPrefix("Angiv site-mappen med --site"))
        let folder = try fixture.pack(["install", pack, "--into", fixture.at("kommune")])
        #expect(folder.status == 2)
        #expect(folder.firstErrorLine == "Mappen '\(fixture.at("kommune"))' findes ikke.")
    }

    @Test func anArchiveOfALockedPackInstallsAsItsFolderWouldAndLeavesNoTemporaryFolder() throws {
        let fixture = try PackFixture()
        let site = try fixture.makeSite("site")
        let pack = try fixture.makePack("download/kort", name: "dk.vendor.kort", flows: ["kort"])
        #expect(try fixture.pack(["lock", pack]).status == 0)
        let archive = try tar(["-czf", fixture.at("kort.tar.gz"), "-C", fixture.at("download"), "kort"])
        let result = try install(fixture, [archive, "--site", site])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.outputLines.first == "Installerede dk.vendor.kort 1.0.0 i \(site)/packs/dk.vendor.kort.")
        #expect(result.outputLines.last == "Kontrolleret: pack.lock passer, ikke signeret.")
        #expect(fixture.exists("site/packs/dk.vendor.kort/flows/kort.lua"))
        #expect(fixture.exists("site/packs/dk.vendor.kort/pack.lock"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.at("tmp")) == [])

        // pack.toml at the archive's top works too; the same pack again changes nothing.
        let flat = try tar(["-czf", fixture.at("kort.tgz"), "-C", pack, "."])
        let again = try install(fixture, [flat, "--site", site])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            again.outputLines.first
                == "dk.vendor.kort 1.0.0 er allerede installeret i \(site)/packs/dk.vendor.kort; intet er ændret.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.at("tmp")) == [])
    }

    @Test func anArchiveHoldingASymbolicLinkIsRefusedAndNothingIsInstalled() throws {
        let fixture = try PackFixture()
        let site = try fixture.makeSite("site")
        let pack = try fixture.makePack("download/kort", name: "dk.vendor.kort", flows: ["kort"])
        try FileManager.default.createSymbolicLink(
            atPath: pack + "/flows/passwd.lua", withDestinationPath: "/etc/passwd")
        let archive = try tar(["-czf", fixture.at("kort.tar.gz"), "-C", fixture.at("download"), "kort"])
        let result = try install(fixture, [archive, "--site", site])
        #expect(result.status == 2)
        #expect(
            result.firstErrorLine
                == "Arkivet \(archive) installeres ikke: kort/flows/passwd.lua er et symbolsk link; "
                + "en pakke må kun indeholde almindelige filer og mapper.")
        #expect(result.stdout == "")
        #expect(!fixture.exists("site/packs"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.at("tmp")) == [])
        let english = try install(fixture, [archive, "--site", site, "--lang", "en"])
        #expect(english.status == 2)
        #expect(
            english.firstErrorLine
                == "The archive \(archive) is not installed: kort/flows/passwd.lua is a symbolic link; "
                + "a pack may hold only regular files and folders.")
    }

    @Test func anArchiveWithTwoPacksIsRefused() throws {
        let fixture = try PackFixture()
        let site = try fixture.makeSite("site")
        try fixture.makePack("two/kort", name: "dk.vendor.kort", flows: ["kort"])
        try fixture.makePack("two/lang", name: "dk.vendor.lang", flows: ["lang"])
        let archive = try tar(["-czf", fixture.at("two.tgz"), "-C", fixture.at("two"), "kort", "lang"])
        let result = try install(fixture, [archive, "--site", site])
        #expect(result.status == 2)
        #expect(
            result.firstErrorLine
                == "Arkivet \(archive) installeres ikke: det indeholder 2 pakker (kort, lang); "
                + "et arkiv skal indeholde præcis én.")
        #expect(result.stdout == "")
        #expect(!fixture.exists("site/packs"))
    }

    /// Runs `tar ARGUMENTS` and returns the archive it made (the argument after `-czf`).
    private func tar(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tar"] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return arguments[1]
    }

    /// Runs `tovholder pack install ARGUMENTS` with its own empty TMPDIR (the fixture's `tmp`),
    /// so that a test can see the unpacked archive was removed.
    private func install(_ fixture: PackFixture, _ arguments: [String]) throws -> CLIResult {
        try FileManager.default.createDirectory(atPath: fixture.at("tmp"), withIntermediateDirectories: true)
        return try CLI.run(
            ["pack", "install"] + arguments, in: fixture.folder.path,
            environment: [
                "TOVHOLDER_LANG": "da", "TOVHOLDER_SITE": "", "TOVHOLDER_PACKS": "", "TMPDIR": fixture.at("tmp"),
            ])
    }
}
