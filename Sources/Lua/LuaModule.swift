// A host module: a named, read-only table of Swift functions that scripts see as a global.
import CLua
import CLuaShim

/// A set of host functions scripts reach as `name.function(...)`. Registered modules are
/// locked: scripts can call and iterate them but cannot add, replace or remove fields, and
/// `getmetatable` on them returns `"locked"`.
public struct LuaModule {
    /// The global name (`case`).
    public var name: String
    /// One line for the generated reference.
    public var summary: String
    public var functions: [LuaHostFunction]
    /// Read-only values next to the functions (version numbers, enumerations).
    public var constants: [String: LuaValue]

    public init(
        _ name: String, summary: String = "", functions: [LuaHostFunction],
        constants: [String: LuaValue] = [:]
    ) {
        self.name = name
        self.summary = summary
        self.functions = functions
        self.constants = constants
    }
}

extension LuaState {
    /// Makes `module` a locked global of this state.
    public func register(_ module: LuaModule) throws {
        let thread = L
        let top = lua_gettop(thread)
        defer { lua_settop(thread, top) }
        guard lua_checkstack(thread, 4) != 0 else { throw LuaError(kind: .host, message: "Lua stack overflow") }
        lua_createtable(thread, 0, Int32(clamping: module.functions.count + module.constants.count))
        for (name, value) in module.constants {
            try pushLocked(value, named: "\(module.name).\(name)", on: thread)
            lua_setfield(thread, -2, name)
        }
        for function in module.functions {
            pushHostFunction(function, named: "\(module.name).\(function.name)", on: thread)
            lua_setfield(thread, -2, function.name)
        }
        tvh_push_locked_view(thread, -1, module.name)
        lua_setglobal(thread, module.name)
    }

    /// Pushes a value whose tables, at any depth, are locked views.
    private func pushLocked(_ value: LuaValue, named name: String, on thread: OpaquePointer) throws {
        guard case .table(let table) = value else {
            try push(value, on: thread)
            return
        }
        guard lua_checkstack(thread, 4) != 0 else { throw LuaError(kind: .host, message: "Lua stack overflow") }
        lua_createtable(thread, Int32(clamping: table.array.count), Int32(clamping: table.fields.count))
        for (offset, element) in table.array.enumerated() {
            try pushLocked(element, named: "\(name)[\(offset + 1)]", on: thread)
            lua_rawseti(thread, -2, lua_Integer(offset + 1))
        }
        for (key, element) in table.fields {
            try push(key.value, on: thread)
            try pushLocked(element, named: "\(name).\(key.text)", on: thread)
            lua_rawset(thread, -3)
        }
        tvh_push_locked_view(thread, -1, name)
        tvh_replace(thread, -2)
    }
}
