// Signatures: valid, wrong key, tampered lock, unsigned where required, unsigned where allowed; and site.toml.
import Foundation
import Testing

@testable import Packs

@Suite struct SignatureTests {
    let folder: TemporaryFolder
    let pack: String
    let vendor = PackSigningKey.generate()

    init() throws {
        folder = try TemporaryFolder()
        pack = try folder.pack("pack", name: "dk.v.kip", version: "1.2.0", files: ["lib/a.lua": "return 1\n"])
        try PackLock.compute(packAt: pack).write(packAt: pack)
    }

    private func verify(_ site: SiteConfiguration) throws -> PackVerification {
        try PackVerifier(site: site).verify(packAt: pack, label: "dk.v.kip 1.2.0", layer: .site)
    }

    private var trusting: SiteConfiguration {
        SiteConfiguration(trustedKeys: ["vendor": vendor.publicKey], requireSigned: true)
    }

    @Test func aValidSignatureByATrustedKey() throws {
        let signature = try PackSigner.sign(packAt: pack, with: vendor)
        #expect(signature.keyID == vendor.publicKey.keyID)
        #expect(signature.keyID.count == 16)
        let verification = try verify(trusting)
        #expect(verification == PackVerification(locked: true, signer: "vendor", keyID: vendor.publicKey.keyID))
        #expect(try PackSignature.read(packAt: pack) == signature)
    }

