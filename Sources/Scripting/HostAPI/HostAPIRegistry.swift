// Every module and function a pack's Lua can see: the one list that registers them and generates their stubs and docs.
import Lua

/// The host API as packs see it. Registering modules into a state and generating the LuaLS
/// stubs, the luacheck standard and the reference (``LuaStubGenerator``, ``LuacheckStdGenerator``,
/// ``LuaAPIReferenceGenerator``) all read ``modules``, so the editor, the linter, the docs and the
/// host cannot disagree. A new module (workflows, reports) adds its declaration to ``swiftModules``.
public enum HostAPIRegistry {
    /// Every module, sorted by name.
    public static var modules: [HostAPIModule] {
        (swiftModules + luaModules + specModules).sorted { $0.name < $1.name }
    }

    /// The modules only spec files run by `tovholder pack test` see (`flows`, `fixture`).
    static var specModules: [HostAPIModule] { SpecAPI.modules }

    /// The modules implemented in Swift, which ``register(into:context:)`` puts in every pack's
    /// state. Workflow and report modules join them here.
    static var swiftModules: [HostAPIModule] { [TovholderAPI.module, WorkflowAPI.module, DataAPI.module] }

    /// The modules the host's Lua libraries define, declared for the stubs and the reference.
    static var luaModules: [HostAPIModule] { [ScreeningLibraryAPI.module, ReportLibraryAPI.module] }

    /// The module scripts see as the global `name`.
    public static func module(named name: String) -> HostAPIModule? {
        modules.first { $0.name == name }
    }

    /// Registers every module implemented in Swift as a locked global of `state`. A function whose
    /// capability the state's grants lack refuses every call, naming it. (Modules defined in Lua
    /// are loaded by the engine they belong to: `screening` by the flow loader.)
    public static func register(into state: LuaState, context: HostAPIContext = HostAPIContext()) throws {
        try register(swiftModules, into: state, context: context)
    }

    /// Registers the spec files' modules (`tovholder pack test` only), bound to the spec's session.
    static func registerSpec(into state: LuaState, context: HostAPIContext) throws {
        try register(specModules, into: state, context: context)
    }

    private static func register(_ modules: [HostAPIModule], into state: LuaState, context: HostAPIContext) throws {
        for module in modules {
            if let luaModule = module.luaModule(context) { try state.register(luaModule) }
        }
    }
}
