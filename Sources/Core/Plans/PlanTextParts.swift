// How a kind's content maps its text parts to its stored properties.

/// Content whose text parts (``PlanPart``) are stored properties.
protocol PlanTextParts {
    /// Where `part` is kept, or nil when it is not a part of this kind.
    static func field(_ part: PlanPart) -> WritableKeyPath<Self, String>?
}

extension PlanTextParts {
    func text(_ part: PlanPart) -> String? { Self.field(part).map { self[keyPath: $0] } }

    /// A copy with `text` in `part`, or nil when `part` is not a part of this kind.
    func setting(_ text: String, for part: PlanPart) -> Self? {
        guard let field = Self.field(part) else { return nil }
        var copy = self
        copy[keyPath: field] = text
        return copy
    }
}
