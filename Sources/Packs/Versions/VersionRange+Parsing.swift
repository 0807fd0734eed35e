// Reading a version range from its text: comparators, caret, tilde, star and bare versions.
import Core
import Foundation

extension VersionRange {
    /// Parses a range such as `>=1.0, <2.0`, `^1.2`, `~1.2`, `*` or `1.2.3`.
    /// - Throws: ``VersionRangeError`` saying what was expected.
    public init(_ text: String) throws(VersionRangeError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "*" {
            self = .any
            return
        }
        var comparators: [Comparator] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            comparators.append(try Self.comparator(part.trimmingCharacters(in: .whitespaces)[...], in: text))
        }
        var lower: Bound?
        var upper: Bound?
        for comparator in comparators {
            let bounds = comparator.bounds
            if let new = bounds.lower { lower = lower.map { Self.tighterLower($0, new) } ?? new }
            if let new = bounds.upper { upper = upper.map { Self.tighterUpper($0, new) } ?? new }
        }
        if let lower, let upper,
            lower.version > upper.version
                || (lower.version == upper.version && !(lower.inclusive && upper.inclusive))
        {
            throw VersionRangeError(text: text, detail: "no version is in it")
        }
        self.init(comparators: comparators, lower: lower, upper: upper)
    }

    private static func comparator(_ part: Substring, in text: String) throws(VersionRangeError) -> Comparator {
        guard !part.isEmpty else {
            throw VersionRangeError(text: text, detail: "an empty comparator; separate comparators with one comma")
        }
        let op = Comparator.Operator.allCases.first { $0 != .bare && part.hasPrefix($0.rawValue) } ?? .bare
        let rest = part.dropFirst(op.rawValue.count).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty {
            throw VersionRangeError(text: text, detail: "expected a version after \"\(op.rawValue)\"")
        }
        if rest.contains(" ") {
            throw VersionRangeError(text: text, detail: "separate comparators with a comma")
        }
        if rest == "*" {
            throw VersionRangeError(text: text, detail: "\"*\" stands alone")
        }
        guard let version = PartialVersion(rest[...]) else {
            if op == .bare { throw VersionRangeError(text: text) }
            throw VersionRangeError(text: text, detail: "\"\(rest)\" is not a version such as 1.2 or 1.2.3")
        }
        if op == .exact || op == .bare, !version.isComplete {
            throw VersionRangeError(
                text: text,
                detail: "an exact version needs all three parts; write ~\(version) for any \(version).x")
        }
        return Comparator(op: op, version: version)
    }

    /// The higher of two lower ends; at the same version, the exclusive one.
    private static func tighterLower(_ a: Bound, _ b: Bound) -> Bound {
        if a.version != b.version { return a.version > b.version ? a : b }
        return a.inclusive ? b : a
    }

    /// The lower of two upper ends; at the same version, the exclusive one.
    private static func tighterUpper(_ a: Bound, _ b: Bound) -> Bound {
        if a.version != b.version { return a.version < b.version ? a : b }
        return a.inclusive ? b : a
    }
}
