// What `require` sees inside a pack: its own modules, and those of the packs it depends on, by name.
import Foundation
import Lua

/// Resolves `require` for a script of one pack. `require("options")` loads `options.lua` from the
/// pack's own modules folder (`modules` in its manifest); `require("dk.tovholder.screening.options")`
/// loads it from the modules folder of that pack, which must be the pack itself or one it declares
/// as a dependency. Nothing else is reachable: not another pack's modules, not its flows, not a
/// file outside the folders (the folder resolver refuses symbolic links out of them).
public struct PackModuleResolver: LuaModuleResolver, Hashable {
    /// A pack whose modules are in scope: its name and its modules folder (nil: it has none).
    public struct Scope: Hashable, Sendable {
        public let pack: String
        public let folder: String?

        public init(pack: String, folder: String?) {
            self.pack = pack
            self.folder = folder
        }
    }

    /// The pack the script belongs to.
    public let own: Scope
    /// The packs it depends on directly.
    public let dependencies: [Scope]

    public init(own: Scope, dependencies: [Scope] = []) {
        self.own = own
        self.dependencies = dependencies
    }

    public func resolve(_ module: String) throws -> LuaSource {
        // The longest pack name that prefixes the module wins (`dk.a` and `dk.a.b` may both be in scope).
        let named = ([own] + dependencies)
            .filter { module.hasPrefix($0.pack + ".") }
            .max { $0.pack.count < $1.pack.count }
        if let scope = named {
            return try resolve(String(module.dropFirst(scope.pack.count + 1)), in: scope, asked: module)
        }
        do {
            return try resolve(module, in: own, asked: module)
        } catch let error as LuaHostError {
            // Not one of its own: say so when the name looks like another pack's.
            guard let other = Self.looksLikeAnotherPack(module) else { throw error }
            let scope = dependencies.isEmpty ? "none" : dependencies.map(\.pack).joined(separator: ", ")
            throw LuaHostError(
                "module '\(module)' not found: pack '\(own.pack)' can require its own modules and those of the "
                    + "packs it depends on (\(scope)); if '\(other)...' is another pack, add it to [dependencies] in pack.toml"
            )
        }
    }

    private func resolve(_ module: String, in scope: Scope, asked: String) throws -> LuaSource {
        guard let folder = scope.folder else {
            throw LuaHostError("module '\(asked)': pack '\(scope.pack)' declares no modules folder (modules = \"...\")")
        }
        return try FolderModuleResolver(root: folder).resolve(module)
    }

    /// The first two parts of `a.b.c` when the first looks like a top-level domain (`dk`, `com`...):
    /// most likely the start of another pack's name, for a helpful message.
    private static func looksLikeAnotherPack(_ module: String) -> String? {
        let parts = module.split(separator: ".")
        guard parts.count >= 3, ["dk", "com", "org", "net", "eu", "io", "se", "no", "de"].contains(parts[0]) else {
            return nil
        }
        return parts.prefix(2).joined(separator: ".")
    }
}
