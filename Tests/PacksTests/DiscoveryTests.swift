// Discovery: layers in order, a folder that is a pack or holds packs, the environment, and missing folders.
import Core
import Foundation
import Testing

@testable import Packs

@Suite struct DiscoveryTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func findsPacksLayerByLayer() throws {
        try folder.pack("builtin/one", name: "dk.v.one")
        try folder.pack("site/packs/two", name: "dk.v.two")
        try folder.pack("site/packs/.dk.v.three.install-x", name: "dk.v.three")
        try folder.pack("kommune", name: "dk.k.own")
        try folder.pack("more/b", name: "dk.k.b")
        try folder.pack("more/a", name: "dk.k.a")
        try folder.write("more/notes/readme.txt", "not a pack")
        let path = PackSearchPath.standard(
            site: folder.at("site"), packs: [folder.at("more")], builtin: folder.at("builtin"),
            environment: [PackSearchPath.packsVariable: folder.at("kommune") + ":"])
        #expect(path.site == folder.at("site"))
        let packs = try path.discover()
        #expect(packs.map(\.name) == ["dk.v.one", "dk.v.two", "dk.k.own", "dk.k.a", "dk.k.b"])
        #expect(packs.map(\.layer) == [.builtin, .site, .municipality, .municipality, .municipality])
        #expect(packs[1].folder == folder.at("site/packs/two"))
        #expect(packs[2].location.manifestPath == folder.at("kommune/pack.toml"))
    }

    @Test func theEnvironmentNamesTheSiteAndTheBuiltinPacks() throws {
        try folder.pack("shipped/x", name: "dk.v.x")
        try folder.write("site/site.toml", "")
        let path = PackSearchPath.standard(environment: [
            BuiltinPacks.environmentVariable: folder.at("shipped"), PackSearchPath.siteVariable: folder.at("site"),
        ])
        #expect(
            path.folders == [
                .init(layer: .builtin, path: folder.at("shipped")), .init(layer: .site, path: folder.at("site/packs")),
            ])
        // A site without packs/ yet is fine.
        #expect(try path.discover().map(\.name) == ["dk.v.x"])
    }

    @Test func aFolderNamedTwiceIsSearchedOnce() throws {
        try folder.pack("k/a", name: "dk.k.a")
        let path = PackSearchPath.standard(
            packs: [folder.at("k") + "/"], builtin: folder.at("none-builtin"),
            environment: [PackSearchPath.packsVariable: folder.at("k")])
        let packs = try PackSearchPath(folders: path.folders.filter { $0.layer == .municipality }).discover()
        #expect(packs.map(\.name) == ["dk.k.a"])
    }

    @Test func missingFoldersAreNamed() throws {
        let error = packError {
            _ = try PackSearchPath(folders: [.init(layer: .municipality, path: folder.at("nowhere"))]).discover()
        }
        #expect(error?.description == "\(folder.at("nowhere")): no such pack folder (municipality packs)")
        let site = packError { _ = try PackSearchPath(folders: [], site: folder.at("no-site")).discover() }
        #expect(site?.description == "\(folder.at("no-site")): no such site folder")
    }

    @Test func aBrokenManifestStopsDiscoveryWithItsName() throws {
        try folder.write("k/a/pack.toml", "name = \"dk.k.a\"\nversion = \"1\"")
        let error = packError { _ = try discover(in: folder, municipality: ["k"]) }
        #expect(error?.file == folder.at("k/a/pack.toml"))
        #expect(error?.field == "version")
    }
}
