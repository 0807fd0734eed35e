// A vendor's Ed25519 private key for `pack sign`: generating it, and reading and writing its file.
import Crypto
import Foundation

/// The private key a vendor signs packs with. Its file holds the base64 of the 32 raw bytes on
/// one line, readable by its owner only.
public struct PackSigningKey: Sendable {
    /// The 32 raw bytes (kept as bytes: swift-crypto's key types are not `Sendable`).
    private let raw: Data

    init(key: Curve25519.Signing.PrivateKey) {
        raw = key.rawRepresentation
    }

    private var key: Curve25519.Signing.PrivateKey {
        // The bytes came from a valid key, so they make one again.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    /// A new random key.
    public static func generate() -> PackSigningKey {
        PackSigningKey(key: Curve25519.Signing.PrivateKey())
    }

    /// Reads a private key file.
    /// - Throws: ``PackError`` (`.io` or `.malformedKey`).
    public init(contentsOf path: String) throws {
        let text = try KeyFile.read(path).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let data = Data(base64Encoded: text), data.count == 32,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: data)
        else {
            throw PackError(.malformedKey, file: path, "expected an Ed25519 private key as base64 of 32 bytes")
        }
        self.init(key: key)
    }

    /// The key to give sites, for `[trust] keys` in `site.toml`.
    public var publicKey: PackPublicKey { PackPublicKey(key: key.publicKey) }

    /// Writes the private key (mode 0600) and the public key (mode 0644) to new files.
    /// - Throws: ``PackError`` (`.io`) when either file exists already: keys are never overwritten.
    public func write(privateKeyTo privatePath: String, publicKeyTo publicPath: String) throws {
        guard !FileManager.default.fileExists(atPath: publicPath) else {
            throw PackError(.io, file: publicPath, "already exists; a key file is never overwritten")
        }
        try KeyFile.create(privatePath, key.rawRepresentation.base64EncodedString() + "\n", permissions: 0o600)
        try KeyFile.create(publicPath, publicKey.base64 + "\n", permissions: 0o644)
    }

    /// The signature of `data`.
    func signature(of data: Data) throws -> Data {
        try key.signature(for: data)
    }
}
