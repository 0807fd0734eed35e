// Installing a pack folder: verify it, then copy it into a folder of packs in one atomic step.
import Core
import Foundation

/// What an install did.
public struct InstallOutcome: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// The pack was not there before.
        case installed
        /// Another version (or other files) was there, and `replace` asked to replace it.
        case replaced(previous: SemanticVersion?)
        /// The same version with the same files was there already; nothing was written.
        case unchanged
    }

    public let manifest: PackManifest
    /// The installed pack's folder: `<packs folder>/<name>`.
    public let folder: String
    public let action: Action
    public let verification: PackVerification
}

/// Installs pack folders into a folder of packs (the site's `packs/` or a municipality folder).
/// The source is verified under the site's policy first (``PackVerifier``, as a non-built-in
/// pack); then exactly its locked files (or, unlocked, the files a lock would cover) are copied
/// to a hidden temporary folder beside the destination (discovery skips hidden folders), the copy
/// is verified again, and it is renamed into place. A refused install leaves the destination as it
/// was. It takes a folder: the CLI unpacks an archive (`.tar.gz`) into a temporary one first.
public struct PackInstaller: Sendable {
    public let site: SiteConfiguration

    public init(site: SiteConfiguration) {
        self.site = site
    }

    /// Installs the pack in `source` as `<packsFolder>/<name>`, creating `packsFolder` if needed.
    /// - Parameter replace: allows replacing an installed copy with another version or other files.
    /// - Throws: ``PackError``: the manifest, verification, `.alreadyInstalled`, or I/O.
    @discardableResult
    public func install(packAt source: String, into packsFolder: String, replace: Bool = false) throws
        -> InstallOutcome
    {
        let manifest = try PackManifestReader.read(packAt: source)
        let verifier = PackVerifier(site: site)
        let verification = try verifier.verify(packAt: source, label: manifest.label, layer: .site)
        let lock = try PackLock.read(packAt: source)
        let content = try lock ?? PackLock.compute(packAt: source)
        let target = (packsFolder as NSString).appendingPathComponent(manifest.name)
        let manager = FileManager.default

        var previous: SemanticVersion?
        let exists = manager.fileExists(atPath: target)
        if exists {
            let installed = try? PackManifestReader.read(packAt: target)
            previous = installed?.version
            let same =
                installed?.version == manifest.version && (try? PackLock.compute(packAt: target)) == content
                && Self.sameExtras(source, target)
            if same {
                return InstallOutcome(
                    manifest: manifest, folder: target, action: .unchanged, verification: verification)
            }
            guard replace else {
                let what = installed.map { "version \($0.version)" } ?? "a pack that does not read"
                let other = installed?.version == manifest.version ? " with other files" : ""
                throw PackError(
                    .alreadyInstalled, file: target,
                    "already holds \(what)\(other); replace it explicitly to install \(manifest.label)")
            }
        }

        try create(packsFolder)
        let temporary = (packsFolder as NSString).appendingPathComponent(
            ".\(manifest.name).install-\(UUID().uuidString)")
        do {
            try copy(content.entries.map(\.path) + Self.extras(in: source), from: source, to: temporary)
            // What is put in place is what was verified, even if the source changed meanwhile.
            try content.verify(packAt: temporary)
            _ = try verifier.verify(packAt: temporary, label: manifest.label, layer: .site)
            try moveIntoPlace(temporary, target, replacing: exists)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw error
        }
        let action: InstallOutcome.Action = exists ? .replaced(previous: previous) : .installed
        return InstallOutcome(manifest: manifest, folder: target, action: action, verification: verification)
    }

    /// `pack.lock` and `pack.sig`, where the source has them.
    private static func extras(in folder: String) -> [String] {
        [PackLock.fileName, PackSignature.fileName].filter {
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0))
        }
    }

    private static func sameExtras(_ a: String, _ b: String) -> Bool {
        let names = [PackLock.fileName, PackSignature.fileName]
        return names.allSatisfy { name in
            FileManager.default.contents(atPath: (a as NSString).appendingPathComponent(name))
                == FileManager.default.contents(atPath: (b as NSString).appendingPathComponent(name))
        }
    }

    private func copy(_ paths: [String], from source: String, to destination: String) throws {
        for path in paths {
            let from = (source as NSString).appendingPathComponent(path)
            let to = (destination as NSString).appendingPathComponent(path)
            try create((to as NSString).deletingLastPathComponent)
            do {
                try FileManager.default.copyItem(atPath: from, toPath: to)
            } catch {
                throw PackError(.io, file: from, "cannot be copied to \(to): \(TOMLFields.reason(error))")
            }
        }
    }

    /// Renames `temporary` to `target`; an existing target is first moved aside, and moved back
    /// if the second rename fails.
    private func moveIntoPlace(_ temporary: String, _ target: String, replacing: Bool) throws {
        let aside = temporary.replacingOccurrences(of: ".install-", with: ".previous-")
        if replacing {
            guard rename(target, aside) == 0 else {
                throw PackError(.io, file: target, "cannot be moved aside: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if replacing { _ = rename(aside, target) }
            throw PackError(.io, file: target, "cannot be put in place: \(reason)")
        }
        if replacing { try? FileManager.default.removeItem(atPath: aside) }
    }

    private func create(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PackError(.io, file: folder, "cannot be created: \(TOMLFields.reason(error))")
        }
    }
}
