// Reading a call's results where they lie on the Lua stack, without converting whole tables.
import CLua
import CLuaShim

/// One value on the Lua stack: a result of ``LuaState/call(_:arguments:results:)``, or a field,
/// element, key or value reached from one. Tables are read with raw access, so no metamethod
/// runs and nothing raises. Valid only inside the closure it was handed to.
public struct LuaStackValue {
    @usableFromInline let thread: OpaquePointer
    /// The absolute stack index; 0 for an absent value (a result that was not returned).
    @usableFromInline let index: Int32
    @usableFromInline let scope: LuaStackScope

    @usableFromInline
    init(thread: OpaquePointer, index: Int32, scope: LuaStackScope) {
        self.thread = thread
        self.index = index
        self.scope = scope
    }

    @usableFromInline
    var type: Int32 {
        scope.check()
        return index == 0 ? LUA_TNONE : lua_type(thread, index)
    }

    /// The name Lua's `type()` gives the value.
    public var typeName: String {
        let type = type
        return type == LUA_TNONE ? "nil" : String(cString: lua_typename(thread, type))
    }

    @inlinable
    public var isNil: Bool { type <= LUA_TNIL }
    @inlinable
    public var isTable: Bool { type == LUA_TTABLE }
    /// Lua truthiness: everything but `nil` and `false` is true.
    @inlinable
    public var isTruthy: Bool { type != LUA_TNONE && lua_toboolean(thread, index) != 0 }

    /// The string, if this is a string (a number is not converted).
    @inlinable
    public var stringValue: String? {
        type == LUA_TSTRING ? LuaState.string(at: index, on: thread) : nil
    }

    @inlinable
    public var boolValue: Bool? {
        type == LUA_TBOOLEAN ? lua_toboolean(thread, index) != 0 : nil
    }

    /// The number as a Double, if this is an integer or a float.
    @inlinable
    public var doubleValue: Double? {
        type == LUA_TNUMBER ? tvh_tonumberx(thread, index, nil) : nil
    }

    /// The integer, if this is an integer or a float with an exact integer value.
    public var integerValue: Int64? {
        guard type == LUA_TNUMBER else { return nil }
        if lua_isinteger(thread, index) != 0 { return tvh_tointegerx(thread, index, nil) }
        return LuaValue.number(tvh_tonumberx(thread, index, nil)).integerValue
    }

    /// The whole value converted (see ``LuaValue``).
    public func value() throws -> LuaValue {
        guard type != LUA_TNONE else { return .nil }
        return try scope.state.value(at: index, on: thread)
    }

    /// `#t` without metamethods for a table (the border of its sequence), 0 for anything else.
    @inlinable
    public var rawLength: Int {
        type == LUA_TTABLE ? Int(lua_rawlen(thread, index)) : 0
    }

    /// Runs `body` with `t[key]` (nil when this is not a table).
    @inlinable
    public func field<Result>(_ key: String, _ body: (LuaStackValue) throws -> Result) throws -> Result {
        try reading(body) {
            LuaState.pushString(key, on: thread)
            lua_rawget(thread, index)
        }
    }

    /// Runs `body` with `t[name]` (nil when this is not a table), `name` made in this state.
    @inlinable
    public func field<Result>(_ name: LuaFieldName, _ body: (LuaStackValue) throws -> Result) throws -> Result {
        precondition(name.lifetime === scope.state.lifetime, "a field name can only be used in the state it came from")
        return try reading(body) {
            tvh_getref(thread, name.reference)
            lua_rawget(thread, index)
        }
    }

    /// Runs `body` with `t[position]`, 1-based (nil when this is not a table).
    @inlinable
    public func element<Result>(_ position: Int, _ body: (LuaStackValue) throws -> Result) throws -> Result {
        try reading(body) { lua_rawgeti(thread, index, lua_Integer(position)) }
    }

    /// Pushes one value with `get` when this is a table, hands it to `body` and pops it.
    @inlinable
    func reading<Result>(
        _ body: (LuaStackValue) throws -> Result, get: () -> Void
    ) throws -> Result {
        guard isTable else { return try body(LuaStackValue(thread: thread, index: 0, scope: scope)) }
        guard lua_checkstack(thread, 1) != 0 else {
            throw LuaError(kind: .host, message: "Lua stack overflow while reading a table")
        }
        get()
        let top = lua_gettop(thread)
        defer { lua_settop(thread, top - 1) }
        return try body(LuaStackValue(thread: thread, index: top, scope: scope))
    }

