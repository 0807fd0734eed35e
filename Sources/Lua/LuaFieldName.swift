// A table key made into a Lua string once and kept in the state, for reading fields without interning.
import CLua
import CLuaShim

/// A string key held in its state's registry. Reading a field by it
/// (``LuaStackValue/field(_:_:)-(LuaFieldName,_)``) pushes the ready-made Lua string instead of
/// making one from Swift text, which saves Lua's string interning on every read. Use it with
/// the state it came from; the reference is released with the last Swift reference.
public final class LuaFieldName {
    public let name: String
    @usableFromInline let reference: Int32
    @usableFromInline let lifetime: LuaStateLifetime
    private let thread: OpaquePointer

    init(_ name: String, state: LuaState) {
        self.name = name
        let thread = state.L
        LuaState.pushString(name, on: thread)
        reference = tvh_ref(thread)
        lifetime = state.lifetime
        self.thread = thread
    }

    deinit {
        if lifetime.isOpen { tvh_unref(thread, reference) }
    }
}

extension LuaState {
    /// The key `name`, made once for reading many tables' fields by it.
    public func fieldName(_ name: String) throws -> LuaFieldName {
        guard lua_checkstack(L, 1) != 0 else { throw LuaError(kind: .host, message: "Lua stack overflow") }
        return LuaFieldName(name, state: self)
    }
}
