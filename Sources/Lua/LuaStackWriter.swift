// Writing a call's arguments straight onto the Lua stack, without building LuaValues first.
import CLua
import CLuaShim

/// A Swift value that writes itself onto a Lua stack as exactly one Lua value.
public protocol LuaPushable {
    func push(to writer: inout LuaStackWriter) throws
}

/// Writes the arguments of a call onto the Lua stack (see ``LuaState/call(_:arguments:results:)``).
///
/// It writes only into tables it creates, with raw access: no metamethod runs, and as the memory
/// cap is not in force while Swift holds control, nothing raises. Every push makes room for
/// itself. Use a writer only inside the closure it was handed to.
public struct LuaStackWriter {
    @usableFromInline let thread: OpaquePointer
    @usableFromInline let scope: LuaStackScope
    /// Tables being filled around the next value.
    var depth = 0

    init(thread: OpaquePointer, scope: LuaStackScope) {
        self.thread = thread
        self.scope = scope
    }

    private func reserve(_ slots: Int32 = 1) throws {
        scope.check()
        guard lua_checkstack(thread, slots) != 0 else {
            throw LuaError(kind: .host, message: "Lua stack overflow while pushing a value")
        }
    }

    public mutating func pushNil() throws {
        try reserve()
        lua_pushnil(thread)
    }

    public mutating func push(_ value: Bool) throws {
        try reserve()
        lua_pushboolean(thread, value ? 1 : 0)
    }

    public mutating func push(_ value: Int64) throws {
        try reserve()
        lua_pushinteger(thread, value)
    }

    public mutating func push(_ value: Double) throws {
        try reserve()
        lua_pushnumber(thread, value)
    }

    public mutating func push(_ value: String) throws {
        try reserve()
        LuaState.pushString(value, on: thread)
    }

    /// Any converted value (a function must come from this state).
    public mutating func push(_ value: LuaValue) throws {
        try reserve()
        try scope.state.push(value, on: thread, depth: depth)
    }

    public mutating func push(_ value: some LuaPushable) throws {
        try value.push(to: &self)
    }

    /// Pushes a new table, sized for `arrayCount` elements and `fieldCount` other keys, and fills it.
    public mutating func pushTable(
        arrayCount: Int = 0, fieldCount: Int = 0, _ fill: (inout LuaTableWriter) throws -> Void
    ) throws {
        guard depth < LuaState.maximumDepth else {
            throw LuaError(kind: .host, message: "table nested deeper than \(LuaState.maximumDepth) levels")
        }
        try reserve(3)
        lua_createtable(thread, Int32(clamping: arrayCount), Int32(clamping: fieldCount))
        var inner = self
        inner.depth += 1
        var table = LuaTableWriter(writer: inner, table: lua_gettop(thread))
        do {
            try fill(&table)
        } catch {
            lua_settop(thread, table.table - 1)
            throw error
        }
    }
}

/// Fills a table ``LuaStackWriter/pushTable(arrayCount:fieldCount:_:)`` created: every value is
/// pushed by the writer and stored with a raw set. Between two stores the table is on top of the
/// stack with room for a key and a value above it.
public struct LuaTableWriter {
    @usableFromInline var writer: LuaStackWriter
    /// The table's absolute stack index.
    @usableFromInline let table: Int32
    /// The index ``append(_:)`` stores at next.
    @usableFromInline var next: lua_Integer = 1

    init(writer: LuaStackWriter, table: Int32) {
        self.writer = writer
        self.table = table
    }

    /// `t[key] = value`, the value pushed by `push` (which must push exactly one value).
    public mutating func set(_ key: String, pushing push: (inout LuaStackWriter) throws -> Void) throws {
        try prepare()
        LuaState.pushString(key, on: writer.thread)
        try push(&writer)
        try settle(above: 2)
        lua_rawset(writer.thread, table)
    }

    public mutating func set(_ key: String, _ value: some LuaPushable) throws {
        try set(key) { try value.push(to: &$0) }
    }

    /// `t[key] = value` for the common scalars, without a closure.
    @inlinable
    public mutating func set(_ key: String, _ value: Int64) throws {
        try prepare()
        LuaState.pushString(key, on: writer.thread)
        lua_pushinteger(writer.thread, value)
        lua_rawset(writer.thread, table)
    }

    @inlinable
    public mutating func set(_ key: String, _ value: Double) throws {
        try prepare()
        LuaState.pushString(key, on: writer.thread)
        lua_pushnumber(writer.thread, value)
        lua_rawset(writer.thread, table)
    }

    @inlinable
    public mutating func set(_ key: String, _ value: String) throws {
        try prepare()
        LuaState.pushString(key, on: writer.thread)
        LuaState.pushString(value, on: writer.thread)
        lua_rawset(writer.thread, table)
    }

    /// `t[#t + 1] = value` for a table filled only this way, the value pushed by `push`.
    public mutating func append(pushing push: (inout LuaStackWriter) throws -> Void) throws {
        try prepare()
        try push(&writer)
        try settle(above: 1)
        lua_rawseti(writer.thread, table, next)
        next += 1
    }

    public mutating func append(_ value: some LuaPushable) throws {
        try append { try value.push(to: &$0) }
    }

    /// Leaves a hole: the next ``append(pushing:)`` stores one index further on.
    public mutating func skip() { next += 1 }

    /// Checks that the writer is in scope and the table is on top (so a key and a value fit).
    @usableFromInline
    func prepare() throws {
        writer.scope.check()
        guard lua_gettop(writer.thread) == table else {
            throw LuaError(kind: .host, message: "a table writer was used while another value was being pushed")
        }
    }

    /// Checks that exactly `count` values were pushed above the table.
    private func settle(above count: Int32) throws {
        guard lua_gettop(writer.thread) == table + count else {
            lua_settop(writer.thread, table)
            throw LuaError(kind: .host, message: "a table value must push exactly one Lua value")
        }
    }
}

extension Bool: LuaPushable {
    public func push(to writer: inout LuaStackWriter) throws { try writer.push(self) }
}

extension Int64: LuaPushable {
    public func push(to writer: inout LuaStackWriter) throws { try writer.push(self) }
}

extension Double: LuaPushable {
    public func push(to writer: inout LuaStackWriter) throws { try writer.push(self) }
}

extension String: LuaPushable {
    public func push(to writer: inout LuaStackWriter) throws { try writer.push(self) }
}

extension LuaValue: LuaPushable {
    public func push(to writer: inout LuaStackWriter) throws { try writer.push(self) }
}

extension Array: LuaPushable where Element: LuaPushable {
    /// A sequence `{ self[0], self[1], ... }`.
    public func push(to writer: inout LuaStackWriter) throws {
        try writer.pushTable(arrayCount: count) { table in
            for element in self { try table.append(element) }
        }
    }
}

extension Dictionary: LuaPushable where Key == String, Value: LuaPushable {
    /// A table keyed by the strings.
    public func push(to writer: inout LuaStackWriter) throws {
        try writer.pushTable(fieldCount: count) { table in
            for (key, value) in self { try table.set(key, value) }
        }
    }
}
