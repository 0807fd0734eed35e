// Loading chunks and calling Lua from Swift: always protected, always under the limits.
import CLua
import CLuaShim
import Foundation

extension LuaState {
    /// Compiles `source` (text only; bytecode is refused) without running it.
    /// - Parameter chunkName: the name errors and tracebacks show, usually the file's path.
    public func load(_ source: String, chunkName: String) throws -> LuaFunction {
        let thread = currentThread
        var source = source
        let status = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                tvh_load(thread, chars.baseAddress, chars.count, "@" + chunkName)
            }
        }
        guard status == LUA_OK else {
            let message = lua_type(thread, -1) == LUA_TSTRING ? Self.string(at: -1, on: thread) : "cannot load chunk"
            tvh_pop(thread, 1)
            throw syntaxError(message, chunkName: chunkName, status: status)
        }
        return LuaFunction(reference: tvh_ref(thread), state: self)
    }

    /// Compiles and runs `source`, returning what the chunk returns.
    @discardableResult
    public func run(_ source: String, chunkName: String, arguments: [LuaValue] = []) throws -> [LuaValue] {
        let chunk = try load(source, chunkName: chunkName)
        if callDepth == 0 { entryChunk = chunkName }
        return try call(chunk, arguments)
    }

    /// Reads, compiles and runs a file. The chunk is named by `path` as given.
    @discardableResult
    public func runFile(_ path: String, arguments: [LuaValue] = []) throws -> [LuaValue] {
        let source: String
        do {
            source = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LuaError(
                kind: .host, chunk: path, message: "cannot read file: \(error.localizedDescription)",
                underlying: error)
        }
        return try run(source, chunkName: path, arguments: arguments)
    }

    /// Calls a Lua function with the time limit armed (for the outermost call) and the memory
    /// cap in force. A Lua error, a limit or a failing host function comes back as ``LuaError``.
    @discardableResult
    public func call(_ function: LuaFunction, _ arguments: [LuaValue] = []) throws -> [LuaValue] {
        let thread = currentThread
        guard lua_checkstack(thread, Int32(arguments.count) + 2) != 0 else {
            throw LuaError(kind: .host, message: "too many arguments for a Lua call")
        }
        let base = lua_gettop(thread)
        do {
            try push(.function(function), on: thread)
            for argument in arguments { try push(argument, on: thread) }
        } catch {
            lua_settop(thread, base)
            throw error
        }
        try protectedCall(argumentCount: Int32(arguments.count), on: thread, base: base)
        return try popValues(from: base + 1, on: thread)
    }

    /// Calls a Lua function as ``call(_:_:)`` does, with the arguments pushed by `arguments`
    /// straight onto the stack and the results read where they lie by `results`, so that no
    /// ``LuaValue`` needs to be built either way. The writer and the values are valid only inside
    /// their closures; the stack is left as it was found.
    public func call<Result>(
        _ function: LuaFunction, arguments: (inout LuaStackWriter) throws -> Void,
        results: (LuaStackValues) throws -> Result
    ) throws -> Result {
        guard function.lifetime === lifetime else {
            throw LuaError(kind: .host, message: "a Lua function can only be used in the state it came from")
        }
        let thread = currentThread
        guard lua_checkstack(thread, 2) != 0 else {
            throw LuaError(kind: .host, message: "Lua stack overflow before a call")
        }
        let base = lua_gettop(thread)
        tvh_getref(thread, function.reference)
        let pushing = LuaStackScope(opening: self)
        var writer = LuaStackWriter(thread: thread, scope: pushing)
        do {
            try arguments(&writer)
        } catch {
            pushing.close()
            lua_settop(thread, base)
            throw error
        }
        pushing.close()
        // Room for the message handler tvh_pcall puts below the function.
        guard lua_checkstack(thread, 1) != 0 else {
            lua_settop(thread, base)
            throw LuaError(kind: .host, message: "too many arguments for a Lua call")
        }
        try protectedCall(argumentCount: lua_gettop(thread) - base - 1, on: thread, base: base)
        let reading = LuaStackScope(opening: self)
        defer {
            reading.close()
            lua_settop(thread, base)
        }
        return try results(
            LuaStackValues(thread: thread, base: base + 1, count: Int(lua_gettop(thread) - base), scope: reading))
    }

    /// Runs the function and arguments above `base` on `thread`, leaving its results above
    /// `base`; on an error, leaves the stack at `base`.
    private func protectedCall(argumentCount: Int32, on thread: OpaquePointer, base: Int32) throws {
        let outermost = callDepth == 0
        if outermost {
            tvh_reset_limits(L)
            lastHostError = nil
            if let milliseconds = limits.timeMilliseconds { tvh_arm(L, Int64(milliseconds)) }
        }
        callDepth += 1
        let status = tvh_pcall(thread, argumentCount, tvh_multret())
        callDepth -= 1
        if outermost { tvh_disarm(L) }
        defer { if outermost { tvh_reset_limits(L) } }
        guard status == LUA_OK else {
            let error = runtimeError(status: status, on: thread)
            lua_settop(thread, base)
            throw error
        }
    }

    /// Builds the error for a failed call from the value on top of `thread` and what the
    /// message handler recorded.
    private func runtimeError(status: Int32, on thread: OpaquePointer) -> LuaError {
        var message = lua_type(thread, -1) == LUA_TSTRING ? Self.string(at: -1, on: thread) : "unknown error"
        let chunk = tvh_error_source(thread).map { String(cString: $0) }
        let line = Int(tvh_error_line(thread))
        let prefix = tvh_error_prefix_length(thread)
        let traceback = tvh_error_traceback(thread).map { String(cString: $0) }
        if prefix > 0 {
            message = String(decoding: Array(message.utf8).dropFirst(prefix), as: UTF8.self)
        }
        var error = LuaError(
            kind: .runtime, chunk: chunk ?? entryChunk, line: line > 0 ? line : nil,
            message: message, traceback: traceback)
        switch tvh_limit_hit(L) {
        case TVH_LIMIT_TIME:
            error.kind = .timeLimit
            error.message = "time limit of \(limits.timeMilliseconds ?? 0) ms exceeded"
        case TVH_LIMIT_MEMORY:
            error.kind = .memoryLimit
            error.message = "memory limit of \(limits.memoryMiB ?? 0) MiB exceeded"
        default:
            if status == LUA_ERRMEM {
                error.kind = .memoryLimit
            } else if let host = lastHostError, message.hasSuffix(host.message) {
                error.kind = .host
                error.underlying = host.error
            }
        }
        return error
    }

    /// Turns `chunk:line: message` from the compiler into a ``LuaError`` of kind syntax.
    private func syntaxError(_ text: String, chunkName: String, status: Int32) -> LuaError {
        if status == LUA_ERRMEM {
            return LuaError(
                kind: .memoryLimit, chunk: chunkName,
                message: "memory limit of \(limits.memoryMiB ?? 0) MiB exceeded")
        }
        let prefix = Self.shortSource(chunkName) + ":"
        var message = text
        var line: Int?
        if text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isNumber }
            if let number = Int(digits), rest.dropFirst(digits.count).hasPrefix(": ") {
                line = number
                message = String(rest.dropFirst(digits.count + 2))
            }
        }
        return LuaError(kind: .syntax, chunk: chunkName, line: line, message: message)
    }

    /// The name Lua shows for a chunk named `@name` (luaO_chunkid): long names keep their tail.
    static func shortSource(_ name: String) -> String {
        let limit = Int(LUA_IDSIZE) - 1
        let bytes = Array(name.utf8)
        guard bytes.count > limit else { return name }
        return "..." + String(decoding: bytes.suffix(limit - 3), as: UTF8.self)
    }
}
