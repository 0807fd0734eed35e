// The packs a command may use: accepted, in load order, with the provider of every id.
import Core

/// The result of ``PackResolver/resolve(_:)``: every pack on the search path that is used, in
/// load order (each after the packs it depends on), and for each flow, workflow and report id
/// the one pack that provides it.
public struct ResolvedPackSet: Sendable {
    /// The host API version the set was resolved against.
    public let hostAPI: SemanticVersion
    /// Dependencies before the packs that need them; otherwise in search-path order.
    public let packs: [ResolvedPack]
    /// By kind, then id.
    public let entries: [ProvidedEntry]

    public init(hostAPI: SemanticVersion, packs: [ResolvedPack], entries: [ProvidedEntry]) {
        self.hostAPI = hostAPI
        self.packs = packs
        self.entries = entries
    }

    /// The pack named `name`.
    public func pack(named name: String) -> ResolvedPack? {
        packs.first { $0.name == name }
    }

    /// Who provides `id` of `kind`.
    public func entry(_ kind: EntryKind, _ id: String) -> ProvidedEntry? {
        entries.first { $0.kind == kind && $0.id == id }
    }

    /// Every id of `kind`, in id order.
    public func entries(_ kind: EntryKind) -> [ProvidedEntry] {
        entries.filter { $0.kind == kind }
    }

    /// Every file of `id` in every pack that has one, the provider's first, then the packs it
    /// overrides, nearest first: to find the version an older record was made with.
    public func files(_ kind: EntryKind, _ id: String) -> [EntryFile] {
        guard let entry = entry(kind, id) else { return [] }
        return ([entry.pack] + entry.overrides).flatMap { name in
            pack(named: name)?.entries.filter { $0.kind == kind && $0.id == id } ?? []
        }
    }

    /// The packs whose modules `require` may load from inside `pack`: itself, then its direct
    /// dependencies.
    public func requireScope(of pack: String) -> [ResolvedPack] {
        (self.pack(named: pack)?.requireScope ?? []).compactMap { self.pack(named: $0) }
    }
}
