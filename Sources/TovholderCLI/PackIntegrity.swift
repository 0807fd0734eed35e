// A pack's lock and signature under a site's policy: what each says, and every failure, not only the first.
import Foundation
import Packs

/// The lock and signature of one pack folder, checked as ``PackVerifier`` checks them (the same
/// verdict), but with every file that does not match its lock named, for `pack verify`,
/// `pack doctor`, `pack list` and `pack info`.
struct PackIntegrity {
    enum Lock {
        /// No `pack.lock`.
        case none
        /// Every file matches; how many the lock covers.
        case matches(files: Int)
        /// The files that do not match.
        case mismatch([LockProblem], files: Int)
        /// A lock that does not parse or files that cannot be read.
        case unreadable(PackError)
    }

    enum Signature {
        /// No `pack.sig`.
        case none
        /// A valid signature by a key the site trusts.
        case trusted(name: String, keyID: String)
        /// A signature by a key the site does not trust (it counts as none).
        case untrusted(keyID: String)
        /// A trusted key's signature that does not match, or a `pack.sig` that does not parse.
        case bad(PackError)
    }

    let folder: String
    let lock: Lock
    let signature: Signature
    /// What the site requires and the pack lacks: unsigned, signed by an untrusted key, no lock.
    let policy: PackError?
    /// Whether the site requires this pack to be signed by a key it trusts.
    let signatureRequired: Bool
    /// Whether the site requires this pack to have a lock (signing requires one too).
    let lockRequired: Bool
    private let label: String

    /// Checks the pack in `folder` (`label` names it in messages) as a pack of `layer`: the
    /// product's own packs are exempt from the site's requirements, not from their lock.
    init(folder: String, label: String, layer: PackLayer, site: SiteConfiguration) {
        self.folder = folder
        self.label = label
        signatureRequired = layer != .builtin && site.requireSigned
        lockRequired = layer != .builtin && (site.requireSigned || site.requireLock)
        do {
            if let signer = try PackSigner.signer(packAt: folder, label: label, trusting: site.trustedKeys) {
                signature = .trusted(name: signer.name, keyID: signer.keyID)
            } else if let file = try PackSignature.read(packAt: folder) {
                signature = .untrusted(keyID: file.keyID)
            } else {
                signature = .none
            }
        } catch let error as PackError {
            signature = .bad(error)
        } catch {
            signature = .bad(PackError(.io, file: folder, "\(error)"))
        }
        do {
            if let lock = try PackLock.read(packAt: folder) {
                let problems = try lock.problems(packAt: folder)
                self.lock =
                    problems.isEmpty
                    ? .matches(files: lock.entries.count) : .mismatch(problems, files: lock.entries.count)
            } else {
                lock = .none
            }
        } catch let error as PackError {
            lock = .unreadable(error)
        } catch {
            lock = .unreadable(PackError(.io, file: folder, "\(error)"))
        }
        // The verifier's verdict on what the site requires; its other findings are the ones above.
        let requirements: Set<PackError.Code> = [.unsigned, .untrustedKey, .lockMissing]
        do {
            _ = try PackVerifier(site: site).verify(packAt: folder, label: label, layer: layer)
            policy = nil
        } catch let error as PackError where requirements.contains(error.code) {
            policy = error
        } catch {
            policy = nil
        }
    }

    /// Every failure: the site's requirement, a bad signature, a lock that does not read, each file
    /// that does not match the lock.
    var failures: [PackProblem] {
        var failures: [PackProblem] = []
        if let policy { failures.append(PackProblem(policy)) }
        if case .bad(let error) = signature, error != policy { failures.append(PackProblem(error)) }
        switch lock {
        case .unreadable(let error): failures.append(PackProblem(error))
        case .mismatch(let problems, _): failures += problems.map { PackProblem($0, in: folder) }
        case .none where lockRequired && policy?.code != .lockMissing:
            // The verifier stopped at the signature; the missing lock is a finding of its own.
            failures.append(
                PackProblem(
                    PackError(
                        .lockMissing, file: folder, "\(label) has no pack.lock, and site.toml requires locked packs")))
        case .none, .matches: break
        }
        return failures
    }

    var passes: Bool { failures.isEmpty }
}
