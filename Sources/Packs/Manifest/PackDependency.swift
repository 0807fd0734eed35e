// A pack another pack needs, and the versions of it that will do.

/// An entry of `[dependencies]`: a pack name and the range of its versions that will do.
public struct PackDependency: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let range: VersionRange

    public init(name: String, range: VersionRange) {
        self.name = name
        self.range = range
    }

    /// `dk.vendor.kip ^1.2`.
    public var description: String { "\(name) \(range)" }
}
