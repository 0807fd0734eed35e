// What an override replaces: another pack's flow, workflow or report, written `pack.name:id`.

/// An id of another pack that a pack replaces with its own file of the same id: the target of
/// an entry in `[overrides]`, written `dk.tovholder.screening:audit`.
public struct OverrideTarget: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let pack: String
    public let id: String

    public init(pack: String, id: String) {
        self.pack = pack
        self.id = id
    }

    /// Parses `pack.name:id`; nil when either part is not valid.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, PackName.isValid(parts[0]), EntryKind.isValidID(parts[1]) else { return nil }
        self.init(pack: parts[0], id: parts[1])
    }

    /// `dk.tovholder.screening:audit`.
    public var description: String { "\(pack):\(id)" }

    public static func < (lhs: OverrideTarget, rhs: OverrideTarget) -> Bool {
        (lhs.pack, lhs.id) < (rhs.pack, rhs.id)
    }
}
