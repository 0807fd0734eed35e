// Resolution: host API, dependencies, cycles, the same name twice, conflicting ids, overrides and their chains.
import Core
import Foundation
import Testing

@testable import Packs

@Suite struct ResolutionTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func manifest(_ pack: String) -> String { folder.at(pack) + "/pack.toml" }

    @Test func resolvesTheShippedPacks() throws {
        let packs = try PackSearchPath(folders: [.init(layer: .builtin, path: Paths.plugins)]).discover()
        let set = try PackResolver().resolve(packs)
        let screening = try #require(set.pack(named: "dk.tovholder.screening"))
        #expect(screening.layer == .builtin)
        #expect(screening.requireScope == ["dk.tovholder.screening"])
        #expect(set.entries(.flows).map(\.id).contains("audit"))
        #expect(set.entry(.flows, "audit")?.pack == "dk.tovholder.screening")
        #expect(set.entry(.flows, "audit")?.files.first?.relativePath == "flows/audit.lua")
    }

    @Test func loadOrderPutsDependenciesFirstAndRequireSeesDirectOnes() throws {
        try folder.pack("m/app", name: "dk.k.app", manifest: "[dependencies]\n\"dk.v.kip\" = \"^1.0\"")
        try folder.pack("m/kip", name: "dk.v.kip", version: "1.4.0", manifest: "[dependencies]\n\"dk.v.base\" = \"*\"")
        try folder.pack("m/base", name: "dk.v.base")
        let set = try resolve(discover(in: folder, municipality: ["m"]))
        #expect(set.packs.map(\.name) == ["dk.v.base", "dk.v.kip", "dk.k.app"])
        #expect(set.pack(named: "dk.k.app")?.requireScope == ["dk.k.app", "dk.v.kip"])
        #expect(set.requireScope(of: "dk.v.kip").map(\.name) == ["dk.v.kip", "dk.v.base"])
    }

    @Test func refusesAnIncompatibleHostAPI() throws {
        try folder.pack("m/new", name: "dk.k.new", version: "3.0.0", hostAPI: "^2.1")
        let error = packError { _ = try resolve(discover(in: folder, municipality: ["m"])) }
        #expect(error?.code == .incompatibleHost)
        #expect(
            error?.description
                == "\(manifest("m/new")): host_api: dk.k.new 3.0.0 needs host API ^2.1 (>=2.1.0, <3.0.0), "
                + "but this Tovholder has host API 1.0.0")
    }

    @Test func refusesAMissingDependency() throws {
        try folder.pack("m/app", name: "dk.k.app", manifest: "[dependencies]\n\"dk.v.kip\" = \">=1.2, <2.0\"")
        let error = packError { _ = try resolve(discover(in: folder, municipality: ["m"])) }
        #expect(error?.code == .missingDependency)
        #expect(
            error?.description
                == "\(manifest("m/app")): dependencies.\"dk.v.kip\": dk.k.app 1.0.0 needs dk.v.kip >=1.2, <2.0, "
                + "which is not on the search path")
    }

    @Test func refusesADependencyOutOfRange() throws {
        try folder.pack("m/app", name: "dk.k.app", manifest: "[dependencies]\n\"dk.v.kip\" = \"^2.0\"")
        try folder.pack("m/kip", name: "dk.v.kip", version: "1.3.0")
        let error = packError { _ = try resolve(discover(in: folder, municipality: ["m"])) }
        #expect(error?.code == .dependencyVersion)
        #expect(
            error?.description
                == "\(manifest("m/app")): dependencies.\"dk.v.kip\": dk.k.app 1.0.0 needs dk.v.kip ^2.0 "
                + "(>=2.0.0, <3.0.0), but the search path has 1.3.0 in \(folder.at("m/kip"))")
    }

    @Test func namesADependencyCycle() throws {
        try folder.pack("m/a", name: "dk.k.a", manifest: "[dependencies]\n\"dk.k.b\" = \"*\"")
        try folder.pack("m/b", name: "dk.k.b", manifest: "[dependencies]\n\"dk.k.c\" = \"*\"")
        try folder.pack("m/c", name: "dk.k.c", manifest: "[dependencies]\n\"dk.k.a\" = \"*\"")
        let error = packError { _ = try resolve(discover(in: folder, municipality: ["m"])) }
        #expect(error?.code == .dependencyCycle)
        #expect(error?.description == "packs depend on each other in a cycle: dk.k.a -> dk.k.b -> dk.k.c -> dk.k.a")
    }

    @Test func refusesTheSameNameTwiceInOneLayer() throws {
        try folder.pack("one/x", name: "dk.k.x", version: "1.0.0")
        try folder.pack("two/x", name: "dk.k.x", version: "1.1.0")
        let error = packError { _ = try resolve(discover(in: folder, municipality: ["one", "two"])) }
        #expect(error?.code == .duplicatePack)
        #expect(
            error?.description
                == "\(manifest("two/x")): name: dk.k.x is on the search path twice, 1.0.0 in \(folder.at("one/x")) "
                + "(municipality) and 1.1.0 in \(folder.at("two/x")) (municipality); a name may appear only once "
                + "among the municipality packs")
    }

    @Test func aMunicipalityPackCannotReplaceABuiltinOne() throws {
        try folder.pack("builtin/x", name: "dk.v.x")
        try folder.pack("m/x", name: "dk.v.x", version: "2.0.0")
        let error = packError { _ = try resolve(discover(in: folder, builtin: "builtin", municipality: ["m"])) }
        #expect(error?.code == .duplicatePack)
        #expect(error?.message.contains("a municipality pack cannot replace a built-in pack") == true)
        #expect(error?.message.contains(folder.at("builtin/x")) == true)
        #expect(error?.message.contains(folder.at("m/x")) == true)
    }

    @Test func aSiteCopyReplacesAnOlderOrEqualBuiltinOne() throws {
        try folder.pack(
            "builtin/x", name: "dk.v.x", version: "1.0.0", manifest: "flows = \"flows\"", files: ["flows/a.lua": ""])
        try folder.pack(
            "site/packs/x", name: "dk.v.x", version: "1.0.1", manifest: "flows = \"flows\"", files: ["flows/a.lua": ""])
        let set = try resolve(discover(in: folder, builtin: "builtin", site: "site/packs"))
        let pack = try #require(set.pack(named: "dk.v.x"))
        #expect(pack.folder == folder.at("site/packs/x"))
        #expect(pack.replaces.map(\.folder) == [folder.at("builtin/x")])
        #expect(set.entry(.flows, "a")?.files.first?.path == folder.at("site/packs/x/flows/a.lua"))
    }

    @Test func anOlderSiteCopyIsRefused() throws {
        try folder.pack("builtin/x", name: "dk.v.x", version: "1.1.0")
        try folder.pack("site/packs/x", name: "dk.v.x", version: "1.0.1")
        let error = packError { _ = try resolve(discover(in: folder, builtin: "builtin", site: "site/packs")) }
        #expect(error?.code == .duplicatePack)
        #expect(
            error?.message.hasSuffix(
                "the site copy is older than the built-in one: remove it, or install 1.1.0 or later") == true)
    }

    @Test func refusesTwoPacksProvidingOneIDWithoutAnOverride() throws {
        try folder.pack("builtin/v", name: "dk.v.flows", manifest: "flows = \"flows\"", files: ["flows/audit.lua": ""])
        try folder.pack("m/k", name: "dk.k.flows", manifest: "flows = \"f\"", files: ["f/audit.lua": ""])
        let error = packError { _ = try resolve(discover(in: folder, builtin: "builtin", municipality: ["m"])) }
        #expect(error?.code == .conflictingEntry)
        #expect(
            error?.description
                == "\(manifest("m/k")): flow \"audit\" is provided by both dk.v.flows 1.0.0 (\(folder.at("builtin/v"))) "
                + "and dk.k.flows 1.0.0 (\(folder.at("m/k"))), and neither overrides the other; to use dk.k.flows's, "
                + "add flows = [\"dk.v.flows:audit\"] under [overrides] in its pack.toml")
    }

    @Test func anOverrideChainResolvesToItsLastPack() throws {
        try folder.pack(
            "builtin/a", name: "dk.v.a", manifest: "reports = \"reports\"",
            files: ["reports/summary.lua": "", "reports/summary@1.0.0.lua": "", "reports/other.lua": ""])
        try folder.pack(
            "site/packs/b", name: "dk.v.b",
            manifest: "reports = \"reports\"\n[overrides]\nreports = [\"dk.v.a:summary\"]",
            files: ["reports/summary.lua": ""])
        try folder.pack(
            "m/c", name: "dk.k.c", manifest: "reports = \"reports\"\n[overrides]\nreports = [\"dk.v.b:summary\"]",
            files: ["reports/summary.lua": ""])
        let set = try resolve(discover(in: folder, builtin: "builtin", site: "site/packs", municipality: ["m"]))
        let summary = try #require(set.entry(.reports, "summary"))
        #expect(summary.pack == "dk.k.c")
        #expect(summary.overrides == ["dk.v.b", "dk.v.a"])
        #expect(summary.description == "report summary: dk.k.c (overrides dk.v.b, dk.v.a)")
        #expect(set.entry(.reports, "other")?.pack == "dk.v.a")
        #expect(set.entry(.reports, "other")?.overrides == [])
        #expect(
            set.files(.reports, "summary").map(\.path) == [
                folder.at("m/c/reports/summary.lua"), folder.at("site/packs/b/reports/summary.lua"),
                folder.at("builtin/a/reports/summary@1.0.0.lua"), folder.at("builtin/a/reports/summary.lua"),
            ])
    }

    @Test func twoPacksOverridingTheSameOneStillConflict() throws {
        try folder.pack("builtin/a", name: "dk.v.a", manifest: "flows = \"flows\"", files: ["flows/x.lua": ""])
        try folder.pack(
            "m/b", name: "dk.k.b", manifest: "flows = \"flows\"\n[overrides]\nflows = [\"dk.v.a:x\"]",
            files: ["flows/x.lua": ""])
        try folder.pack(
            "m/c", name: "dk.k.c", manifest: "flows = \"flows\"\n[overrides]\nflows = [\"dk.v.a:x\"]",
            files: ["flows/x.lua": ""])
        let error = packError { _ = try resolve(discover(in: folder, builtin: "builtin", municipality: ["m"])) }
        #expect(error?.code == .conflictingEntry)
        #expect(error?.message.hasPrefix("flow \"x\" is provided by both dk.k.b 1.0.0") == true)
    }

    @Test func refusesAnOverrideOfAnIDThePackDoesNotProvide() throws {
        try folder.pack(
            "builtin/a", name: "dk.v.a", manifest: "flows = \"flows\"",
            files: ["flows/audit.lua": "", "flows/dudit.lua": ""])
        try folder.pack(
            "m/b", name: "dk.k.b", manifest: "flows = \"flows\"\n[overrides]\nflows = [\"dk.v.a:audti\"]",
            files: ["flows/audti.lua": ""])
        let error = packError { _ = try resolve(discover(in: folder, builtin: "builtin", municipality: ["m"])) }
        #expect(error?.code == .unknownOverride)
        #expect(
            error?.description
                == "\(manifest("m/b")): overrides.flows[1]: dk.k.b 1.0.0 overrides flow dk.v.a:audti, "
                + "but dk.v.a 1.0.0 has no flow \"audti\" (its flows: audit, dudit)")
    }

    @Test func refusesAnOverrideOfAMissingPackOrWithoutAReplacement() throws {
        try folder.pack(
            "m/b", name: "dk.k.b", manifest: "flows = \"flows\"\n[overrides]\nflows = [\"dk.v.gone:audit\"]",
            files: ["flows/audit.lua": ""])
        let missing = packError { _ = try resolve(discover(in: folder, municipality: ["m"])) }
        #expect(
            missing?.message == "dk.k.b 1.0.0 overrides flow dk.v.gone:audit, but dk.v.gone is not on the search path")

        let other = try TemporaryFolder()
        try other.pack("builtin/a", name: "dk.v.a", manifest: "flows = \"flows\"", files: ["flows/audit.lua": ""])
        try other.pack(
            "m/b", name: "dk.k.b", manifest: "flows = \"flows\"\n[overrides]\nflows = [\"dk.v.a:audit\"]",
            files: ["flows/x.lua": ""])
        let empty = packError { _ = try resolve(discover(in: other, builtin: "builtin", municipality: ["m"])) }
        #expect(
            empty?.message
                == "dk.k.b 1.0.0 overrides flow dk.v.a:audit, but has no flow \"audit\" itself (expected flows/audit.lua)"
        )
    }

    @Test func refusesBadlyNamedEntryFilesAndMissingFolders() throws {
        try folder.pack(
            "m/a", name: "dk.k.a", manifest: "flows = \"flows\"",
            files: ["flows/Audit Test.lua": "", "flows/notes.md": ""])
        let badName = packError { _ = try resolve(discover(in: folder, municipality: ["m"])) }
        #expect(badName?.code == .entryFile)
        #expect(badName?.file == folder.at("m/a/flows/Audit Test.lua"))

        let other = try TemporaryFolder()
        try other.pack("m/a", name: "dk.k.a", manifest: "workflows = \"workflows\"")
        let missing = packError { _ = try resolve(discover(in: other, municipality: ["m"])) }
        #expect(
            missing?.description
                == "\(other.at("m/a/pack.toml")): workflows: the folder \"workflows\" is not in \(other.at("m/a"))")
    }

    @Test func problemsListsEveryOne() throws {
        try folder.pack("m/a", name: "dk.k.a", hostAPI: "^2.0", manifest: "[dependencies]\n\"dk.k.gone\" = \"*\"")
        let problems = PackResolver(hostAPI: SemanticVersion(1, 0, 0)).problems(
            try discover(in: folder, municipality: ["m"]))
        #expect(problems.map(\.code) == [.incompatibleHost, .missingDependency])
    }
}
