// How much an item stands in the way of treatment, and the rating of one item with its note.

/// How much an item stands in the way: none, some, or considerable. Ordered by weight.
public enum BarrierSeverity: String, CaseIterable, Codable, Sendable, Comparable, LocalizedText {
    case none
    case some
    case considerable

    public static func < (lhs: BarrierSeverity, rhs: BarrierSeverity) -> Bool { lhs.weight < rhs.weight }

    private var weight: Int {
        switch self {
        case .none: 0
        case .some: 1
        case .considerable: 2
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.none, .danish): "ingen barriere"
        case (.none, .english): "no barrier"
        case (.some, .danish): "nogen barriere"
        case (.some, .english): "some barrier"
        case (.considerable, .danish): "betydelig barriere"
        case (.considerable, .english): "considerable barrier"
        }
    }
}

/// The rating of one ``BarrierItem``: its severity and what the assessor noted.
public struct BarrierRating: Codable, Sendable, Equatable {
    public let severity: BarrierSeverity
    public let note: String

    public init(_ severity: BarrierSeverity, note: String = "") {
        self.severity = severity
        self.note = trimmedText(note)
    }
}
