// `site.toml`: the vendor keys a site trusts, and whether it requires packs to be locked and signed.
import Foundation

/// A site's pack policy, from `site.toml` in the site folder:
/// ```toml
/// [trust]
/// keys = { "vendor-name" = "<base64 Ed25519 public key>" }
/// require_signed = true   # every pack outside the product's own must carry a trusted signature
/// require_lock = true     # every pack outside the product's own must carry pack.lock
/// ```
/// Both default to false. Requiring signatures requires locks too (the signature signs the lock).
/// A site that makes pseudonymised extracts keeps their key here too:
/// ```toml
/// [extracts]
/// pseudonym_key = "<base64 of at least 32 random bytes>"   # the same citizen, the same pseudonym
/// ```
/// Unknown fields are refused: a misspelt `[trust]` must not switch checking off.
public struct SiteConfiguration: Hashable, Sendable {
    public static let fileName = "site.toml"

    /// Key names (as `site.toml` gives them) and the keys.
    public let trustedKeys: [String: PackPublicKey]
    public let requireSigned: Bool
    public let requireLock: Bool

    /// The secret key pseudonyms are made with (HMAC-SHA256); nil when the site has none.
    public let pseudonymKey: [UInt8]?

    public init(
        trustedKeys: [String: PackPublicKey] = [:], requireSigned: Bool = false, requireLock: Bool = false,
        pseudonymKey: [UInt8]? = nil
    ) {
        self.trustedKeys = trustedKeys
        self.requireSigned = requireSigned
        self.requireLock = requireLock
        self.pseudonymKey = pseudonymKey
    }

    /// No site folder, or one without `site.toml`: nothing trusted, nothing required.
    public static let standard = SiteConfiguration()

    /// Reads `site.toml` in the site folder `site`; ``standard`` when `site` is nil or has none.
    /// - Throws: ``PackError`` (`.io`, `.syntax` or `.field`).
    public static func read(siteAt site: String?) throws -> SiteConfiguration {
        guard let site else { return .standard }
        let file = (site as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: file) else { return .standard }
        return try read(TOMLFields.read(file))
    }

    /// Reads a configuration from its text; `file` is the name messages give it.
    public static func parse(_ text: String, file: String) throws -> SiteConfiguration {
        try read(TOMLFields.parse(text, file: file))
    }

    private static func read(_ toml: TOMLFields) throws -> SiteConfiguration {
        try toml.rejectUnknownKeys(["trust", "extracts"])
        var pseudonymKey: [UInt8]?
        if let extracts = try toml.subtable("extracts", expected: "a table such as [extracts]") {
            try extracts.rejectUnknownKeys(["pseudonym_key"])
            let expected = "at least 32 random bytes as base64"
            if let text = try extracts.string("pseudonym_key", expected: expected) {
                guard let data = Data(base64Encoded: text), data.count >= 32 else {
                    throw extracts.failure(extracts.fieldPath("pseudonym_key"), "expected \(expected)")
                }
                pseudonymKey = Array(data)
            }
        }
        guard let trust = try toml.subtable("trust", expected: "a table such as [trust]") else {
            return SiteConfiguration(pseudonymKey: pseudonymKey)
        }
        try trust.rejectUnknownKeys(["keys", "require_signed", "require_lock"])
        var keys: [String: PackPublicKey] = [:]
        if let table = try trust.subtable("keys", expected: "a table of key names and base64 Ed25519 public keys") {
            for name in table.table.keys.sorted() {
                let expected = "an Ed25519 public key as base64 of 32 bytes"
                let text = try table.string(name, expected: expected)!
                guard let key = PackPublicKey(base64: text) else {
                    throw table.failure(table.fieldPath(name), "expected \(expected), got \"\(text)\"")
                }
                keys[name] = key
            }
        }
        return SiteConfiguration(
            trustedKeys: keys, requireSigned: try trust.bool("require_signed") ?? false,
            requireLock: try trust.bool("require_lock") ?? false, pseudonymKey: pseudonymKey)
    }
}
