// A pack in a resolved set: the pack, what it replaced, what it provides and which modules it sees.

/// A pack that resolution accepted.
public struct ResolvedPack: Hashable, Sendable, CustomStringConvertible {
    public let pack: DiscoveredPack
    /// Copies of the same pack in earlier layers that this one replaces (a site copy replacing a
    /// built-in one), for `pack list`.
    public let replaces: [DiscoveredPack]
    /// The flow, workflow and report files it provides, by kind, then id, then version.
    public let entries: [EntryFile]
    /// The packs whose modules its `require` may load, itself first, then its direct dependencies
    /// in name order. Dependencies of dependencies are not visible: a pack uses only what it declares.
    public let requireScope: [String]

    public init(pack: DiscoveredPack, replaces: [DiscoveredPack], entries: [EntryFile], requireScope: [String]) {
        self.pack = pack
        self.replaces = replaces
        self.entries = entries
        self.requireScope = requireScope
    }

    public var name: String { pack.name }
    public var manifest: PackManifest { pack.manifest }
    public var folder: String { pack.folder }
    public var layer: PackLayer { pack.layer }

    public var description: String { pack.description }
}
