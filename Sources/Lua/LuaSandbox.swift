// The sandbox every state runs in: the allow-list of globals, and what the host supplies to it.
import CLua
import CLuaShim
import Foundation

/// What a sandboxed state may reach, and what the host supplies in place of the OS.
///
/// Scripts get base, string, table, math, utf8, coroutine and `os.time/date/clock/difftime`,
/// nothing else: no `io`, `package`, `debug`, `dofile`, `loadfile` or `string.dump`. `load`
/// compiles text only; `collectgarbage` answers only "count"; `require` finds modules through
/// ``modules`` only; `print` goes to the host; `setmetatable` refuses `__gc`; the string
/// metatable is locked. The clock and the random seed come from the host so a dry run or a
/// replay can fix them. ``grants`` say whom the state runs for and which capabilities its host
/// functions may use.
public struct LuaSandbox: Sendable {
    /// The time `os.time()` and `os.date()` use when given none.
    public var clock: @Sendable () -> Date
    /// The seed of `math.random`; nil draws one at random.
    public var randomSeed: Int64?
    /// Where `require` looks; nil means `require` finds nothing.
    public var modules: (any LuaModuleResolver)?
    /// Whom the state runs for and what it may do; nil is an unrestricted host script, whose
    /// calls of host functions are never refused for a capability.
    public var grants: LuaGrants?

    public init(
        clock: @escaping @Sendable () -> Date = { Date() }, randomSeed: Int64? = nil,
        modules: (any LuaModuleResolver)? = nil, grants: LuaGrants? = nil
    ) {
        self.clock = clock
        self.randomSeed = randomSeed
        self.modules = modules
        self.grants = grants
    }

    /// Every global a script starts with.
    public static let globals: Set<String> = [
        "_G", "_VERSION", "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall",
        "print", "rawequal", "rawget", "rawlen", "rawset", "select", "setmetatable", "tonumber",
        "tostring", "type", "xpcall", "load", "collectgarbage", "require",
        "string", "table", "math", "utf8", "coroutine", "os",
    ]

    /// The fields of `os` a script keeps.
    public static let osFunctions: Set<String> = ["time", "date", "clock", "difftime"]

    /// Runs once in each new state, with the raw `load`, `collectgarbage`, the host's clock,
    /// module finder and seed as arguments; afterwards only its closures hold them.
    static let prelude = """
        local rawload, rawcollect, now, findmodule, seed, allowed, osallowed = ...
        local G = _G
        local error, type, select, pairs, tostring, pcall = error, type, select, pairs, tostring, pcall

        for name in pairs(G) do
          if not allowed[name] then G[name] = nil end
        end

        local os_time, os_date = os.time, os.date
        for name in pairs(os) do
          if not osallowed[name] then os[name] = nil end
        end
        os.time = function(t)
          if t == nil then return now() end
          return os_time(t)
        end
        os.date = function(format, t)
          return os_date(format or "%c", t or now())
        end

        string.dump = nil
        getmetatable("").__metatable = "locked"

        load = function(chunk, chunkname, mode, ...)
          if mode ~= nil and mode ~= "t" then
            error("load: only text chunks can be loaded (mode 't')", 2)
          end
          if select("#", ...) == 0 then return rawload(chunk, chunkname, "t", G) end
          return rawload(chunk, chunkname, "t", (...))
        end

        collectgarbage = function(option)
          if option == "count" then return rawcollect("count") end
          error("collectgarbage: only 'count' is available in the sandbox", 2)
        end

        math.randomseed(seed)

        local co_create, co_resume, co_close, co_status =
          coroutine.create, coroutine.resume, coroutine.close, coroutine.status
        local function unwrap(co, ok, ...)
          if ok then return ... end
          if co_status(co) == "dead" then co_close(co) end
          error((...), 2)
        end
        coroutine.wrap = function(f)
          local co = co_create(f)
          return function(...) return unwrap(co, co_resume(co, ...)) end
        end

        local loaded, loading = {}, {}
        require = function(name)
          if type(name) ~= "string" then
            error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ")", 2)
          end
          local module = loaded[name]
          if module ~= nil then return module end
          if loading[name] then
            error("loop or previous error loading module '" .. name .. "'", 2)
          end
          -- A module that cannot be found is the caller's error: blame the line of its require.
          local found, source, chunkname = pcall(findmodule, name)
          if not found then error((tostring(source):gsub("^sandbox:%d+: ", "")), 2) end
          local chunk, message = rawload(source, "@" .. chunkname, "t", G)
          if not chunk then error(message, 0) end
          loading[name] = true
          module = chunk(name, chunkname)
          loading[name] = nil
          if module == nil then module = true end
          loaded[name] = module
          return module
        end
        """
}

extension LuaState {
    /// Opens the allowed libraries and runs the prelude.
    func installSandbox() throws {
        let thread = L
        guard tvh_open_sandbox_libs(thread) == LUA_OK else {
            throw LuaError(kind: .host, message: "cannot open the Lua standard libraries")
        }
        let prelude = try load(LuaSandbox.prelude, chunkName: "sandbox")
        let rawLoad = try global("load")
        let rawCollect = try global("collectgarbage")
        let sandbox = self.sandbox
        let now = LuaHostFunction("now", since: "1.0") { _ in
            .value(.integer(Int64(sandbox.clock().timeIntervalSince1970.rounded(.down))))
        }
        let findModule = LuaHostFunction("findmodule", since: "1.0") { arguments in
            let name = try arguments.string(1)
            guard let resolver = sandbox.modules else {
                throw LuaHostError("module '\(name)' not found (this script has no module folder)")
            }
            let source = try resolver.resolve(name)
            return .values([.string(source.text), .string(source.chunkName)])
        }
        let seed = sandbox.randomSeed ?? Int64.random(in: Int64.min...Int64.max)
        let allowed = Self.lookupTable(LuaSandbox.globals)
        let osAllowed = Self.lookupTable(LuaSandbox.osFunctions)

        guard lua_checkstack(thread, 10) != 0 else { throw LuaError(kind: .host, message: "Lua stack overflow") }
        try push(.function(prelude), on: thread)
        try push(rawLoad, on: thread)
        try push(rawCollect, on: thread)
        pushHostFunction(now, named: "os.time", on: thread)
        pushHostFunction(findModule, named: "require", on: thread)
        lua_pushinteger(thread, seed)
        try push(allowed, on: thread)
        try push(osAllowed, on: thread)
        let status = tvh_pcall(thread, 7, 0)
        guard status == LUA_OK else {
            let message = Self.string(at: -1, on: thread)
            tvh_pop(thread, 1)
            throw LuaError(kind: .host, message: "sandbox set-up failed: \(message)")
        }
    }

    /// `{ name = true, ... }`, for membership tests in Lua.
    private static func lookupTable(_ names: Set<String>) -> LuaValue {
        let fields = names.map { (LuaKey.string($0), LuaValue.boolean(true)) }
        return .table(LuaTable(fields: Dictionary(uniqueKeysWithValues: fields)))
    }
}
