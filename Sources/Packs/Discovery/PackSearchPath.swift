// The folders packs are looked for in, layer by layer, and finding the packs in them.
import Foundation

/// The folders packs are found in, in order: the product's own packs (``PackLayer/builtin``),
/// the site's `packs/` folder (``PackLayer/site``), then the municipality's folders
/// (``PackLayer/municipality``). Each folder is either a pack itself (it holds `pack.toml`) or a
/// folder of packs (its subfolders that hold `pack.toml`; hidden ones are skipped).
public struct PackSearchPath: Hashable, Sendable {
    /// A folder on the path and its layer.
    public struct Folder: Hashable, Sendable {
        public let layer: PackLayer
        public let path: String

        public init(layer: PackLayer, path: String) {
            self.layer = layer
            self.path = path
        }
    }

    /// The site folder: `TOVHOLDER_SITE`, unless `--site` names one.
    public static let siteVariable = "TOVHOLDER_SITE"
    /// The municipality's folders: a `:`-separated list, searched before those from `--packs`.
    public static let packsVariable = "TOVHOLDER_PACKS"
    /// The folder of packs inside a site folder.
    public static let sitePacksFolder = "packs"

    /// In search order.
    public let folders: [Folder]
    /// The site folder (holding `site.toml` and `packs/`), if there is one.
    public let site: String?

    public init(folders: [Folder], site: String? = nil) {
        self.folders = folders
        self.site = site
    }

    /// The standard path. `site` is `--site` (else `TOVHOLDER_SITE`); `packs` are the `--packs`
    /// folders, searched after `TOVHOLDER_PACKS`; `builtin` replaces the shipped packs' folder
    /// (else `TOVHOLDER_BUILTIN_PACKS`, else ``BuiltinPacks/locate(executable:)``).
    public static func standard(
        site: String? = nil, packs: [String] = [], builtin: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PackSearchPath {
        var folders: [Folder] = []
        if let builtin = builtin ?? environment[BuiltinPacks.environmentVariable] ?? BuiltinPacks.locate() {
            folders.append(Folder(layer: .builtin, path: builtin))
        }
        let site = site ?? environment[siteVariable].flatMap { $0.isEmpty ? nil : $0 }
        if let site {
            folders.append(Folder(layer: .site, path: (site as NSString).appendingPathComponent(sitePacksFolder)))
        }
        let listed = (environment[packsVariable] ?? "").split(separator: ":").map(String.init)
        for path in listed + packs where !path.isEmpty {
            folders.append(Folder(layer: .municipality, path: path))
        }
        return PackSearchPath(folders: folders, site: site)
    }

    /// The folders holding `pack.toml`, in search order, without reading them. A folder named
    /// twice is searched once. A site-layer folder may be missing (nothing installed yet); the
    /// site folder itself and every other folder must exist.
    /// - Throws: ``PackError`` (`.io`) for a folder on the path that does not exist or cannot be listed.
    public func locations() throws -> [PackLocation] {
        let manager = FileManager.default
        if let site, !isFolder(site) {
            throw PackError(.io, file: site, "no such site folder")
        }
        var seen: Set<String> = []
        var locations: [PackLocation] = []
        for folder in folders {
            let key = URL(fileURLWithPath: folder.path).standardizedFileURL.path
            guard seen.insert(key).inserted else { continue }
            guard isFolder(folder.path) else {
                if folder.layer == .site { continue }  // `packs/` appears with the first install
                throw PackError(.io, file: folder.path, "no such pack folder (\(folder.layer) packs)")
            }
            if manager.fileExists(atPath: (folder.path as NSString).appendingPathComponent(PackManifest.fileName)) {
                locations.append(PackLocation(layer: folder.layer, folder: folder.path))
                continue
            }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: folder.path)
            } catch {
                throw PackError(.io, file: folder.path, "cannot be listed: \(TOMLFields.reason(error))")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = (folder.path as NSString).appendingPathComponent(name)
                if manager.fileExists(atPath: (path as NSString).appendingPathComponent(PackManifest.fileName)) {
                    locations.append(PackLocation(layer: folder.layer, folder: path))
                }
            }
        }
        return locations
    }

    /// Every pack on the path with its manifest read, in search order. Only manifests are opened.
    /// - Throws: ``PackError``: a missing folder, or the first manifest that does not read.
    public func discover() throws -> [DiscoveredPack] {
        try locations().map { try DiscoveredPack(reading: $0) }
    }

    private func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