    @Test func aSignatureByAnUntrustedKey() throws {
        let stranger = PackSigningKey.generate()
        try PackSigner.sign(packAt: pack, with: stranger)
        let error = packError { _ = try verify(trusting) }
        #expect(error?.code == .untrustedKey)
        #expect(
            error?.description
                == "\(pack)/pack.sig: dk.v.kip 1.2.0 is signed with key \(stranger.publicKey.keyID), which site.toml "
                + "does not trust (a vendor's public key goes under [trust] keys)")
    }

    @Test func aTamperedLockIsABadSignature() throws {
        try PackSigner.sign(packAt: pack, with: vendor)
        // Change a file and write a lock that matches it: only the signature can tell.
        try folder.write("pack/lib/a.lua", "return 2\n")
        try PackLock.compute(packAt: pack).write(packAt: pack)
        let error = packError { _ = try verify(trusting) }
        #expect(error?.code == .badSignature)
        #expect(
            error?.description
                == "\(pack)/pack.sig: dk.v.kip 1.2.0: the signature by \"vendor\" (key \(vendor.publicKey.keyID)) "
                + "does not match pack.lock; the lock or the signature was changed after signing")
        // Even where signatures are not required, a trusted key's broken signature is refused.
        let relaxed = SiteConfiguration(trustedKeys: ["vendor": vendor.publicKey])
        #expect(packError { _ = try verify(relaxed) }?.code == .badSignature)
    }

    @Test func aSignedPackWithAChangedFileIsNamed() throws {
        try PackSigner.sign(packAt: pack, with: vendor)
        try folder.write("pack/lib/a.lua", "return 2\n")
        #expect(packError { _ = try verify(trusting) }?.code == .lockChanged)
    }

    @Test func unsignedWhereRequired() throws {
        let error = packError { _ = try verify(trusting) }
        #expect(error?.code == .unsigned)
        #expect(
            error?.description
                == "\(pack): dk.v.kip 1.2.0 is not signed (no pack.sig), and site.toml requires signed packs")
    }

    @Test func unsignedWhereAllowed() throws {
        #expect(try verify(.standard) == PackVerification(locked: true, signer: nil, keyID: nil))
        try FileManager.default.removeItem(atPath: pack + "/pack.lock")
        #expect(try verify(.standard) == PackVerification(locked: false, signer: nil, keyID: nil))
        let lockRequired = packError { _ = try verify(SiteConfiguration(requireLock: true)) }
        #expect(lockRequired?.code == .lockMissing)
        #expect(
            lockRequired?.description == "\(pack): dk.v.kip 1.2.0 has no pack.lock, and site.toml requires locked packs"
        )
    }

    @Test func builtinPacksAreExemptFromTheRequirements() throws {
        try FileManager.default.removeItem(atPath: pack + "/pack.lock")
        let verification = try PackVerifier(site: trusting).verify(
            packAt: pack, label: "dk.v.kip 1.2.0", layer: .builtin)
        #expect(verification.locked == false)
    }

    @Test func signingNeedsAnUpToDateLock() throws {
        try folder.write("pack/lib/b.lua", "new")
        #expect(packError { try PackSigner.sign(packAt: pack, with: vendor) }?.code == .lockAdded)
        try FileManager.default.removeItem(atPath: pack + "/pack.lock")
        #expect(packError { try PackSigner.sign(packAt: pack, with: vendor) }?.code == .lockMissing)
    }

    @Test func keyFilesRoundTripAndAreNeverOverwritten() throws {
        let privatePath = folder.at("vendor.key")
        let publicPath = folder.at("vendor.pub")
        try vendor.write(privateKeyTo: privatePath, publicKeyTo: publicPath)
        let attributes = try FileManager.default.attributesOfItem(atPath: privatePath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try PackSigningKey(contentsOf: privatePath).publicKey == vendor.publicKey)
        #expect(try PackPublicKey(contentsOf: publicPath) == vendor.publicKey)
        #expect(
            packError { try vendor.write(privateKeyTo: privatePath, publicKeyTo: folder.at("other.pub")) }?.code == .io)
        try folder.write("bad.pub", "not base64!")
        #expect(
            packError { _ = try PackPublicKey(contentsOf: folder.at("bad.pub")) }?.description
                == "\(folder.at("bad.pub")): expected an Ed25519 public key as base64 of 32 bytes")
    }

    @Test func readsSiteToml() throws {
        try folder.write(
            "site/site.toml",
            """
            [trust]
            keys = { "vendor" = "\(vendor.publicKey.base64)" }
            require_signed = true
            require_lock = true
            """)
        let site = try SiteConfiguration.read(siteAt: folder.at("site"))
        #expect(
            site == SiteConfiguration(trustedKeys: ["vendor": vendor.publicKey], requireSigned: true, requireLock: true)
        )
        #expect(try SiteConfiguration.read(siteAt: folder.at("nowhere-site")) == .standard)
        #expect(try SiteConfiguration.read(siteAt: nil) == .standard)
    }

    static let siteErrors: [(toml: String, message: String)] = [
        ("[turst]\nrequire_signed = true", #"site.toml: turst: unknown field; did you mean "trust"?"#),
        ("[trust]\nrequire_signed = \"yes\"", #"site.toml: trust.require_signed: expected true or false, got "yes""#),
        (
            "[trust]\nrequire_sign = true",
            #"site.toml: trust.require_sign: unknown field; did you mean "require_signed"?"#
        ),
        (
            "[trust]\nkeys = { vendor = \"abc\" }",
            #"site.toml: trust.keys.vendor: expected an Ed25519 public key as base64 of 32 bytes, got "abc""#
        ),
        (
            "[trust]\nkeys = [\"abc\"]",
            "site.toml: trust.keys: expected a table of key names and base64 Ed25519 public keys, got an array"
        ),
        (
            "[extracts]\npseudonym_key = \"c2hvcnQ=\"",
            "site.toml: extracts.pseudonym_key: expected at least 32 random bytes as base64"
        ),
    ]

    @Test func theExtractsKeyIsReadBesideTheTrust() throws {
        let key = Data(repeating: 7, count: 32).base64EncodedString()
        let site = try SiteConfiguration.parse(
            "[extracts]\npseudonym_key = \"\(key)\"\n[trust]\nrequire_lock = true", file: "site.toml")
        #expect(site.pseudonymKey == Array(repeating: 7, count: 32))
        #expect(site.requireLock)
        #expect(try SiteConfiguration.parse("[extracts]", file: "site.toml").pseudonymKey == nil)
        #expect(packError { _ = try SiteConfiguration.parse("[extracts]\nkey = 1", file: "site.toml") } != nil)
    }

    @Test(arguments: siteErrors)
    func siteTomlErrorsNameTheField(toml: String, message: String) {
        #expect(packError { _ = try SiteConfiguration.parse(toml, file: "site.toml") }?.description == message)
    }
}
