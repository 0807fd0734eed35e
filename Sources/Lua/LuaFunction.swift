// A reference to a Lua function held in the registry of the state it came from.
import CLua
import CLuaShim

/// A Lua function kept alive for Swift. Call it with ``LuaState/call(_:_:)`` on its own state.
/// The reference is released when the last Swift reference goes away; once its state is
/// closed, the reference is inert.
public final class LuaFunction: CustomStringConvertible {
    let reference: Int32
    let lifetime: LuaStateLifetime
    private let thread: OpaquePointer

    init(reference: Int32, state: LuaState) {
        self.reference = reference
        self.lifetime = state.lifetime
        self.thread = state.L
    }

    deinit {
        if lifetime.isOpen { tvh_unref(thread, reference) }
    }

    public var description: String { "function (ref \(reference))" }
}
