// A vendor's Ed25519 public key: as site.toml and key files write it, and its key id.
import Crypto
import Foundation

/// The public half of a signing key: what a site trusts. Written as the base64 of its 32 raw
/// bytes, in `site.toml` and in the `.pub` file ``PackSigningKey/write(privateKeyTo:publicKeyTo:)`` writes.
public struct PackPublicKey: Hashable, Sendable, CustomStringConvertible {
    /// The 32 raw bytes (kept as bytes: swift-crypto's key types are not `Sendable`).
    let raw: Data

    init(key: Curve25519.Signing.PublicKey) {
        raw = key.rawRepresentation
    }

    /// The key from its base64 text; nil when the text is not 32 bytes of base64.
    public init?(base64: String) {
        guard let data = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)),
            data.count == 32, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: data)
        else { return nil }
        self.init(key: key)
    }

    /// Reads a public key file (one line of base64).
    /// - Throws: ``PackError`` (`.io` or `.malformedKey`).
    public init(contentsOf path: String) throws {
        let text = try KeyFile.read(path)
        guard let key = PackPublicKey(base64: text) else {
            throw PackError(.malformedKey, file: path, "expected an Ed25519 public key as base64 of 32 bytes")
        }
        self = key
    }

    /// The base64 of the 32 raw bytes.
    public var base64: String { raw.base64EncodedString() }

    /// The first 8 bytes of the SHA-256 of the raw key, as 16 hex digits: names the key in
    /// `pack.sig` and in messages.
    public var keyID: String { FileDigest.hex(SHA256.hash(data: raw).prefix(8)) }

    /// Whether `signature` is this key's signature of `data`.
    public func isValidSignature(_ signature: Data, of data: Data) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: data)
    }

    public var description: String { keyID }
}

/// Reading and writing the one-line key files.
enum KeyFile {
    static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PackError(.io, file: path, "cannot be read: \(TOMLFields.reason(error))")
        }
    }

    /// Writes `text` to a new file with `permissions`; refuses to overwrite an existing file.
    static func create(_ path: String, _ text: String, permissions: Int) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw PackError(.io, file: path, "already exists; a key file is never overwritten")
        }
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: permissions])
        else {
            throw PackError(.io, file: path, "cannot be written")
        }
    }
}
