// Finding packs on the search path: the product's own, then folders from --packs and TOVHOLDER_PACKS.
import Core
import Foundation

/// The folders packs are looked for in, in order: the packs shipped with the product, then the
/// folders from `TOVHOLDER_PACKS` (a `:`-separated list), then those given with `--packs`.
/// A folder is either a pack itself (it holds `pack.toml`) or holds packs as subfolders.
public struct PackSearchPath: Sendable {
    public static let environmentVariable = "TOVHOLDER_PACKS"
    /// Overrides where the shipped packs are (an installation that moves them, or tests).
    public static let builtinVariable = "TOVHOLDER_BUILTIN_PACKS"

    public let folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The standard search path: shipped packs, `TOVHOLDER_PACKS`, then `extra`.
    public static func standard(
        extra: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PackSearchPath {
        var folders: [String] = []
        if let builtin = environment[builtinVariable] ?? locateBuiltin() { folders.append(builtin) }
        if let list = environment[environmentVariable] {
            folders += list.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        return PackSearchPath(folders: folders + extra)
    }

    /// The `Plugins` folder shipped with the product: next to the executable or in a folder above
    /// it (a build tree: `.build/debug/tovholder` → `Plugins`), or in `share/tovholder` beside `bin`.
    static func locateBuiltin() -> String? {
        guard let executable = Bundle.main.executablePath else { return nil }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Plugins", "share/tovholder/Plugins", "../share/tovholder/Plugins"] {
                let path = folder.appendingPathComponent(candidate).standardizedFileURL.path
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    return path
                }
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Every pack on the path, in search order.
    /// - Throws: ``FlowFileError`` for a manifest without a name or a version, or a folder that
    ///   does not exist.
    public func packs() throws -> [PackIdentity] {
        var packs: [PackIdentity] = []
        let manager = FileManager.default
        for folder in folders {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw FlowFileError(file: folder, "no such pack folder")
            }
            if manager.fileExists(atPath: folder + "/pack.toml") {
                packs.append(try PackManifestHeader.read(packAt: folder))
                continue
            }
            for name in try manager.contentsOfDirectory(atPath: folder).sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                if manager.fileExists(atPath: path + "/pack.toml") {
                    packs.append(try PackManifestHeader.read(packAt: path))
                }
            }
        }
        return packs
    }
}

/// The few manifest fields flows need: `name`, `version` and the `flows` folder. (Reading the
/// whole manifest, with its checks, is the pack issue's.)
enum PackManifestHeader {
    static func read(packAt root: String) throws -> PackIdentity {
        let file = root + "/pack.toml"
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw FlowFileError(file: file, "cannot read the manifest: \(error.localizedDescription)")
        }
        let fields = topLevelStrings(text)
        guard let name = fields["name"], !name.isEmpty else {
            throw FlowFileError(file: file, field: "name", "expected a pack name such as \"dk.kommune.flows\"")
        }
        guard let versionText = fields["version"], let version = SemanticVersion(versionText) else {
            throw FlowFileError(file: file, field: "version", "expected a semantic version such as \"1.0.0\"")
        }
        return PackIdentity(name: name, version: version, root: root)
    }

    /// The folder of a pack's flows (`flows = "..."` in the manifest; `flows` by default).
    static func flowsFolder(of pack: PackIdentity) -> String {
        let text = (try? String(contentsOfFile: pack.root + "/pack.toml", encoding: .utf8)) ?? ""
        let relative = topLevelStrings(text)["flows"] ?? "flows"
        return pack.root + "/" + relative
    }

    /// `key = "value"` lines before the first `[table]`.
    private static func topLevelStrings(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { break }
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard value.hasPrefix("\""), let end = value.dropFirst().firstIndex(of: "\"") else { continue }
            fields[key] = String(value[value.index(after: value.startIndex)..<end])
        }
        return fields
    }
}
