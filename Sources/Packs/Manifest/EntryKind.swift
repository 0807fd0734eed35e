// The kinds of script a pack provides by id (flows, workflows, reports) and the rule for their ids.
import Core

/// A kind of entry point whose files are named by id, and which another pack may override.
public enum EntryKind: String, CaseIterable, Hashable, Sendable, Comparable, CustomStringConvertible {
    case flows
    case workflows
    case reports

    /// The manifest key: `flows`, `workflows`, `reports`.
    public var key: String { rawValue }

    /// One of them, for messages: `flow`, `workflow`, `report`.
    public var singular: String { String(rawValue.dropLast()) }

    public var description: String { rawValue }

    public static func < (lhs: EntryKind, rhs: EntryKind) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .flows: return 0
        case .workflows: return 1
        case .reports: return 2
        }
    }

    /// An id as flows have them: a lower-case letter, then lower-case letters, digits and `_`.
    public static func isValidID(_ id: String) -> Bool { FlowDefinition.isValidID(id) }
}
