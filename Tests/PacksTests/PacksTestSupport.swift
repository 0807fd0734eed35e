// Shared helpers for the pack tests: writing packs into temporary folders, and the shipped Plugins folder.
import Core
import Foundation
@_exported import TovholderTesting

@testable import Packs

enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let plugins = repository + "/Plugins"
}

/// The text of a `pack.toml` with the required fields and `extra` lines after them.
func manifestText(_ name: String, _ version: String = "1.0.0", hostAPI: String = ">=1.0, <2.0", _ extra: String = "")
    -> String
{
    """
    name = "\(name)"
    version = "\(version)"
    host_api = "\(hostAPI)"
    title = "Test pack \(name)"
    \(extra)
    """
}

extension TemporaryFolder {
    /// Writes a pack into `relative` (a folder inside this one): its manifest and `files`
    /// (path inside the pack → text). Returns the pack's folder.
    @discardableResult
    func pack(
        _ relative: String, name: String, version: String = "1.0.0", hostAPI: String = ">=1.0, <2.0",
        manifest extra: String = "", files: [String: String] = [:]
    ) throws -> String {
        try write(relative + "/pack.toml", manifestText(name, version, hostAPI: hostAPI, extra))
        for (path, text) in files { try write(relative + "/" + path, text) }
        return (self.path as NSString).appendingPathComponent(relative)
    }

    /// The full path of `relative`.
    func at(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }
}

/// The packs in the layers' folders (inside `folder`), discovered.
func discover(
    in folder: TemporaryFolder, builtin: String? = nil, site: String? = nil, municipality: [String] = []
) throws -> [DiscoveredPack] {
    var folders: [PackSearchPath.Folder] = []
    if let builtin { folders.append(.init(layer: .builtin, path: folder.at(builtin))) }
    if let site { folders.append(.init(layer: .site, path: folder.at(site))) }
    for path in municipality { folders.append(.init(layer: .municipality, path: folder.at(path))) }
    return try PackSearchPath(folders: folders).discover()
}

/// Resolves against host API 1.0.0.
func resolve(_ packs: [DiscoveredPack], hostAPI: SemanticVersion = SemanticVersion(1, 0, 0)) throws
    -> ResolvedPackSet
{
    try PackResolver(hostAPI: hostAPI).resolve(packs)
}

/// The error `body` throws, as a PackError; nil when it throws none or another kind.
func packError(_ body: () throws -> Void) -> PackError? {
    do {
        try body()
        return nil
    } catch let error as PackError {
        return error
    } catch {
        return nil
    }
}
