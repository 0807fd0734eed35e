// Where a flow file is: its path, the id and version its name promises, and the pack it ships in.
import Core
import Foundation

/// The pack a flow ships in, as loading the flow needs it: its name and version (recorded with
/// every response), its folder, and what its `require` may load.
public struct PackIdentity: Hashable, Sendable {
    public let name: String
    public let version: SemanticVersion
    /// The pack's folder.
    public let root: String
    /// Its own modules and those of the packs it depends on.
    public let modules: PackModuleResolver
    /// What its manifest says it may do (`cases:read`...): the host API checks these at call time.
    public let capabilities: [String]

    public init(
        name: String, version: SemanticVersion, root: String, modules: PackModuleResolver? = nil,
        capabilities: [String] = []
    ) {
        self.name = name
        self.version = version
        self.root = root
        self.modules = modules ?? PackModuleResolver(own: .init(pack: name, folder: root))
        self.capabilities = capabilities
    }
}

/// A flow file found on the search path. The file name is the flow's id (`audit.lua`), or the id
/// and a version kept for rescoring old responses (`audit@1.0.0.lua`).
public struct FlowFile: Hashable, Sendable {
    public let path: String
    public let id: String
    /// The version the file name promises, if it names one.
    public let version: SemanticVersion?
    public let pack: PackIdentity?

    public init(path: String, id: String, version: SemanticVersion? = nil, pack: PackIdentity? = nil) {
        self.path = path
        self.id = id
        self.version = version
        self.pack = pack
    }

    /// A flow file at `path` outside any pack; its id and version come from the file name.
    public init?(path: String, pack: PackIdentity? = nil) {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".lua") else { return nil }
        let stem = String(name.dropLast(4))
        let parts = stem.split(separator: "@", maxSplits: 1).map(String.init)
        guard let id = parts.first, FlowDefinition.isValidID(id) else { return nil }
        var version: SemanticVersion?
        if parts.count == 2 {
            guard let named = SemanticVersion(parts[1]) else { return nil }
            version = named
        }
        self.init(path: path, id: id, version: version, pack: pack)
    }
}
