// The sandboxed state a pack's entry file (a flow, a report) runs in, and loading the file into it behind its library.
import Foundation
import Lua

extension FlowFile {
    /// A state for this file: a pack's file may `require` what its pack resolves (its own modules
    /// and its dependencies') and do what its pack declares; a loose file, the modules beside it and
    /// nothing needing a capability. The host API's Swift modules are registered with `context`.
    func makeState(
        limits: LuaLimits, clock: @escaping @Sendable () -> Date, context: HostAPIContext = HostAPIContext()
    ) throws -> LuaState {
        let modules: any LuaModuleResolver =
            pack?.modules ?? FolderModuleResolver(root: (path as NSString).deletingLastPathComponent)
        let grants = pack.map(LuaGrants.init(pack:)) ?? LuaGrants(looseFile: path)
        let state = try LuaState(
            limits: limits, sandbox: LuaSandbox(clock: clock, randomSeed: 0, modules: modules, grants: grants))
        try HostAPIRegistry.register(into: state, context: context)
        return state
    }

    /// Runs `bootstrap` (named `loader`) in `state` with the library (`library`, named `libraryChunk`)
    /// and this file's chunk, and returns what it returned.
    /// - Throws: ``FlowFileError`` when the file cannot be read; `LuaError` when it does not compile or run.
    func load(
        in state: LuaState, bootstrap: String, loader: String, library: String, libraryChunk: String
    ) throws -> [LuaValue] {
        let source: String
        do {
            source = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw FlowFileError(file: path, "cannot read the file: \(error.localizedDescription)")
        }
        let bootstrapChunk = try state.load(bootstrap, chunkName: loader)
        let libraryFunction = try state.load(library, chunkName: libraryChunk)
        let chunk = try state.load(source, chunkName: path)
        return try state.call(bootstrapChunk, [.function(libraryFunction), .function(chunk)])
    }
}
