// A resolved pack as flows see it: its name, version, folder and the modules its require may load.
import Foundation
import Packs

extension PackIdentity {
    /// `pack` of `set`: its modules folder and those of its direct dependencies are in scope.
    public init(resolved pack: ResolvedPack, in set: ResolvedPackSet) {
        func scope(_ pack: ResolvedPack) -> PackModuleResolver.Scope {
            .init(
                pack: pack.name,
                folder: pack.manifest.modules.map { (pack.folder as NSString).appendingPathComponent($0) })
        }
        let dependencies = set.requireScope(of: pack.name).filter { $0.name != pack.name }.map(scope)
        self.init(
            name: pack.name, version: pack.manifest.version, root: pack.folder,
            modules: PackModuleResolver(own: scope(pack), dependencies: dependencies),
            capabilities: pack.manifest.capabilities.map(\.rawValue))
    }
}
