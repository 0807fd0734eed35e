// Checking a pack against its lock and signature under a site's policy.
import Foundation

/// What verifying a pack found.
public struct PackVerification: Hashable, Sendable {
    /// Whether the pack has a lock (and its files matched it).
    public let locked: Bool
    /// The trusted key's name and id when the pack carries a valid signature by a trusted key.
    public let signer: String?
    public let keyID: String?
}

/// Verifies packs under a ``SiteConfiguration``:
/// - a pack with `pack.sig` signed by a trusted key must verify (else `.badSignature`); a
///   signature by a key the site does not trust counts as no signature;
/// - the signature is checked before the files, so a changed lock reads as a bad signature;
/// - a pack with `pack.lock` must match it, whatever the policy;
/// - `require_signed` refuses a pack without a trusted signature (`.unsigned`, `.untrustedKey`);
///   `require_lock` (and `require_signed`) refuse a pack without a lock (`.lockMissing`).
/// The product's own packs (``PackLayer/builtin``) are exempt from the two requirements (they come
/// with the product), but a lock they carry is still checked.
public struct PackVerifier: Sendable {
    public let site: SiteConfiguration

    public init(site: SiteConfiguration) {
        self.site = site
    }

    /// Verifies a discovered pack under the policy for its layer.
    public func verify(_ pack: DiscoveredPack) throws -> PackVerification {
        try verify(packAt: pack.folder, label: pack.manifest.label, layer: pack.layer)
    }

    /// Verifies the pack in `folder`; `label` names it in messages (`dk.vendor.kip 1.2.0`).
    /// - Throws: ``PackError`` for the first problem.
    public func verify(packAt folder: String, label: String, layer: PackLayer) throws -> PackVerification {
        let required = layer != .builtin
        let signer = try PackSigner.signer(packAt: folder, label: label, trusting: site.trustedKeys)
        if signer == nil, required, site.requireSigned {
            if let signature = try PackSignature.read(packAt: folder) {
                throw PackError(
                    .untrustedKey, file: (folder as NSString).appendingPathComponent(PackSignature.fileName),
                    "\(label) is signed with key \(signature.keyID), which site.toml does not trust "
                        + "(a vendor's public key goes under [trust] keys)")
            }
            throw PackError(
                .unsigned, file: folder, "\(label) is not signed (no pack.sig), and site.toml requires signed packs")
        }
        guard let lock = try PackLock.read(packAt: folder) else {
            if required, site.requireLock || site.requireSigned {
                throw PackError(
                    .lockMissing, file: folder, "\(label) has no pack.lock, and site.toml requires locked packs")
            }
            return PackVerification(locked: false, signer: nil, keyID: nil)
        }
        try lock.verify(packAt: folder)
        return PackVerification(locked: true, signer: signer?.name, keyID: signer?.keyID)
    }
}
