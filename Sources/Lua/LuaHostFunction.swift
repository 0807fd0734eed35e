// A Swift function callable from Lua, and the dispatcher the C trampoline calls it through.
import CLua
import CLuaShim

/// What a host function gives back to Lua.
public enum LuaResult {
    /// No values.
    case none
    /// One value.
    case value(LuaValue)
    /// Several values (for example `nil, "message"` for an expected failure).
    case values([LuaValue])
    /// One value written straight onto the stack, without building a ``LuaValue`` first: for large
    /// results (a report's hundred thousand cases).
    case pushing(any LuaPushable)
}

/// A Swift function exposed to Lua, usually as a field of a host module (`case.get`).
///
/// The body never raises a Lua error itself: it returns, or throws a Swift error that the C
/// trampoline turns into a Lua error after the Swift frames are gone. Argument errors read
/// like Lua's own: `bad argument #1 to 'case.get' (string expected, got nil)`.
///
/// A function with a ``capability`` runs only in a state whose ``LuaGrants`` include it (or in
/// an unrestricted state); elsewhere every call fails, naming the capability, the function, the
/// owner and the calling line, before the body runs.
public struct LuaHostFunction {
    public typealias Body = (LuaArguments) throws -> LuaResult

    /// The name inside its module (`get`).
    public let name: String
    /// The host API version that introduced the function (`1.0.0`).
    public let since: String
    /// One line for the generated reference.
    public let summary: String
    /// The capability a state must be granted to call it (`cases:read`); nil: none.
    public let capability: String?
    /// Its parameters and results, for the generated stubs and reference.
    public let signature: LuaSignature
    public let body: Body

    public init(
        _ name: String, since: String, summary: String = "", capability: String? = nil,
        signature: LuaSignature = LuaSignature(), body: @escaping Body
    ) {
        self.name = name
        self.since = since
        self.summary = summary
        self.capability = capability
        self.signature = signature
        self.body = body
    }
}

/// A host function bound to a state under the name scripts see (`case.get`). The trampoline
/// holds an unretained pointer to it; the state keeps it alive as long as the state lives.
@usableFromInline
final class LuaHostBinding {
    let qualifiedName: String
    let body: LuaHostFunction.Body
    unowned(unsafe) let state: LuaState

    init(_ function: LuaHostFunction, qualifiedName: String, state: LuaState) {
        self.qualifiedName = qualifiedName
        self.state = state
        // The capability is checked once, here: the grants cannot change, so a refused function
        // is bound to a body that only throws the refusal (the function's own body never runs),
        // and an allowed call costs nothing more than before.
        if let refusal = state.sandbox.grants?.refusal(of: qualifiedName, requiring: function.capability) {
            self.body = { _ in throw refusal }
        } else {
            self.body = function.body
        }
    }

    /// Runs the body with the arguments on `thread`'s stack. Returns the number of results
    /// pushed, or -1 with a message pushed for the trampoline to raise.
    func invoke(on thread: OpaquePointer) -> Int32 {
        do {
            let result = try body(LuaArguments(thread: thread, binding: self))
            switch result {
            case .none:
                return 0
            case .value(.integer(let value)):
                lua_pushinteger(thread, value)
                return 1
            case .value(let value):
                try state.push(value, on: thread)
                return 1
            case .values(let values):
                guard lua_checkstack(thread, Int32(clamping: values.count)) != 0 else {
                    throw LuaHostError("too many results")
                }
                for value in values { try state.push(value, on: thread) }
                return Int32(values.count)
            case .pushing(let value):
                let scope = LuaStackScope(opening: state)
                // Everything pushed stays reachable until the script drops it: a collection while
                // the rows are built would only mark them again and again.
                let wasRunning = tvh_gc_pause(thread, 1)
                defer {
                    if wasRunning != 0 { _ = tvh_gc_pause(thread, 0) }
                    scope.close()
                }
                let top = lua_gettop(thread)
                var writer = LuaStackWriter(thread: thread, scope: scope)
                try value.push(to: &writer)
                guard lua_gettop(thread) == top + 1 else {
                    lua_settop(thread, top)
                    throw LuaHostError("a host function's result must push exactly one Lua value")
                }
                return 1
            }
        } catch let error as LuaArgumentError {
            LuaState.pushString(error.message(function: qualifiedName), on: thread)
        } catch let error as LuaError where error.isLimit {
            // A limit that fired in a nested call: keep its message; the limit keeps firing.
            LuaState.pushString(error.message, on: thread)
        } catch {
            let message = LuaState.message(of: error)
            state.lastHostError = (message, error)
            LuaState.pushString(message, on: thread)
        }
        return -1
    }
}

/// The dispatcher the trampoline calls; `binding` is an unretained LuaHostBinding owned by its state.
let luaHostDispatch: tvh_dispatch_fn = { thread, binding in
    // The state keeps the binding alive: no retain and release around the call.
    Unmanaged<LuaHostBinding>.fromOpaque(binding!)._withUnsafeGuaranteedRef { $0.invoke(on: thread!) }
}

extension LuaState {
    /// The text a Swift error shows a script.
    static func message(of error: any Error) -> String {
        switch error {
        case let error as LuaHostError: return error.message
        case let error as LuaError: return error.description
        case let error as DecodingError: return error.luaDescription
        case let error as EncodingError: return error.luaDescription
        case let error as CustomStringConvertible: return error.description
        default: return String(describing: error)
        }
    }

    /// Pushes a Lua function that runs `function` under `qualifiedName`. The state keeps the
    /// binding alive.
    func pushHostFunction(_ function: LuaHostFunction, named qualifiedName: String, on thread: OpaquePointer) {
        let binding = LuaHostBinding(function, qualifiedName: qualifiedName, state: self)
        hostBindings.append(binding)
        tvh_push_host_function(thread, Unmanaged.passUnretained(binding).toOpaque())
    }
}
