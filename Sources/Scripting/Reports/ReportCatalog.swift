// The reports on the pack search path: listing them, and loading the one a command names.
import Core
import Lua
import Packs

/// The report formats the packs on a search path provide, resolved (host API, dependencies,
/// overrides: a municipality's `kip` replaces ours only by saying so).
public struct ReportCatalog: Sendable {
    public let searchPath: PackSearchPath
    public let limits: LuaLimits

    public init(searchPath: PackSearchPath, limits: LuaLimits = .report) {
        self.searchPath = searchPath
        self.limits = limits
    }

    /// Every report, loaded, by id.
    public func all() throws -> [LoadedReport] {
        let resolved = try PackResolver(hostAPI: HostAPI.version).resolve(searchPath.discover())
        return try resolved.entries(.reports).compactMap { entry in
            try file(entry, in: resolved).map { try LoadedReport(file: $0, limits: limits) }
        }
    }

    /// The report `id`.
    /// - Throws: `DomainError` (field `report`) naming the reports there are.
    public func report(_ id: String) throws -> LoadedReport {
        let resolved = try PackResolver(hostAPI: HostAPI.version).resolve(searchPath.discover())
        guard let entry = resolved.entry(.reports, id), let file = try file(entry, in: resolved) else {
            let known = resolved.entries(.reports).map(\.id)
            throw DomainError(field: "report", ReportProblem.unknownReport(id, known: known))
        }
        return try LoadedReport(file: file, limits: limits)
    }

    private func file(_ entry: ProvidedEntry, in resolved: ResolvedPackSet) throws -> FlowFile? {
        guard let file = entry.files.last, let pack = resolved.pack(named: entry.pack) else { return nil }
        return FlowFile(
            path: file.path, id: file.id, version: file.version, pack: PackIdentity(resolved: pack, in: resolved))
    }
}

/// A report the catalog does not have, or a run missing what the report needs.
public enum ReportProblem: LocalizedText, Equatable {
    case unknownReport(String, known: [String])
    case parameterRequired(report: String, option: String)
    /// An option the report does not declare (a filter it would silently not apply).
    case parameterNotTaken(report: String, option: String)
    case formatNotSupported(report: String, format: String, supported: [String])
    /// A pseudonymised extract without the site's key.
    case pseudonymKeyMissing

    public func text(_ language: Language) -> String {
        let danish = language == .danish
        switch self {
        case .unknownReport(let id, let known):
            let list = known.isEmpty ? (danish ? "ingen" : "none") : known.joined(separator: ", ")
            return danish
                ? "der er ingen rapport '\(id)' (findes: \(list))" : "there is no report '\(id)' (available: \(list))"
        case .parameterRequired(let report, let option):
            return danish ? "rapporten \(report) kræver \(option)" : "the report \(report) needs \(option)"
        case .parameterNotTaken(let report, let option):
            return danish
                ? "rapporten \(report) kan ikke afgrænses med \(option)"
                : "the report \(report) does not take \(option)"
        case .pseudonymKeyMissing:
            return danish
                ? "et pseudonymiseret udtræk kræver stedets nøgle: [extracts] pseudonym_key i site.toml (--site)"
                : "a pseudonymised extract needs the site's key: [extracts] pseudonym_key in site.toml (--site)"
        case .formatNotSupported(let report, let format, let supported):
            let list = supported.joined(separator: ", ")
            return danish
                ? "rapporten \(report) findes ikke som \(format) (findes som: \(list))"
                : "the report \(report) has no \(format) form (it has: \(list))"
        }
    }
}
