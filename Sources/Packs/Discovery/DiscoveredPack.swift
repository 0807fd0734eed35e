// A pack found on the search path: its manifest, its folder and the layer it came from.

/// A pack on the search path with its manifest read and checked. Only `pack.toml` has been
/// opened; entry points, modules and the lock are read later, and only when needed.
public struct DiscoveredPack: Hashable, Sendable, CustomStringConvertible {
    public let manifest: PackManifest
    public let location: PackLocation

    public init(manifest: PackManifest, location: PackLocation) {
        self.manifest = manifest
        self.location = location
    }

    /// Reads the manifest of the pack at `location`.
    /// - Throws: ``PackError`` from ``PackManifestReader``.
    public init(reading location: PackLocation) throws {
        self.init(manifest: try PackManifestReader.read(packAt: location.folder), location: location)
    }

    public var name: String { manifest.name }
    public var folder: String { location.folder }
    public var layer: PackLayer { location.layer }

    /// `dk.tovholder.screening 1.0.0 (Plugins/dk.tovholder.screening)`.
    public var description: String { "\(manifest.label) (\(folder))" }
}
