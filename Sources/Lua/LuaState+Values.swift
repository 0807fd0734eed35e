// Converting values between Swift and a Lua stack, both ways, with depth and cycle limits.
import CLua
import CLuaShim

extension LuaState {
    /// Tables nested deeper than this cannot be converted (either way).
    public static let maximumDepth = 100

    /// Pushes a Swift value onto `thread`'s stack. Only raw table writes are used, so no
    /// metamethod runs; the cap is not in force while Swift holds control, so nothing raises.
    /// The caller makes room for the one value pushed; a table makes room for its own contents.
    func push(_ value: LuaValue, on thread: OpaquePointer, depth: Int = 0) throws {
        switch value {
        case .nil: lua_pushnil(thread)
        case .boolean(let b): lua_pushboolean(thread, b ? 1 : 0)
        case .integer(let i): lua_pushinteger(thread, i)
        case .number(let d): lua_pushnumber(thread, d)
        case .string(let s): Self.pushString(s, on: thread)
        case .function(let function):
            guard function.lifetime === lifetime else {
                throw LuaError(kind: .host, message: "a Lua function can only be used in the state it came from")
            }
            tvh_getref(thread, function.reference)
        case .table(let table):
            guard depth < Self.maximumDepth else {
                throw LuaError(kind: .host, message: "table nested deeper than \(Self.maximumDepth) levels")
            }
            guard lua_checkstack(thread, 3) != 0 else {
                throw LuaError(kind: .host, message: "Lua stack overflow while converting a table")
            }
            lua_createtable(thread, Int32(clamping: table.array.count), Int32(clamping: table.fields.count))
            for (offset, element) in table.array.enumerated() {
                try push(element, on: thread, depth: depth + 1)
                lua_rawseti(thread, -2, lua_Integer(offset + 1))
            }
            for (key, element) in table.fields {
                if case .number(let d) = key, d.isNaN { continue }
                try push(key.value, on: thread, depth: depth + 1)
                try push(element, on: thread, depth: depth + 1)
                lua_rawset(thread, -3)
            }
        }
    }

    @usableFromInline
    static func pushString(_ string: String, on thread: OpaquePointer) {
        var string = string
        string.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                lua_pushlstring(thread, chars.baseAddress, chars.count)
            }
        }
    }

    /// Converts the value at `index` of `thread`'s stack. Tables are read with raw access, so no
    /// metamethod runs; a table that contains itself, or nests too deep, is refused.
    func value(at index: Int32, on thread: OpaquePointer) throws -> LuaValue {
        var path = Set<UnsafeRawPointer>()
        return try value(at: lua_absindex(thread, index), on: thread, path: &path)
    }

    private func value(at index: Int32, on thread: OpaquePointer, path: inout Set<UnsafeRawPointer>) throws -> LuaValue
    {
        switch lua_type(thread, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(thread, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(thread, index) != 0 { return .integer(tvh_tointegerx(thread, index, nil)) }
            return .number(tvh_tonumberx(thread, index, nil))
        case LUA_TSTRING:
            return .string(Self.string(at: index, on: thread))
        case LUA_TFUNCTION:
            lua_pushvalue(thread, index)
            return .function(LuaFunction(reference: tvh_ref(thread), state: self))
        case LUA_TTABLE:
            return .table(try table(at: index, on: thread, path: &path))
        default:
            let name = String(cString: lua_typename(thread, lua_type(thread, index)))
            throw LuaError(kind: .host, message: "cannot convert a \(name) value")
        }
    }

    @usableFromInline
    static func string(at index: Int32, on thread: OpaquePointer) -> String {
        var length = 0
        let chars = tvh_tolstring(thread, index, &length)
        return String(decoding: UnsafeRawBufferPointer(start: chars, count: length), as: UTF8.self)
    }

    private func table(at index: Int32, on thread: OpaquePointer, path: inout Set<UnsafeRawPointer>) throws -> LuaTable
    {
        let identity = lua_topointer(thread, index)!
        guard !path.contains(identity) else {
            throw LuaError(kind: .host, message: "cannot convert a table that contains itself")
        }
        guard path.count < Self.maximumDepth else {
            throw LuaError(kind: .host, message: "table nested deeper than \(Self.maximumDepth) levels")
        }
        guard lua_checkstack(thread, 4) != 0 else {
            throw LuaError(kind: .host, message: "Lua stack overflow while converting a table")
        }
        path.insert(identity)
        defer { path.remove(identity) }

        var integerKeyed: [Int64: LuaValue] = [:]
        var fields: [LuaKey: LuaValue] = [:]
        lua_pushnil(thread)
        while lua_next(thread, index) != 0 {
            // key at -2, value at -1
            let element: LuaValue
            do {
                element = try value(at: lua_absindex(thread, -1), on: thread, path: &path)
            } catch {
                tvh_pop(thread, 2)
                throw error
            }
            switch lua_type(thread, -2) {
            case LUA_TNUMBER where lua_isinteger(thread, -2) != 0:
                integerKeyed[tvh_tointegerx(thread, -2, nil)] = element
            case LUA_TNUMBER:
                fields[.number(tvh_tonumberx(thread, -2, nil))] = element
            case LUA_TSTRING:
                fields[.string(Self.string(at: -2, on: thread))] = element
            case LUA_TBOOLEAN:
                fields[.boolean(lua_toboolean(thread, -2) != 0)] = element
            default:
                let name = String(cString: lua_typename(thread, lua_type(thread, -2)))
                tvh_pop(thread, 2)
                throw LuaError(kind: .host, message: "cannot convert a table with a \(name) key")
            }
            tvh_pop(thread, 1)
        }
        // The array part is 1...n with no gap; any other integer key is a field.
        var array: [LuaValue] = []
        array.reserveCapacity(integerKeyed.count)
        var next: Int64 = 1
        while let element = integerKeyed.removeValue(forKey: next) {
            array.append(element)
            next += 1
        }
        for (key, element) in integerKeyed { fields[.integer(key)] = element }
        return LuaTable(array: array, fields: fields)
    }

    /// Pops and converts the values from `first` to the top of `thread`'s stack.
    func popValues(from first: Int32, on thread: OpaquePointer) throws -> [LuaValue] {
        let top = lua_gettop(thread)
        defer { lua_settop(thread, first - 1) }
        guard top >= first else { return [] }
        var values: [LuaValue] = []
        values.reserveCapacity(Int(top - first + 1))
        for index in first...top { values.append(try value(at: index, on: thread)) }
        return values
    }
}
