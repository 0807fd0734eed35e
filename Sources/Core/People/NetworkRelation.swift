// How a relative or network person is related to the citizen.

/// The relation of a network person to the citizen. Raw values are stable for storage.
public enum NetworkRelation: String, CaseIterable, Codable, Hashable, Sendable {
    case partner
    case parent
    case child
    case sibling
    case friend
    case other

    /// Whether a person so related may hold the parent role (custody): a parent, or `other` for a
    /// step-parent, foster parent or guardian.
    public var canBeParent: Bool { self == .parent || self == .other }

    /// The word people read.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.partner, .danish): return "partner"
        case (.partner, .english): return "partner"
        case (.parent, .danish): return "forælder"
        case (.parent, .english): return "parent"
        case (.child, .danish): return "barn"
        case (.child, .english): return "child"
        case (.sibling, .danish): return "søskende"
        case (.sibling, .english): return "sibling"
        case (.friend, .danish): return "ven"
        case (.friend, .english): return "friend"
        case (.other, .danish): return "anden"
        case (.other, .english): return "other"
        }
    }
}
