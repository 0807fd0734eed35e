// One pack's workflow files loaded into the pack's own sandboxed Lua state, under the pack's grants.
import Foundation
import Lua
import Packs

/// The workflow files of one pack, in one `lua_State`: the pack's rules share its globals and
/// modules, and see no other pack's. Not thread-safe.
final class LoadedWorkflowPack {
    let identity: PackIdentity
    let state: LuaState
    /// `function(handler, event) return handler(event, workflow) end`: calls a rule with the
    /// event and the `workflow` module as its `ctx`.
    let runner: LuaFunction

    /// A state for `identity` with the host API registered and bound to `session`.
    init(identity: PackIdentity, session: WorkflowSession, limits: LuaLimits) throws {
        self.identity = identity
        let clock = session.clock
        state = try LuaState(
            limits: limits,
            sandbox: LuaSandbox(
                clock: { clock.now }, randomSeed: 0, modules: identity.modules, grants: LuaGrants(pack: identity)))
        try HostAPIRegistry.register(into: state, context: HostAPIContext(workflow: session))
        let made = try state.run(
            "local ctx = workflow\nreturn function(handler, event) return handler(event, ctx) end",
            chunkName: "workflow runner")
        guard case .function(let runner)? = made.first else { throw LuaHostError("the workflow runner did not load") }
        self.runner = runner
    }

    /// Runs the workflow file `path` (id `workflow`), whose `workflow.on` calls register its rules.
    /// - Throws: `LuaError` naming the file (shown as `<pack>/<relative path>`) and line.
    func load(workflow: String, path: String, relativePath: String, session: WorkflowSession) throws {
        let source: String
        do {
            source = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LuaHostError("cannot read \(path): \(error.localizedDescription)")
        }
        let chunk = identity.name + "/" + relativePath
        session.loading = WorkflowSession.Loading(pack: self, workflow: workflow, chunk: chunk)
        defer { session.loading = nil }
        _ = try state.call(try state.load(source, chunkName: chunk))
    }
}
