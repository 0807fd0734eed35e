// What `pack info` shows of one pack: its manifest, what it provides and overrides, lock, signature, capabilities.
import Core
import Foundation
import Packs

/// One pack in full, for the municipality reviewing it and for `pack info --json`.
struct PackInfoView: Encodable {
    struct Dependency: Encodable {
        let name: String
        let range: String
        /// The version on the search path, if the pack is there.
        let found: String?
        let satisfied: Bool
    }

    /// An id the pack provides, with its files (the current one and those kept for older records).
    struct Provided: Encodable {
        let kind: String
        let id: String
        /// Paths inside the pack: `flows/audit.lua`, `flows/audit@1.0.0.lua`.
        let files: [String]
        /// The versions kept in `id@X.Y.Z.lua` files.
        let keptVersions: [String]
        /// The pack that overrides this id, when another one does.
        let overriddenBy: String?
    }

    struct LockView: Encodable {
        /// `none`, `ok`, `mismatch` or `unreadable`.
        let status: String
        /// How many files the lock covers.
        let files: Int?
        let problems: [PackProblem]
    }

    struct SignatureView: Encodable {
        /// `none`, `trusted`, `untrusted` or `bad`.
        let status: String
        let signer: String?
        let keyId: String?
    }

    struct CapabilityView: Encodable {
        let id: String
        let description: String
    }

    let name: String
    let version: String
    let title: String
    let description: String?
    let authors: [String]
    let license: String?
    let hostApi: String
    let hostApiCompatible: Bool
    let layer: String
    let folder: String
    /// `{ "flows": "flows" }`: each kind's folder inside the pack.
    let entryFolders: [String: String]
    let modules: String?
    let dependencies: [Dependency]
    let provides: [Provided]
    let overrides: [PackOverrideView]
    /// Folders of the copies of this pack that this one replaces (a site copy of a built-in pack).
    let replaces: [String]
    let lock: LockView
    let signature: SignatureView
    let capabilities: [CapabilityView]
    /// `ok` or `error`.
    let status: String
    let problems: [PackProblem]

    /// `manifest`, found as `member` of `survey`; lock and signature judged under `site`.
    init(
        _ manifest: PackManifest, _ member: PackSurvey.Member, in survey: PackSurvey, site: SiteConfiguration,
        language: Language
    ) {
        let report = survey.report
        let chosen = survey.isChosen(member)
        name = manifest.name
        version = manifest.version.description
        title = manifest.title
        description = manifest.summary
        authors = manifest.authors
        license = manifest.license
        hostApi = manifest.hostAPI.description
        hostApiCompatible = manifest.hostAPI.contains(HostAPI.version)
        layer = member.location.layer.description
        folder = member.location.folder
        entryFolders = Dictionary(uniqueKeysWithValues: manifest.entryFolders.map { ($0.key.key, $0.value) })
        modules = manifest.modules
        dependencies = manifest.dependencies.map { dependency in
            let found = report.pack(named: dependency.name)?.manifest.version
            return Dependency(
                name: dependency.name, range: dependency.range.description, found: found?.description,
                satisfied: found.map(dependency.range.contains) ?? false)
        }
        let files = chosen ? report.entries[manifest.name] ?? [] : []
        var provides: [Provided] = []
        for file in files where !provides.contains(where: { $0.kind == file.kind.key && $0.id == file.id }) {
            let same = files.filter { $0.kind == file.kind && $0.id == file.id }
            let over = report.overridden(manifest.name).first { $0.kind == file.kind && $0.id == file.id }
            provides.append(
                Provided(
                    kind: file.kind.key, id: file.id, files: same.map(\.relativePath),
                    keptVersions: same.compactMap { $0.version?.description }, overriddenBy: over?.pack))
        }
        self.provides = provides
        overrides = PackOverrideView.declared(by: manifest)
        replaces = chosen ? (report.replaced[manifest.name] ?? []).map(\.folder) : []
        let integrity = PackIntegrity(
            folder: member.location.folder, label: manifest.label, layer: member.location.layer, site: site)
        lock = Self.lock(integrity)
        signature = Self.signature(integrity)
        capabilities = manifest.capabilities.map { CapabilityView(id: $0.rawValue, description: $0.text(language)) }
        problems = survey.problems(of: member) + integrity.failures
        status = problems.isEmpty ? "ok" : "error"
    }

    private static func lock(_ integrity: PackIntegrity) -> LockView {
        switch integrity.lock {
        case .none: return LockView(status: "none", files: nil, problems: [])
        case .matches(let files): return LockView(status: "ok", files: files, problems: [])
        case .mismatch(let problems, let files):
            return LockView(
                status: "mismatch", files: files, problems: problems.map { PackProblem($0, in: integrity.folder) })
        case .unreadable(let error): return LockView(status: "unreadable", files: nil, problems: [PackProblem(error)])
        }
    }

    private static func signature(_ integrity: PackIntegrity) -> SignatureView {
        switch integrity.signature {
        case .none: return SignatureView(status: "none", signer: nil, keyId: nil)
        case .trusted(let name, let keyID): return SignatureView(status: "trusted", signer: name, keyId: keyID)
        case .untrusted(let keyID): return SignatureView(status: "untrusted", signer: nil, keyId: keyID)
        case .bad: return SignatureView(status: "bad", signer: nil, keyId: nil)
        }
    }
}
