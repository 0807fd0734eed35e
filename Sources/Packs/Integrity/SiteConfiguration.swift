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
/// Unknown fields are refused: a misspelt `[trust]` must not switch checking off.
public struct SiteConfiguration: Hashable, Sendable {
    public static let fileName = "site.toml"

    /// Key names (as `site.toml` gives them) and the keys.
    public let trustedKeys: [String: PackPublicKey]
    public let requireSigned: Bool
    public let requireLock: Bool

    public init(trustedKeys: [String: PackPublicKey] = [:], requireSigned: Bool = false, requireLock: Bool = false) {
        self.trustedKeys = trustedKeys
        self.requireSigned = requireSigned
        self.requireLock = requireLock
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
        try toml.rejectUnknownKeys(["trust"])
        guard let trust = try toml.subtable("trust", expected: "a table such as [trust]") else { return .standard }
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
            requireLock: try trust.bool("require_lock") ?? false)
    }
}
