// Deciding which packs on the search path are used, and refusing with a clear message when they cannot be.
import Core

/// Turns the packs found on the search path into a ``ResolvedPackSet``, or refuses with a
/// ``PackError`` that says which pack needs what. Reads only directory listings of entry-point
/// folders; no Lua is opened or run.
///
/// The rules, checked in this order:
/// 1. **The same name twice.** A name appears at most once per layer. A site copy replaces the
///    built-in copy when its version is the same or higher (the way to ship a fix for a built-in
///    pack without a new product release); an older site copy is refused, so that a product
///    upgrade is never silently undone. A municipality pack never replaces a built-in or site
///    pack of the same name: it takes its own name and replaces single flows, workflows or reports
///    through `[overrides]`, so that every replacement is explicit.
/// 2. **Host API.** Each pack's `host_api` range must contain the host's version.
/// 3. **Dependencies.** Each must be on the search path in a version inside the range asked for,
///    and dependencies must not form a cycle (`a -> b -> a`).
/// 4. **Entry points.** Each declared folder must exist, and its `.lua` files must be named
///    `id.lua` or `id@X.Y.Z.lua`. Two packs providing the same id is an error unless one
///    overrides the other; chains resolve to the last (C overrides B overrides A: C provides it).
///    An override must name a pack on the path, an id that pack provides, and the overriding
///    pack must provide the id itself.
///
/// `require` scope: a pack's `require` sees its own modules and those of its **direct**
/// dependencies (as in Cargo and Go): using a module of a dependency's dependency means declaring it.
public struct PackResolver: Sendable {
    /// The host API version packs must be compatible with.
    public let hostAPI: SemanticVersion

    public init(hostAPI: SemanticVersion = HostAPI.version) {
        self.hostAPI = hostAPI
    }

    /// The resolved set of `packs` (in search-path order, as ``PackSearchPath/discover()`` gives them).
    /// - Throws: the first of ``problems(_:)``.
    public func resolve(_ packs: [DiscoveredPack]) throws -> ResolvedPackSet {
        var run = Resolution(packs: packs, hostAPI: hostAPI)
        run.check()
        if let first = run.problems.first { throw first }
        return run.result()
    }

    /// Every problem resolution finds, in the order of the rules above (for `pack doctor`).
    public func problems(_ packs: [DiscoveredPack]) -> [PackError] {
        var run = Resolution(packs: packs, hostAPI: hostAPI)
        run.check()
        return run.problems
    }
}

/// One resolution: the packs as they pass each rule, and the problems found.
struct Resolution {
    let discovered: [DiscoveredPack]
    let hostAPI: SemanticVersion
    var problems: [PackError] = []
    /// After the naming rule: one pack per name, in search-path order, and what each replaced.
    var chosen: [DiscoveredPack] = [] {
        didSet { chosenByName = Dictionary(chosen.map { ($0.name, $0) }, uniquingKeysWith: { $1 }) }
    }
    private var chosenByName: [String: DiscoveredPack] = [:]
    var replaced: [String: [DiscoveredPack]] = [:]
    /// Dependencies first; empty when there is a cycle.
    var loadOrder: [DiscoveredPack] = []
    var entryFiles: [String: [EntryFile]] = [:]
    var provided: [ProvidedEntry] = []

    init(packs: [DiscoveredPack], hostAPI: SemanticVersion) {
        self.discovered = packs
        self.hostAPI = hostAPI
    }

    mutating func check() {
        chooseByName()
        checkHostAPI()
        checkDependencies()
        orderByDependencies()
        listEntries()
        checkOverrides()
        assignEntries()
    }

    func chosenPack(_ name: String) -> DiscoveredPack? { chosenByName[name] }

    func result() -> ResolvedPackSet {
        let packs = loadOrder.map { pack in
            ResolvedPack(
                pack: pack, replaces: replaced[pack.name] ?? [], entries: entryFiles[pack.name] ?? [],
                requireScope: [pack.name] + pack.manifest.dependencies.map(\.name))
        }
        return ResolvedPackSet(hostAPI: hostAPI, packs: packs, entries: provided)
    }
}
