// Where `require` finds a script's modules: a protocol, and the folder-based resolver.
import Foundation

/// The text of a Lua chunk and the name errors show for it.
public struct LuaSource: Sendable, Equatable {
    public var text: String
    public var chunkName: String

    public init(text: String, chunkName: String) {
        self.text = text
        self.chunkName = chunkName
    }
}

/// Finds the source of a module a script `require`s. Throws ``LuaHostError`` with a message for
/// the script when the module does not exist.
public protocol LuaModuleResolver: Sendable {
    func resolve(_ module: String) throws -> LuaSource
}

/// Resolves `require("a.b")` to `ROOT/a/b.lua` or `ROOT/a/b/init.lua`, and nothing outside ROOT:
/// names are dotted identifiers, and a path that leaves the folder through a symbolic link is
/// refused.
public struct FolderModuleResolver: LuaModuleResolver {
    /// The folder as the host named it (used in chunk names, so errors show familiar paths).
    public let root: String

    public init(root: String) {
        self.root = root.isEmpty ? "." : root
    }

    public func resolve(_ module: String) throws -> LuaSource {
        guard Self.isValidName(module) else {
            throw LuaHostError("invalid module name '\(module)': use dotted names of letters, digits and '_'")
        }
        let relative = module.split(separator: ".").joined(separator: "/")
        let candidates = ["\(relative).lua", "\(relative)/init.lua"]
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL.path
        for candidate in candidates {
            let path = (root as NSString).appendingPathComponent(candidate)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let realPath = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            guard realPath.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
                throw LuaHostError("module '\(module)' resolves outside the script's folder")
            }
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LuaHostError("module '\(module)': cannot read \(path)")
            }
            return LuaSource(text: text, chunkName: path)
        }
        let tried = candidates.map { "'\((root as NSString).appendingPathComponent($0))'" }.joined(separator: ", ")
        throw LuaHostError("module '\(module)' not found (looked for \(tried))")
    }

    static func isValidName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            }
    }
}
