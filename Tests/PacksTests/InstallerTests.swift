// Installing: a verified copy lands in place, and a refused install leaves the destination as it was.
import Core
import Foundation
import Testing

@testable import Packs

@Suite struct InstallerTests {
    let folder: TemporaryFolder
    let vendor = PackSigningKey.generate()
    var packs: String { folder.at("site/packs") }

    init() throws { folder = try TemporaryFolder() }

    /// A signed pack in `download/<version>`.
    private func release(_ version: String, extra: [String: String] = [:]) throws -> String {
        let pack = try folder.pack(
            "download/\(version)", name: "dk.v.kip", version: version, manifest: "flows = \"flows\"",
            files: ["flows/kip.lua": "return '\(version)'\n"].merging(extra) { $1 })
        try PackLock.compute(packAt: pack).write(packAt: pack)
        try PackSigner.sign(packAt: pack, with: vendor)
        return pack
    }

    private var site: SiteConfiguration {
        SiteConfiguration(trustedKeys: ["vendor": vendor.publicKey], requireSigned: true)
    }

    /// Every file under `path`, relative, with its text.
    private func snapshot(_ path: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in FileManager.default.subpaths(atPath: path) ?? [] {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder)
            if !isFolder.boolValue { files[name] = try String(contentsOfFile: path + "/" + name, encoding: .utf8) }
        }
        return files
    }

    @Test func installsAVerifiedCopy() throws {
        let source = try release("1.0.0")
        try folder.write("download/1.0.0/.git/HEAD", "not part of the pack")
        let outcome = try PackInstaller(site: site).install(packAt: source, into: packs)
        #expect(outcome.action == .installed)
        #expect(outcome.folder == packs + "/dk.v.kip")
        #expect(outcome.verification.signer == "vendor")
        #expect(try snapshot(outcome.folder).keys.sorted() == ["flows/kip.lua", "pack.lock", "pack.sig", "pack.toml"])
        // The installed copy verifies, and discovery finds it in the site layer.
        _ = try PackVerifier(site: site).verify(packAt: outcome.folder, label: "dk.v.kip 1.0.0", layer: .site)
        let found = try PackSearchPath(folders: [.init(layer: .site, path: packs)]).discover()
        #expect(found.map(\.description) == ["dk.v.kip 1.0.0 (\(packs)/dk.v.kip)"])
        // Installing the same again changes nothing.
        #expect(try PackInstaller(site: site).install(packAt: source, into: packs).action == .unchanged)
    }

    @Test func refusesAnotherVersionUnlessAskedAndLeavesTheDestinationAsItWas() throws {
        try PackInstaller(site: site).install(packAt: try release("1.0.0"), into: packs)
        let before = try snapshot(packs)
        let newer = try release("1.1.0")
        let error = packError { try PackInstaller(site: site).install(packAt: newer, into: packs) }
        #expect(error?.code == .alreadyInstalled)
        #expect(
            error?.description
                == "\(packs)/dk.v.kip: already holds version 1.0.0; replace it explicitly to install dk.v.kip 1.1.0")
        #expect(try snapshot(packs) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: packs) == ["dk.v.kip"])

        let outcome = try PackInstaller(site: site).install(packAt: newer, into: packs, replace: true)
        #expect(outcome.action == .replaced(previous: SemanticVersion(1, 0, 0)))
        #expect(try snapshot(packs)["dk.v.kip/flows/kip.lua"] == "return '1.1.0'\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: packs) == ["dk.v.kip"])
    }

    @Test func aTamperedPackIsRefusedAndNothingIsWritten() throws {
        try PackInstaller(site: site).install(packAt: try release("1.0.0"), into: packs)
        let before = try snapshot(packs)
        let tampered = try release("1.1.0")
        try folder.write("download/1.1.0/flows/kip.lua", "os.execute('rm -rf /')\n")
        let error = packError { try PackInstaller(site: site).install(packAt: tampered, into: packs, replace: true) }
        #expect(error?.code == .lockChanged)
        #expect(error?.file == tampered + "/flows/kip.lua")
        #expect(try snapshot(packs) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: packs) == ["dk.v.kip"])
    }

    @Test func anUnsignedPackIsRefusedWhereTheSiteRequiresSignatures() throws {
        let pack = try folder.pack("download/raw", name: "dk.v.raw", files: ["lib/a.lua": ""])
        let error = packError { try PackInstaller(site: site).install(packAt: pack, into: packs) }
        #expect(error?.code == .unsigned)
        #expect(!FileManager.default.fileExists(atPath: packs + "/dk.v.raw"))
        // Where the site does not require it, the unlocked pack's files are copied as they are.
        let outcome = try PackInstaller(site: .standard).install(packAt: pack, into: packs)
        #expect(outcome.verification.locked == false)
        #expect(try snapshot(outcome.folder).keys.sorted() == ["lib/a.lua", "pack.toml"])
    }
}
