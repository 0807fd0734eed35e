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
}

/// A Swift function exposed to Lua, usually as a field of a host module (`case.get`).
///
/// The body never raises a Lua error itself: it returns, or throws a Swift error that the C
/// trampoline turns into a Lua error after the Swift frames are gone. Argument errors read
/// like Lua's own: `bad argument #1 to 'case.get' (string expected, got nil)`.
public final class LuaHostFunction {
    public typealias Body = (LuaArguments) throws -> LuaResult

    /// The name inside its module (`get`).
    public let name: String
    /// The host API version that introduced the function (`1.0`).
    public let since: String
    /// One line for the generated reference.
    public let summary: String
    /// The name scripts see in messages (`case.get`); set when registered.
    public internal(set) var qualifiedName: String
    let body: Body
    weak var state: LuaState?

    public init(_ name: String, since: String, summary: String = "", body: @escaping Body) {
        self.name = name
        self.since = since
        self.summary = summary
        self.qualifiedName = name
        self.body = body
    }

    /// Runs the body with the arguments on `thread`'s stack. Returns the number of results
    /// pushed, or -1 with a message pushed for the trampoline to raise.
    func invoke(on thread: OpaquePointer) -> Int32 {
        guard let state else {
            LuaState.pushString("\(qualifiedName): the Lua state is gone", on: thread)
            return -1
        }
        let outerThread = state.currentThread
        state.currentThread = thread
        defer { state.currentThread = outerThread }
        do {
            let result = try body(LuaArguments(thread: thread, state: state, functionName: qualifiedName))
            switch result {
            case .none:
                return 0
            case .value(let value):
                try state.push(value, on: thread)
                return 1
            case .values(let values):
                guard lua_checkstack(thread, Int32(clamping: values.count)) != 0 else {
                    throw LuaHostError("too many results")
                }
                for value in values { try state.push(value, on: thread) }
                return Int32(values.count)
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

/// The dispatcher the trampoline calls; `function` is an unretained LuaHostFunction owned by
/// its state.
let luaHostDispatch: tvh_dispatch_fn = { thread, function in
    Unmanaged<LuaHostFunction>.fromOpaque(function!).takeUnretainedValue().invoke(on: thread!)
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

    /// Pushes a Lua function that runs `function`. The state keeps the function alive.
    func pushHostFunction(_ function: LuaHostFunction, on thread: OpaquePointer) {
        function.state = self
        hostFunctions.append(function)
        tvh_push_host_function(thread, Unmanaged.passUnretained(function).toOpaque())
    }
}
