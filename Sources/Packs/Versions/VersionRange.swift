// A range of semantic versions, as packs state the host API and the dependencies they need.
import Core

/// The versions a pack accepts of the host API or of another pack. Written as comma-separated
/// comparators that must all hold (`>=1.0, <2.0`), a caret (`^1.2`: compatible with 1.2, below 2.0;
/// `^0.3`: below 0.4, as in Cargo and npm), a tilde (`~1.2`: 1.2.x), `*` (any), or a bare full
/// version (`1.2.3`: exactly that one). Partial versions in comparators fill in zeros: `>=1.0` is
/// `>=1.0.0`. An exact version must be complete (`=1.2` is refused: write `~1.2` for any 1.2.x).
public struct VersionRange: Hashable, Sendable, CustomStringConvertible {
    /// One end of the range: a version, and whether the version itself is in the range.
    public struct Bound: Hashable, Sendable {
        public let version: SemanticVersion
        public let inclusive: Bool
    }

    /// The comparators as written (normalised spacing); empty for `*`.
    let comparators: [Comparator]
    /// The lowest versions in the range; nil when there is no lower end.
    public let lower: Bound?
    /// The highest versions in the range; nil when there is no upper end.
    public let upper: Bound?

    /// Every version: `*`.
    public static let any = VersionRange(comparators: [], lower: nil, upper: nil)

    init(comparators: [Comparator], lower: Bound?, upper: Bound?) {
        self.comparators = comparators
        self.lower = lower
        self.upper = upper
    }

    /// Whether `version` is in the range.
    public func contains(_ version: SemanticVersion) -> Bool {
        if let lower, version < lower.version || (!lower.inclusive && version == lower.version) { return false }
        if let upper, version > upper.version || (!upper.inclusive && version == upper.version) { return false }
        return true
    }

    /// The range as written, spacing normalised: `>=1.0, <2.0`, `^1.2`, `*`.
    public var description: String {
        comparators.isEmpty ? "*" : comparators.map(\.description).joined(separator: ", ")
    }

    /// The range as an interval of full versions, for messages: `>=1.2.0, <2.0.0`, `=1.2.3`, `*`.
    public var interval: String {
        if let lower, let upper, lower.version == upper.version { return "=\(lower.version)" }
        let parts = [
            lower.map { "\($0.inclusive ? ">=" : ">")\($0.version)" },
            upper.map { "\($0.inclusive ? "<=" : "<")\($0.version)" },
        ]
        let written = parts.compactMap { $0 }
        return written.isEmpty ? "*" : written.joined(separator: ", ")
    }
}
