// `pack lock`, `keygen`, `sign` and `verify`: tampering named by file, trusted and untrusted keys, required signatures.
import Foundation
import Testing

@Suite struct PackSigningTests {
    @Test(arguments: ["changed", "added", "removed"])
    func verifyNamesTheFileThatNoLongerMatchesTheLock(tampering: String) throws {
        let fixture = try PackFixture()
        let pack = try fixture.makePack("kort", name: "dk.vendor.kort", flows: ["kort", "mere"])
        let locked = try fixture.pack(["lock", pack])
        #expect(locked.status == 0, "\(locked.stderr)")
        #expect(locked.stdout == "Skrev \(pack)/pack.lock: 3 filer.\n")
        let clean = try fixture.pack(["verify", pack])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.outputLines.last == "dk.vendor.kort 1.0.0 er i orden.")

        let file: String
        switch tampering {
        case "changed":
            file = "flows/kort.lua"
            var bytes = try Data(contentsOf: URL(fileURLWithPath: "\(pack)/\(file)"))
            bytes[bytes.startIndex + 10] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: "\(pack)/\(file)"))
        case "added":
            file = "flows/extra.lua"
            try fixture.folder.write("kort/\(file)", PackFixture.flow("extra"))
        default:
            file = "flows/mere.lua"
            try FileManager.default.removeItem(atPath: "\(pack)/\(file)")
        }
        let result = try fixture.pack(["verify", pack])
        #expect(result.status == 1)
        let failures = result.outputLines.filter { $0.hasPrefix("fejl") }
        #expect(failures.count == 1, "\(result.stdout)")
        #expect(failures.first?.contains("\(pack)/\(file): ") == true, "\(result.stdout)")
        #expect(result.firstErrorLine == "dk.vendor.kort 1.0.0 er afvist: 1 fejl.")
    }

    @Test func aPackSignedWithATrustedKeyVerifies() throws {
        let fixture = try PackFixture()
        let key = try fixture.keygen("keys/vendor")
        let mode = try FileManager.default.attributesOfItem(atPath: key.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let pack = try fixture.makePack("kort", name: "dk.vendor.kort", flows: ["kort"])
        let signed = try fixture.pack(["sign", pack, "--key", key.path])
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.outputLines.first == "Skrev \(pack)/pack.lock: 2 filer.", "no lock yet: sign locks first")
        #expect(signed.outputLines.last?.hasPrefix("Signerede dk.vendor.kort 1.0.0 med nøgle ") == true)
        let site = try fixture.makeSite("site", keys: ["vendor": key.publicKey], requireSigned: true)
        let result = try fixture.pack(["verify", pack, "--site", site])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pack.sig: signeret af \"vendor\""), "\(result.stdout)")
        #expect(result.stdout.contains("pack.lock passer (2 filer)"))
    }

    @Test func keygenPrintsTheKeyIdAndTheLineForSiteToml() throws {
        let fixture = try PackFixture()
        let result = try fixture.pack(["keygen", "--out", fixture.at("acme.key")])
        #expect(result.status == 0, "\(result.stderr)")
        let publicKey = try String(contentsOfFile: fixture.at("acme.key.pub"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.outputLines.last == "\"acme\" = \"\(publicKey)\"")
        #expect(
            result.outputLines.contains {
                $0.range(of: #"^Nøgle-id: [0-9a-f]{16}$"#, options: .regularExpression) != nil
            })
        let again = try fixture.pack(["keygen", "--out", fixture.at("acme.key")])
        #expect(again.status == 2)
        #expect(again.firstErrorLine == "'\(fixture.at("acme.key"))' findes allerede; en nøglefil overskrives aldrig.")
    }

    @Test func aSignatureByAnUntrustedKeyIsRefusedWhereSignaturesAreRequired() throws {
        let fixture = try PackFixture()
        let trusted = try fixture.keygen("keys/trusted")
        let other = try fixture.keygen("keys/other")
        let pack = try fixture.makePack("kort", name: "dk.vendor.kort", flows: ["kort"])
        #expect(try fixture.pack(["sign", pack, "--key", other.path]).status == 0)
        let site = try fixture.makeSite("site", keys: ["vendor": trusted.publicKey], requireSigned: true)
        let result = try fixture.pack(["verify", pack, "--site", site])
        #expect(result.status == 1)
        #expect(result.stdout.contains("which site.toml does not trust"), "\(result.stdout)")
        let install = try fixture.pack(["install", pack, "--site", site])
        #expect(install.status == 1)
        #expect(!fixture.exists("site/packs/dk.vendor.kort"))
    }

    @Test func anUnsignedPackIsRefusedWhereSignaturesAreRequired() throws {
        let fixture = try PackFixture()
        let pack = try fixture.makePack("kort", name: "dk.vendor.kort", flows: ["kort"])
        #expect(try fixture.pack(["lock", pack]).status == 0)
        let site = try fixture.makeSite("site", requireSigned: true)
        let result = try fixture.pack(["verify", pack, "--site", site])
        #expect(result.status == 1)
        #expect(result.stdout.contains("is not signed (no pack.sig), and site.toml requires signed packs"))
        let install = try fixture.pack(["install", pack, "--site", site])
        #expect(install.status == 1)
        #expect(install.firstErrorLine.contains("is not signed"))
        #expect(!fixture.exists("site/packs"))
    }

    @Test func signRefusesAStaleLockUnlessToldToRelock() throws {
        let fixture = try PackFixture()
        let key = try fixture.keygen("vendor.key")
        let pack = try fixture.makePack("kort", name: "dk.vendor.kort", flows: ["kort"])
        #expect(try fixture.pack(["lock", pack]).status == 0)
        try fixture.folder.write("kort/flows/kort.lua", PackFixture.flow("kort", version: "1.0.1"))
        let refused = try fixture.pack(["sign", pack, "--key", key.path])
        #expect(refused.status == 1)
        #expect(refused.firstErrorLine.contains("--relock"))
        #expect(refused.stderr.contains("\(pack)/flows/kort.lua: changed since pack.lock was written"))
        #expect(!fixture.exists("kort/pack.sig"))
        let relocked = try fixture.pack(["sign", pack, "--key", key.path, "--relock"])
        #expect(relocked.status == 0, "\(relocked.stderr)")
        #expect(fixture.exists("kort/pack.sig"))
        let missing = try fixture.pack(["sign", pack, "--key", fixture.at("nokey")])
        #expect(missing.status == 2)
        #expect(missing.firstErrorLine == "Filen '\(fixture.at("nokey"))' findes ikke.")
    }

    @Test func lockOfAFolderThatIsNotAPackIsBadInput() throws {
        let fixture = try PackFixture()
        try fixture.folder.write("empty/readme.txt", "")
        let result = try fixture.pack(["lock", fixture.at("empty")])
        #expect(result.status == 2)
        #expect(result.firstErrorLine == "'\(fixture.at("empty"))' er ikke en pakke: der er ingen pack.toml i mappen.")
        let missing = try fixture.pack(["verify", fixture.at("nowhere")])
        #expect(missing.status == 2)
        #expect(missing.firstErrorLine == "Mappen '\(fixture.at("nowhere"))' findes ikke.")
    }
}
