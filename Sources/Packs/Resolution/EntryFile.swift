// A flow, workflow or report file a pack provides, with the id and version its name gives.
import Core
import Foundation

/// A file in one of a pack's entry-point folders. Its name is the id (`audit.lua`), or the id and
/// a version kept for older records (`audit@1.0.0.lua`). Found by listing the folder; the file is
/// not opened.
public struct EntryFile: Hashable, Sendable, CustomStringConvertible {
    public let kind: EntryKind
    public let id: String
    /// The version the file name names, if it names one.
    public let version: SemanticVersion?
    /// The pack that has the file.
    public let pack: String
    /// The file's path: the pack's folder joined with ``relativePath``.
    public let path: String
    /// The path inside the pack: `flows/audit.lua`.
    public let relativePath: String

    public init(
        kind: EntryKind, id: String, version: SemanticVersion?, pack: String, path: String, relativePath: String
    ) {
        self.kind = kind
        self.id = id
        self.version = version
        self.pack = pack
        self.path = path
        self.relativePath = relativePath
    }

    /// The id and version a file name gives: `audit.lua` → (`audit`, nil), `audit@1.0.0.lua` →
    /// (`audit`, 1.0.0); nil for a name that is neither.
    public static func parseName(_ name: String) -> (id: String, version: SemanticVersion?)? {
        guard name.hasSuffix(".lua") else { return nil }
        let parts = name.dropLast(4).split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            .map(String.init)
        guard EntryKind.isValidID(parts[0]) else { return nil }
        guard parts.count == 2 else { return (parts[0], nil) }
        guard let version = SemanticVersion(parts[1]) else { return nil }
        return (parts[0], version)
    }

    public var description: String { path }
}
