// A version as a range writes it: `1`, `1.2` or `1.2.3`, the missing parts left open.
import Core

/// A version with its minor and patch optional, as written in a range (`^1.2`, `>=1.0`).
struct PartialVersion: Hashable, Sendable, CustomStringConvertible {
    let major: Int
    let minor: Int?
    let patch: Int?

    /// One to three non-negative whole numbers separated by dots; nil otherwise.
    init?(_ text: Substring) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = parts.map { Int($0)! }
        major = numbers[0]
        minor = numbers.count > 1 ? numbers[1] : nil
        patch = numbers.count > 2 ? numbers[2] : nil
    }

    var isComplete: Bool { patch != nil }

    /// The missing parts as zero: `1.2` is `1.2.0`.
    var filled: SemanticVersion { SemanticVersion(major, minor ?? 0, patch ?? 0) }

    /// As written: `1.2` stays `1.2`, so that `^0.0` and `^0.0.0` keep their different meanings.
    var description: String {
        [major, minor, patch].compactMap { $0.map(String.init) }.joined(separator: ".")
    }
}
