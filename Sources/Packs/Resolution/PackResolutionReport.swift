// Everything resolution found about a search path, usable even when it does not resolve (pack list, doctor).

/// What ``PackResolver`` found, whether or not the packs resolve: every problem, and for the
/// packs it could judge, their entry files and the provider of each id. `pack list`, `pack info`
/// and `pack doctor` show a broken pack beside the good ones with this, where
/// ``PackResolver/resolve(_:)`` would stop at the first problem.
public struct PackResolutionReport: Sendable {
    /// Every problem, in the order of the resolver's rules (as ``PackResolver/problems(_:)``).
    public let problems: [PackError]
    /// One copy per name, in search-path order: the copy that is used (or would be, once the
    /// problems are fixed).
    public let chosen: [DiscoveredPack]
    /// Earlier copies of a name that a later layer's copy replaces, by name.
    public let replaced: [String: [DiscoveredPack]]
    /// The flow, workflow and report files each chosen pack has, by pack name (by kind, id, version).
    public let entries: [String: [EntryFile]]
    /// The provider of every id that resolved (an id in conflict has none), by kind, then id.
    public let provided: [ProvidedEntry]

    /// Whether the packs resolve.
    public var resolves: Bool { problems.isEmpty }

    /// The chosen copy named `name`.
    public func pack(named name: String) -> DiscoveredPack? { chosen.first { $0.name == name } }

    /// Where `pack`'s ids are provided by another pack that overrides it.
    public func overridden(_ pack: String) -> [ProvidedEntry] {
        provided.filter { $0.pack != pack && $0.overrides.contains(pack) }
    }
}

extension PackResolver {
    /// Resolves `packs` as far as it goes and reports everything found.
    public func report(_ packs: [DiscoveredPack]) -> PackResolutionReport {
        var run = Resolution(packs: packs, hostAPI: hostAPI)
        run.check()
        return PackResolutionReport(
            problems: run.problems, chosen: run.chosen, replaced: run.replaced, entries: run.entryFiles,
            provided: run.provided)
    }
}
