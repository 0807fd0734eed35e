// A pack's manifest, `pack.toml`: what the pack is, what it needs, what it provides and may do.
import Core

/// The declarative description of a pack, read from `pack.toml` by ``PackManifestReader`` and
/// never executed. Every field has been checked: a value here is a valid value.
public struct PackManifest: Hashable, Sendable {
    /// Reverse-DNS style: `dk.tovholder.screening` (see ``PackName``).
    public let name: String
    public let version: SemanticVersion
    /// The host API versions the pack works with (`host_api`).
    public let hostAPI: VersionRange
    public let title: String
    /// The `description` field.
    public let summary: String?
    public let authors: [String]
    public let license: String?
    /// The folder of each kind of entry point, relative to the pack (`flows = "flows"`); a kind
    /// the manifest does not name has none.
    public let entryFolders: [EntryKind: String]
    /// The folder of the Lua modules `require` finds (`modules = "lib"`).
    public let modules: String?
    /// In the order written.
    public let capabilities: [Capability]
    /// In name order.
    public let dependencies: [PackDependency]
    /// Other packs' ids this pack replaces, by kind, in the order written.
    public let overrides: [EntryKind: [OverrideTarget]]

    public init(
        name: String, version: SemanticVersion, hostAPI: VersionRange, title: String, summary: String? = nil,
        authors: [String] = [], license: String? = nil, entryFolders: [EntryKind: String] = [:],
        modules: String? = nil, capabilities: [Capability] = [], dependencies: [PackDependency] = [],
        overrides: [EntryKind: [OverrideTarget]] = [:]
    ) {
        self.name = name
        self.version = version
        self.hostAPI = hostAPI
        self.title = title
        self.summary = summary
        self.authors = authors
        self.license = license
        self.entryFolders = entryFolders
        self.modules = modules
        self.capabilities = capabilities
        self.dependencies = dependencies
        self.overrides = overrides
    }

    /// The manifest's file name inside a pack.
    public static let fileName = "pack.toml"

    /// The range this pack needs of `pack`, if it depends on it.
    public func dependency(on pack: String) -> PackDependency? {
        dependencies.first { $0.name == pack }
    }

    /// `dk.tovholder.screening 1.0.0`.
    public var label: String { "\(name) \(version)" }
}
