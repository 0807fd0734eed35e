// `pack.sig`: the Ed25519 signature of a pack's lock, and the id of the key that made it.
import Foundation

/// The signature of `pack.lock`'s exact bytes, written to `pack.sig`:
/// ```
/// algorithm = "ed25519"
/// key_id = "1a2b3c4d5e6f7a8b"
/// signature = "<base64>"
/// ```
public struct PackSignature: Hashable, Sendable {
    public static let fileName = "pack.sig"
    public static let algorithm = "ed25519"

    /// ``PackPublicKey/keyID`` of the signing key.
    public let keyID: String
    /// The 64-byte Ed25519 signature.
    public let signature: Data

    public init(keyID: String, signature: Data) {
        self.keyID = keyID
        self.signature = signature
    }

    /// The file's text.
    public var text: String {
        """
        # The Ed25519 signature of pack.lock, written by tovholder pack sign.
        algorithm = "\(Self.algorithm)"
        key_id = "\(keyID)"
        signature = "\(signature.base64EncodedString())"

        """
    }

    /// The signature in `folder`, or nil when the pack has none.
    /// - Throws: ``PackError`` (`.syntax`, `.field` or `.malformedKey`) for a file that does not parse.
    public static func read(packAt folder: String) throws -> PackSignature? {
        let file = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        let toml = try TOMLFields.read(file)
        try toml.rejectUnknownKeys(["algorithm", "key_id", "signature"])
        let algorithm = try toml.string("algorithm", required: true, expected: "\"\(Self.algorithm)\"")!
        guard algorithm == Self.algorithm else {
            throw toml.failure("algorithm", "expected \"\(Self.algorithm)\", got \"\(algorithm)\"")
        }
        let keyID = try toml.string("key_id", required: true, expected: "a key id of 16 hex digits")!
        let text = try toml.string("signature", required: true, expected: "a base64 Ed25519 signature")!
        guard let signature = Data(base64Encoded: text), signature.count == 64 else {
            throw PackError(
                .malformedKey, file: file, field: "signature", "expected a base64 Ed25519 signature (64 bytes)")
        }
        return PackSignature(keyID: keyID, signature: signature)
    }

    /// Writes `pack.sig` into `folder`.
    public func write(packAt folder: String) throws {
        let file = (folder as NSString).appendingPathComponent(Self.fileName)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw PackError(.io, file: file, "cannot be written: \(TOMLFields.reason(error))")
        }
    }
}
