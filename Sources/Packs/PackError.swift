// A pack that cannot be used: which file or folder, which field, and what was expected.

/// A problem with a pack: its manifest, its place on the search path, its dependencies, its lock
/// or its signature. Names the file (or the pack's folder), the line when the problem is a TOML
/// syntax error, the field's dotted path, and what was expected. Pack authors and municipal IT
/// read these, so like ``FlowFileError`` they are in English.
///
/// Match on ``code`` to tell kinds apart: `catch let error as PackError where error.code == .lockChanged`.
public struct PackError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Code
    /// The file or folder the problem is in; nil when it spans several packs (a dependency cycle).
    public let file: String?
    /// The line in `file`, for syntax errors.
    public let line: Int?
    /// The field's dotted path in the file: `host_api`, `dependencies."dk.vendor.kip"`, `capabilities[2]`.
    public let field: String?
    public let message: String

    public init(_ code: Code, file: String? = nil, line: Int? = nil, field: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `Plugins/x/pack.toml: host_api: expected a version range such as ">=1.0, <2.0", got "1.0-2"`;
    /// `Plugins/x/pack.toml:3: expected ...` for a syntax error.
    public var description: String {
        var text = ""
        if let file { text += line.map { "\(file):\($0): " } ?? "\(file): " }
        if let field { text += "\(field): " }
        return text + message
    }
}
