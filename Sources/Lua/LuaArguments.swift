// The arguments of a host function call, read from the Lua stack with checks that name the bad one.
import CLua
import CLuaShim

/// The arguments Lua passed to a host function. Indexes are 1-based, as in Lua.
/// Every accessor throws an error that reads `bad argument #2 to 'case.get' (string expected,
/// got nil)`; the values are read without copying the whole argument list.
public struct LuaArguments {
    @usableFromInline let thread: OpaquePointer
    @usableFromInline unowned(unsafe) let binding: LuaHostBinding

    /// The state the call runs in, for calling back into Lua.
    public var state: LuaState { binding.state }
    /// The function's name as scripts see it (`case.get`).
    public var functionName: String { binding.qualifiedName }

    /// The number of arguments passed.
    public var count: Int { Int(lua_gettop(thread)) }

    /// Any argument as a ``LuaValue`` (nil when absent).
    public func value(_ index: Int) throws -> LuaValue {
        guard index <= count else { return .nil }
        do {
            return try state.value(at: Int32(index), on: thread)
        } catch let error as LuaError {
            throw LuaArgumentError(index: index, problem: error.message)
        }
    }

    public func string(_ index: Int) throws -> String {
        try expect(index, LUA_TSTRING, "string")
        return LuaState.string(at: Int32(index), on: thread)
    }

    public func optionalString(_ index: Int) throws -> String? {
        try isAbsent(index) ? nil : string(index)
    }

    /// An integer; a float with an exact integer value and a numeric string are accepted, as
    /// `luaL_checkinteger` does.
    @inlinable
    public func integer(_ index: Int) throws -> Int64 {
        var status: Int32 = 0
        let value = tvh_tointeger_arg(thread, Int32(index), &status)
        if status == 0 { return value }
        if status == 2 { throw LuaArgumentError(index: index, problem: "number has no integer representation") }
        throw typeError(index, "number")
    }

    public func optionalInteger(_ index: Int) throws -> Int64? {
        try isAbsent(index) ? nil : integer(index)
    }

    @inlinable
    public func number(_ index: Int) throws -> Double {
        var isNumber: Int32 = 0
        let value = tvh_tonumberx(thread, Int32(index), &isNumber)
        if isNumber != 0 { return value }
        throw typeError(index, "number")
    }

    public func optionalNumber(_ index: Int) throws -> Double? {
        try isAbsent(index) ? nil : number(index)
    }

    @inlinable
    public func boolean(_ index: Int) throws -> Bool {
        try expect(index, LUA_TBOOLEAN, "boolean")
        return lua_toboolean(thread, Int32(index)) != 0
    }

    public func optionalBoolean(_ index: Int) throws -> Bool? {
        try isAbsent(index) ? nil : boolean(index)
    }

    public func table(_ index: Int) throws -> LuaTable {
        try expect(index, LUA_TTABLE, "table")
        guard case .table(let table) = try value(index) else { return LuaTable() }
        return table
    }

    public func optionalTable(_ index: Int) throws -> LuaTable? {
        try isAbsent(index) ? nil : table(index)
    }

    public func function(_ index: Int) throws -> LuaFunction {
        try expect(index, LUA_TFUNCTION, "function")
        guard case .function(let function) = try value(index) else { preconditionFailure("checked type") }
        return function
    }

    /// A table decoded into a `Decodable` type; a mismatch names the argument and the field.
    public func decode<T: Decodable>(_ type: T.Type, _ index: Int) throws -> T {
        let argument = try value(index)
        do {
            return try LuaDecoder().decode(type, from: argument)
        } catch let error as DecodingError {
            throw LuaArgumentError(index: index, problem: error.luaDescription)
        }
    }

    /// True when the argument is absent or nil.
    @inlinable
    /// The chunk and line of the Lua code that called the function (`workflows/kip.lua`, 12),
    /// nil when no Lua function is on the stack.
    public var caller: (chunk: String, line: Int)? {
        var source: UnsafePointer<CChar>?
        var line: Int32 = 0
        guard tvh_caller(thread, &source, &line) != 0, let source else { return nil }
        return (String(cString: source), Int(line))
    }

    public func isAbsent(_ index: Int) -> Bool {
        tvh_isnoneornil(thread, Int32(index)) != 0
    }

    @inlinable
    func expect(_ index: Int, _ type: Int32, _ name: StaticString) throws {
        guard lua_type(thread, Int32(index)) == type else { throw typeError(index, name) }
    }

    /// `number expected, got nil` for the argument at `index`.
    @usableFromInline
    func typeError(_ index: Int, _ expected: StaticString) -> LuaArgumentError {
        let actual = lua_type(thread, Int32(index))
        let got = actual == LUA_TNONE ? "no value" : String(cString: lua_typename(thread, actual))
        return LuaArgumentError(index: index, problem: "\(expected) expected, got \(got)")
    }
}

/// A bad argument to a host function; shown as Lua shows its own (`bad argument #1 to 'f' (...)`).
public struct LuaArgumentError: Error {
    public var index: Int
    public var problem: String

    @inlinable
    public init(index: Int, problem: String) {
        self.index = index
        self.problem = problem
    }

    func message(function: String) -> String {
        "bad argument #\(index) to '\(function)' (\(problem))"
    }
}
