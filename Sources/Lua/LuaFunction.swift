// A reference to a Lua function held in the registry of the state it came from.
import CLua
import CLuaShim

/// A Lua function kept alive for Swift. Call it with ``LuaState/call(_:_:)`` on its own state.
/// The reference is released when the last Swift reference goes away.
public final class LuaFunction: CustomStringConvertible {
    let reference: Int32
    weak var state: LuaState?

    init(reference: Int32, state: LuaState) {
        self.reference = reference
        self.state = state
    }

    deinit {
        state?.releaseReference(reference)
    }

    public var description: String { "function (ref \(reference))" }
}
