// Which pack provides a flow, workflow or report id after overrides, and what it overrides.

/// The pack that provides an id once overrides are applied, for loading and for `pack list`.
public struct ProvidedEntry: Hashable, Sendable, CustomStringConvertible {
    public let kind: EntryKind
    public let id: String
    /// The pack whose files are used.
    public let pack: String
    /// The packs whose files of this id it replaces, nearest first: for C overriding B overriding
    /// A, C's entry says `[B, A]`. Empty when nothing is overridden.
    public let overrides: [String]
    /// The providing pack's files of this id (each version it keeps), by version, unversioned last.
    public let files: [EntryFile]

    public init(kind: EntryKind, id: String, pack: String, overrides: [String], files: [EntryFile]) {
        self.kind = kind
        self.id = id
        self.pack = pack
        self.overrides = overrides
        self.files = files
    }

    /// `flow audit: dk.aarhus.flows (overrides dk.tovholder.screening)`.
    public var description: String {
        let over = overrides.isEmpty ? "" : " (overrides \(overrides.joined(separator: ", ")))"
        return "\(kind.singular) \(id): \(pack)\(over)"
    }
}