    /// Runs `body` with every key and value of a table, in `next` order (nothing for anything else).
    /// Should `body` call Lua code that removes the key it was given, the traversal stops with an
    /// error (`lua_next` would raise one, which must not happen outside a protected call).
    @inlinable
    public func forEachPair(_ body: (_ key: LuaStackValue, _ value: LuaStackValue) throws -> Void) throws {
        guard isTable else { return }
        guard lua_checkstack(thread, 3) != 0 else {
            throw LuaError(kind: .host, message: "Lua stack overflow while reading a table")
        }
        let top = lua_gettop(thread)
        lua_pushnil(thread)
        while lua_next(thread, index) != 0 {
            do {
                try body(
                    LuaStackValue(thread: thread, index: top + 1, scope: scope),
                    LuaStackValue(thread: thread, index: top + 2, scope: scope))
            } catch {
                lua_settop(thread, top)
                throw error
            }
            // `next` needs the key still in the table.
            lua_settop(thread, top + 1)
            lua_pushvalue(thread, top + 1)
            guard lua_rawget(thread, index) != LUA_TNIL else {
                lua_settop(thread, top)
                throw LuaError(kind: .host, message: "a table changed while it was being read")
            }
            tvh_pop(thread, 1)
        }
    }

    /// The number of keys of a table (0 for anything else).
    public func pairCount() throws -> Int {
        guard isTable else { return 0 }
        guard lua_checkstack(thread, 2) != 0 else {
            throw LuaError(kind: .host, message: "Lua stack overflow while reading a table")
        }
        var count = 0
        lua_pushnil(thread)
        while lua_next(thread, index) != 0 {
            tvh_pop(thread, 1)
            count += 1
        }
        return count
    }

    /// `n` when this is a table whose keys are exactly `1...n` (a list, the empty table included),
    /// else nil.
    public func listCount() throws -> Int? {
        guard isTable else { return nil }
        let count = try pairCount()
        for position in stride(from: count, through: 1, by: -1) {
            if lua_rawgeti(thread, index, lua_Integer(position)) == LUA_TNIL {
                tvh_pop(thread, 1)
                return nil
            }
            tvh_pop(thread, 1)
        }
        return count
    }
}

/// The results of a call, from the first (position 0) to the last.
public struct LuaStackValues {
    let thread: OpaquePointer
    /// The absolute index of the first result.
    let base: Int32
    public let count: Int
    let scope: LuaStackScope

    /// The result at `position` (0-based); an absent one reads as nil.
    public subscript(position: Int) -> LuaStackValue {
        let index = position >= 0 && position < count ? base + Int32(position) : 0
        return LuaStackValue(thread: thread, index: index, scope: scope)
    }

    /// The first result (nil when there is none).
    public var first: LuaStackValue { self[0] }
}

/// The span of one of a call's closures: readers and writers check that it is still open, so one
/// kept past its closure stops the program instead of touching a stack that has moved on. (The
/// state is reached unretained: a reader or writer lives inside a call on that state.)
@usableFromInline
struct LuaStackScope {
    @usableFromInline unowned(unsafe) let state: LuaState
    @usableFromInline let depth: Int
    @usableFromInline let id: UInt64

    /// Opens a new scope on `state`; close it with ``close()``, innermost first.
    init(opening state: LuaState) {
        self.state = state
        (depth, id) = state.stackScopes.open()
    }

    func close() { state.stackScopes.close(depth: depth) }

    @inlinable
    func check() {
        precondition(
            state.stackScopes.isOpen(depth: depth, id: id),
            "a Lua stack reader or writer was used outside the closure it was handed to")
    }
}

/// The ids of the open scopes by nesting depth, in a buffer of the state's own (checking one costs
/// no reference counting).
@usableFromInline
struct LuaStackScopes {
    @usableFromInline var ids = UnsafeMutablePointer<UInt64>.allocate(capacity: 4)
    private var capacity = 4
    @usableFromInline var count = 0
    private var lastID: UInt64 = 0

    mutating func open() -> (depth: Int, id: UInt64) {
        if count == capacity {
            let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * 2)
            grown.update(from: ids, count: count)
            ids.deallocate()
            ids = grown
            capacity *= 2
        }
        lastID += 1
        ids[count] = lastID
        count += 1
        return (count - 1, lastID)
    }

    mutating func close(depth: Int) {
        precondition(depth == count - 1, "Lua stack scopes closed out of order")
        count -= 1
    }

    @inlinable
    func isOpen(depth: Int, id: UInt64) -> Bool { depth < count && ids[depth] == id }

    func deallocate() { ids.deallocate() }
}
