// Typed identifiers: a case id cannot be passed where a citizen id is expected.

/// The id of a stored entity, typed by the entity (`EntityID<Citizen>`). The raw value is the
/// database row id; people see and type it as a plain number.
public struct EntityID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible, RawRepresentable {
    public let rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    /// Parses an id as a person types it (`12`); nil for anything but a positive whole number.
    public init?(_ text: String) {
        guard let value = Int64(text), value > 0 else { return nil }
        rawValue = value
    }

    public var description: String { String(rawValue) }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension EntityID: Codable {
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
