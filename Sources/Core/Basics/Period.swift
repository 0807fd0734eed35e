// A span of days with a start and an optional end: participation, consent validity, interventions.

/// The days from ``start`` through ``end`` (inclusive); an open period has no end yet.
public struct Period: Hashable, Codable, Sendable, CustomStringConvertible {
    public var start: Day
    public var end: Day?

    /// Nil when `end` comes before `start`.
    public init?(start: Day, end: Day? = nil) {
        if let end, end < start { return nil }
        self.start = start
        self.end = end
    }

    public func contains(_ day: Day) -> Bool {
        day >= start && (end.map { day <= $0 } ?? true)
    }

    public var isOpen: Bool { end == nil }

    public var description: String { "\(start)–\(end.map(String.init(describing:)) ?? "")" }
}
