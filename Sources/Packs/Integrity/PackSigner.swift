// Signing a pack's lock with a vendor key, and checking a signature against the keys a site trusts.
import Foundation

/// Ed25519 signatures of `pack.lock` (through swift-crypto). Signing the lock signs every file,
/// `pack.toml` included, since the lock holds their digests.
public enum PackSigner {
    /// Signs the lock of the pack in `folder` and writes `pack.sig`. The lock must exist and match
    /// the files, so that a vendor never signs a stale lock.
    /// - Throws: ``PackError``: no lock (`.lockMissing`), files that do not match it, or I/O.
    @discardableResult
    public static func sign(packAt folder: String, with key: PackSigningKey) throws -> PackSignature {
        let (lock, bytes) = try lockBytes(packAt: folder)
        guard let lock else {
            throw PackError(.lockMissing, file: folder, "has no pack.lock to sign; write the lock first")
        }
        try lock.verify(packAt: folder)
        let signature = PackSignature(keyID: key.publicKey.keyID, signature: try key.signature(of: bytes))
        try signature.write(packAt: folder)
        return signature
    }

    /// The name (in `trusted`) of the key whose valid signature the pack in `folder` carries; nil
    /// when the pack has no `pack.sig`, or is signed by a key `trusted` does not hold.
    /// `label` names the pack in messages (`dk.vendor.kip 1.2.0`).
    /// - Throws: ``PackError`` `.badSignature` when a trusted key's signature does not match the lock
    ///   (the lock or `pack.sig` changed after signing); `.lockMissing` for a signature without a lock.
    public static func signer(
        packAt folder: String, label: String, trusting trusted: [String: PackPublicKey]
    ) throws -> (name: String, keyID: String)? {
        guard let signature = try PackSignature.read(packAt: folder) else { return nil }
        let (lock, bytes) = try lockBytes(packAt: folder)
        guard lock != nil else {
            throw PackError(.lockMissing, file: folder, "\(label) has pack.sig but no pack.lock for it to sign")
        }
        let candidates = trusted.filter { $0.value.keyID == signature.keyID }.sorted { $0.key < $1.key }
        guard !candidates.isEmpty else { return nil }
        for (name, key) in candidates where key.isValidSignature(signature.signature, of: bytes) {
            return (name, signature.keyID)
        }
        throw PackError(
            .badSignature, file: (folder as NSString).appendingPathComponent(PackSignature.fileName),
            "\(label): the signature by \"\(candidates[0].key)\" (key \(signature.keyID)) does not match pack.lock; "
                + "the lock or the signature was changed after signing")
    }

    /// The lock and its exact bytes (what is signed); nil lock when there is none.
    private static func lockBytes(packAt folder: String) throws -> (PackLock?, Data) {
        let file = (folder as NSString).appendingPathComponent(PackLock.fileName)
        guard FileManager.default.fileExists(atPath: file) else { return (nil, Data()) }
        guard let bytes = FileManager.default.contents(atPath: file) else {
            throw PackError(.io, file: file, "cannot be read")
        }
        return (try PackLock(parsing: bytes, file: file), bytes)
    }
}
