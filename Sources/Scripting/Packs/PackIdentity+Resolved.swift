// A pack as flows see it, from its manifest: its name, version, folder, capabilities and the modules its require may load.
import Foundation
import Packs

extension PackModuleResolver.Scope {
    /// The modules folder a manifest names (`modules = "lib"`) inside the pack's folder.
    public init(pack: String, root: String, modules: String?) {
        self.init(pack: pack, folder: modules.map { (root as NSString).appendingPathComponent($0) })
    }
}

extension PackIdentity {
    /// The pack whose manifest is `manifest`, in `folder`; `dependencies` are the modules scopes of
    /// the packs it depends on that are on the search path.
    public init(manifest: PackManifest, folder: String, dependencies: [PackModuleResolver.Scope]) {
        self.init(
            name: manifest.name, version: manifest.version, root: folder,
            modules: PackModuleResolver(
                own: .init(pack: manifest.name, root: folder, modules: manifest.modules), dependencies: dependencies),
            capabilities: manifest.capabilities.map(\.rawValue))
    }

    /// `pack` of `set`: its modules folder and those of its direct dependencies are in scope.
    public init(resolved pack: ResolvedPack, in set: ResolvedPackSet) {
        let dependencies = set.requireScope(of: pack.name).filter { $0.name != pack.name }.map {
            PackModuleResolver.Scope(pack: $0.name, root: $0.folder, modules: $0.manifest.modules)
        }
        self.init(manifest: pack.manifest, folder: pack.folder, dependencies: dependencies)
    }
}
