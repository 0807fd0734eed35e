// Which flow, in which version, from which pack in which version: what a response was answered under.

/// The flow a response was answered or rescored under.
public struct FlowReference: Hashable, Sendable, Codable, CustomStringConvertible {
    public let id: String
    public let version: SemanticVersion
    /// The pack that shipped the flow and its version; nil for a flow loaded outside a pack.
    public let pack: String?
    public let packVersion: SemanticVersion?

    public init(id: String, version: SemanticVersion, pack: String? = nil, packVersion: SemanticVersion? = nil) {
        self.id = id
        self.version = version
        self.pack = pack
        self.packVersion = packVersion
    }

    /// `audit 1.0.0 (dk.tovholder.screening 1.0.0)`.
    public var description: String {
        guard let pack else { return "\(id) \(version)" }
        return "\(id) \(version) (\(pack)\(packVersion.map { " \($0)" } ?? ""))"
    }
}
