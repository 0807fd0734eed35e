// One comparator of a version range (`>=1.0`, `^1.2`, `1.2.3`) and the interval it stands for.
import Core

extension VersionRange {
    /// An operator and a (possibly partial) version.
    struct Comparator: Hashable, Sendable, CustomStringConvertible {
        enum Operator: String, CaseIterable, Sendable {
            case greaterOrEqual = ">="
            case lessOrEqual = "<="
            case greater = ">"
            case less = "<"
            case exact = "="
            case caret = "^"
            case tilde = "~"
            /// A version with no operator: exactly that version.
            case bare = ""
        }

        let op: Operator
        let version: PartialVersion

        var description: String { op.rawValue + version.description }

        /// The lower and upper end the comparator sets (nil: no end on that side).
        var bounds: (lower: Bound?, upper: Bound?) {
            let filled = version.filled
            switch op {
            case .greaterOrEqual: return (Bound(version: filled, inclusive: true), nil)
            case .greater: return (Bound(version: filled, inclusive: false), nil)
            case .less: return (nil, Bound(version: filled, inclusive: false))
            case .lessOrEqual: return (nil, Bound(version: filled, inclusive: true))
            case .exact, .bare:
                return (Bound(version: filled, inclusive: true), Bound(version: filled, inclusive: true))
            case .caret:
                return (Bound(version: filled, inclusive: true), Bound(version: caretCeiling, inclusive: false))
            case .tilde:
                return (Bound(version: filled, inclusive: true), Bound(version: tildeCeiling, inclusive: false))
            }
        }

        /// The first version `^` excludes: the next change of the leftmost non-zero part written
        /// (`^1.2` → 2.0.0, `^0.3` → 0.4.0, `^0.0.3` → 0.0.4, `^0.0` → 0.1.0, `^0` → 1.0.0).
        private var caretCeiling: SemanticVersion {
            let major = version.major
            if major > 0 { return SemanticVersion(major + 1, 0, 0) }
            guard let minor = version.minor else { return SemanticVersion(1, 0, 0) }
            if minor > 0 { return SemanticVersion(0, minor + 1, 0) }
            guard let patch = version.patch else { return SemanticVersion(0, 1, 0) }
            return SemanticVersion(0, 0, patch + 1)
        }

        /// The first version `~` excludes: the next minor (`~1.2` → 1.3.0), or the next major
        /// when only the major is written (`~1` → 2.0.0).
        private var tildeCeiling: SemanticVersion {
            guard let minor = version.minor else { return SemanticVersion(version.major + 1, 0, 0) }
            return SemanticVersion(version.major, minor + 1, 0)
        }
    }
}
