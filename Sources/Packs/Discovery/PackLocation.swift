// A folder holding `pack.toml`, found on the search path, before its manifest is read.
import Foundation

/// A pack's folder and the layer it was found in. Nothing in it has been read yet.
public struct PackLocation: Hashable, Sendable, CustomStringConvertible {
    public let layer: PackLayer
    /// The pack's folder, as the search path names it (joined with the pack's folder name).
    public let folder: String

    public init(layer: PackLayer, folder: String) {
        self.layer = layer
        self.folder = folder
    }

    /// The path of the pack's `pack.toml`.
    public var manifestPath: String { (folder as NSString).appendingPathComponent(PackManifest.fileName) }

    public var description: String { folder }
}
