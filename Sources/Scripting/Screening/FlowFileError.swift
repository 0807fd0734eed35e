// A flow file that cannot be used: which file, which field, and what was expected.

/// A problem with a flow file found while loading it: the file, the field's path in the returned
/// table (`items[3].options[2].code`) and what is wrong. For flow authors, so in English.
public struct FlowFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let field: String?
    public let message: String

    public init(file: String, field: String? = nil, _ message: String) {
        self.file = file
        self.field = field
        self.message = message
    }

    /// `flows/audit.lua: items[3].options: expected a list of options`.
    public var description: String {
        guard let field else { return "\(file): \(message)" }
        return "\(file): \(field): \(message)"
    }
}
