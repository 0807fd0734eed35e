// A sandboxed Lua 5.4 state: its life cycle, its limits, and the host context C callbacks reach.
import CLua
import CLuaShim
import Foundation

/// One sandboxed `lua_State` with its own memory cap, time limit, globals and host functions.
///
/// A state is not thread-safe: use it from one thread at a time. States are cheap (tens of
/// microseconds), so give each pack its own: packs then cannot see each other's globals, string
/// metatable or memory.
public final class LuaState {
    /// The main thread of the state.
    let L: OpaquePointer
    /// What outlives the state in function references: whether it is still open.
    @usableFromInline let lifetime = LuaStateLifetime()
    /// The thread Swift code must use now: the main thread, or the coroutine whose host
    /// function is running.
    var currentThread: OpaquePointer { tvh_current_thread(L) }
    /// Host calls into Lua that have not returned; the time limit is armed for the outermost.
    var callDepth = 0
    /// The last error a host function raised, to tell host errors from script errors.
    var lastHostError: (message: String, error: any Error)?
    /// The chunk the outermost call started in, for errors that carry no position.
    var entryChunk: String?
    /// The scopes of the stack readers and writers of calls that are running.
    @usableFromInline @exclusivity(unchecked) var stackScopes = LuaStackScopes()

    /// Host functions bound to this state; they live as long as the state.
    var hostBindings: [LuaHostBinding] = []
    /// Receives what scripts print; nil writes `[chunk:line] text` to standard error.
    public var printHandler: ((LuaPrintedLine) -> Void)? {
        didSet { installPrintHandler() }
    }
    private var overrunBox: Unmanaged<OverrunBox>?

    /// The limits in force; changes apply from the next call.
    public var limits: LuaLimits {
        didSet { applyLimits() }
    }

    public let sandbox: LuaSandbox

    /// Creates a sandboxed state (see ``LuaSandbox``) with the given limits.
    public init(limits: LuaLimits = .standard, sandbox: LuaSandbox = LuaSandbox()) throws {
        tvh_set_dispatch(luaHostDispatch)
        guard let L = tvh_newstate(0) else {
            throw LuaError(kind: .memoryLimit, message: "cannot create a Lua state: out of memory")
        }
        self.L = L
        self.limits = limits
        self.sandbox = sandbox
        try installSandbox()
        applyLimits()
    }

    deinit {
        lifetime.isOpen = false
        tvh_close(L)
        overrunBox?.release()
        stackScopes.deallocate()
    }

    private func applyLimits() {
        tvh_set_memory_cap(L, max(0, limits.memoryBytes ?? 0))
        switch limits.timeStrategy {
        case .watchdog:
            tvh_set_time_strategy(L, TVH_TIME_WATCHDOG, 0)
        case .countHook(let instructions):
            tvh_set_time_strategy(L, TVH_TIME_COUNT_HOOK, Int32(clamping: instructions))
        }
    }

    /// How many values are on the stack of the thread Swift uses now (for checking that calls
    /// leave it as they found it).
    var stackDepth: Int { Int(lua_gettop(currentThread)) }

    /// Bytes the state holds now, and the most it held since it was created.
    public var memoryUsed: Int { tvh_memory_used(L) }
    public var memoryPeak: Int { tvh_memory_peak(L) }

    /// Called on the watchdog's thread if a script still runs `grace` after its time limit
    /// fired. That only happens inside one long C library call (a pathological string pattern,
    /// say) where no hook can stop it; a command-line host ends the process there.
    public func onTimeLimitOverrun(grace: Duration, _ handler: @escaping @Sendable () -> Void) {
        overrunBox?.release()
        let box = Unmanaged.passRetained(OverrunBox(handler))
        overrunBox = box
        let milliseconds = grace.components.seconds * 1000 + grace.components.attoseconds / 1_000_000_000_000_000
        tvh_set_overrun(
            L,
            { context in
                Unmanaged<OverrunBox>.fromOpaque(context!).takeUnretainedValue().handler()
            }, box.toOpaque(), milliseconds)
    }

    private func installPrintHandler() {
        guard printHandler != nil else {
            tvh_set_print(L, nil, nil)
            return
        }
        tvh_set_print(
            L,
            { context, chunk, line, text, length in
                let state = Unmanaged<LuaState>.fromOpaque(context!).takeUnretainedValue()
                let bytes = UnsafeRawBufferPointer(start: text, count: length)
                let printed = LuaPrintedLine(
                    chunk: chunk.map { String(cString: $0) } ?? "?", line: Int(line),
                    text: String(decoding: bytes, as: UTF8.self))
                state.printHandler?(printed)
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    // MARK: - Globals

    /// Sets a global variable of the sandbox.
    public func setGlobal(_ name: String, _ value: LuaValue) throws {
        guard lua_checkstack(L, 1) != 0 else { throw LuaError(kind: .host, message: "Lua stack overflow") }
        try push(value, on: L)
        lua_setglobal(L, name)
    }

    /// Reads a global variable (raw access: no metamethods run).
    public func global(_ name: String) throws -> LuaValue {
        guard lua_checkstack(L, 3) != 0 else { throw LuaError(kind: .host, message: "Lua stack overflow") }
        tvh_pushglobaltable(L)
        lua_pushstring(L, name)
        lua_rawget(L, -2)
        defer { tvh_pop(L, 2) }
        return try value(at: -1, on: L)
    }
}

/// One line a script printed, with where it printed it.
public struct LuaPrintedLine: Sendable, Equatable {
    public var chunk: String
    public var line: Int
    public var text: String
}

/// Shared by a state and the function references it hands out, which may outlive it.
@usableFromInline
final class LuaStateLifetime {
    var isOpen = true
}

private final class OverrunBox: Sendable {
    let handler: @Sendable () -> Void
    init(_ handler: @escaping @Sendable () -> Void) { self.handler = handler }
}
