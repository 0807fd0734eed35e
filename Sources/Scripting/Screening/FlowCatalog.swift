// The flows on the pack search path: listing them, and picking the one a command names.
import Core
import Foundation
import Lua
import Packs

/// The screening flows the packs on a search path provide, once the packs are resolved (host API,
/// dependencies, overrides). A command loads only the files of the flow it names; listing loads
/// each once.
public struct FlowCatalog: Sendable {
    public let searchPath: PackSearchPath
    public let limits: LuaLimits
    public let hostAPI: SemanticVersion

    public init(searchPath: PackSearchPath, limits: LuaLimits = .standard, hostAPI: SemanticVersion = HostAPI.version) {
        self.searchPath = searchPath
        self.limits = limits
        self.hostAPI = hostAPI
    }

    /// The packs on the path, resolved. Reads manifests and lists entry folders; runs nothing.
    /// - Throws: ``PackError`` naming the pack and what it needs.
    public func packs() throws -> ResolvedPackSet {
        try PackResolver(hostAPI: hostAPI).resolve(searchPath.discover())
    }

    /// The files of every flow id (or only of `id`): for each id the providing pack's files, then
    /// those of the packs it overrides (their versions stay available for rescoring old responses).
    public func files(id: String? = nil) throws -> [FlowFile] {
        let resolved = try packs()
        var identities: [String: PackIdentity] = [:]
        func identity(_ name: String) -> PackIdentity? {
            if let known = identities[name] { return known }
            guard let pack = resolved.pack(named: name) else { return nil }
            let made = PackIdentity(resolved: pack, in: resolved)
            identities[name] = made
            return made
        }
        let entries = resolved.entries(.flows).filter { id == nil || $0.id == id }
        return entries.flatMap { entry in
            resolved.files(.flows, entry.id).map { file in
                FlowFile(path: file.path, id: file.id, version: file.version, pack: identity(file.pack))
            }
        }
    }

    /// Every flow, loaded, in id then version order.
    /// - Throws: the first flow file that does not load; two files with the same id and version.
    public func all() throws -> [LoadedFlow] {
        try load(files()).sorted {
            ($0.definition.id, $0.definition.version) < ($1.definition.id, $1.definition.version)
        }
    }

    /// The flow `id` in `version`, or its highest version when none is given.
    /// - Throws: `DomainError` (field `flow` or `version`) when there is no such flow or version;
    ///   ``FlowFileError`` when two files provide the same id and version.
    public func flow(_ id: String, version: SemanticVersion? = nil) throws -> LoadedFlow {
        let candidates = try files(id: id).filter { file in
            version == nil || file.version == nil || file.version == version
        }
        let loaded = try load(candidates)
        guard !loaded.isEmpty else {
            let known = Set(try files().map(\.id)).sorted()
            throw DomainError(field: "flow", CatalogProblem.unknownFlow(id, known: known))
        }
        if let version {
            guard let match = loaded.first(where: { $0.definition.version == version }) else {
                let versions = try load(files(id: id)).map(\.definition.version).sorted()
                throw DomainError(field: "version", CatalogProblem.unknownVersion(id, version, known: versions))
            }
            return match
        }
        return loaded.max { $0.definition.version < $1.definition.version }!
    }

    private func load(_ files: [FlowFile]) throws -> [LoadedFlow] {
        var loaded: [LoadedFlow] = []
        for file in files {
            let flow = try LoadedFlow(file: file, limits: limits)
            if let twin = loaded.first(where: {
                $0.definition.id == flow.definition.id && $0.definition.version == flow.definition.version
            }) {
                throw FlowFileError(
                    file: file.path,
                    "provides \(flow.definition.id) \(flow.definition.version), as \(twin.file.path) already does")
            }
            loaded.append(flow)
        }
        return loaded
    }
}

/// A flow or version the catalog does not have.
public enum CatalogProblem: LocalizedText, Equatable {
    case unknownFlow(String, known: [String])
    case unknownVersion(String, SemanticVersion, known: [SemanticVersion])

    public func text(_ language: Language) -> String {
        switch self {
        case .unknownFlow(let id, let known):
            let list = known.isEmpty ? (language == .danish ? "ingen" : "none") : known.joined(separator: ", ")
            return language == .danish
                ? "der er intet screeningsflow '\(id)' (findes: \(list))"
                : "there is no screening flow '\(id)' (available: \(list))"
        case .unknownVersion(let id, let version, let known):
            let list = known.map(\.description).joined(separator: ", ")
            return language == .danish
                ? "\(id) findes ikke i version \(version) (findes: \(list))"
                : "\(id) has no version \(version) (available: \(list))"
        }
    }
}
