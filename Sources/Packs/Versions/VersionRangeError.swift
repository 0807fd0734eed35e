// A version range that does not parse: what was written, and what was expected.

/// A version range that is not one: `1.0-2`, `>=`, `>=2.0, <1.0`. Its description is the
/// sentence a manifest error puts after the field's name.
public struct VersionRangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The range as written.
    public let text: String
    /// What in particular is wrong, when that is more than "not a range".
    public let detail: String?

    public init(text: String, detail: String? = nil) {
        self.text = text
        self.detail = detail
    }

    /// `expected a version range such as ">=1.0, <2.0", got "1.0-2"`, and the detail in parentheses.
    public var description: String {
        let base = "expected a version range such as \">=1.0, <2.0\", got \"\(text)\""
        return detail.map { "\(base) (\($0))" } ?? base
    }
}
