// JSON text pushed straight onto a Lua stack, as LuaValue(jsonText:) reads it, without building a LuaValue first.

/// JSON text that writes itself onto the stack as the value ``LuaValue/init(jsonText:)`` gives:
/// objects are tables with string keys (a `null` member is left out), arrays sequences (a `null`
/// leaves a hole), whole numbers integers. For bulk results (a report's ninety thousand screening
/// scores), where building the LuaValue tree first costs more than the parsing.
public struct LuaJSONText: LuaPushable {
    public let text: String

    public init(_ text: String) { self.text = text }

    /// - Throws: ``LuaHostError`` naming the byte offset of the first thing that is not JSON.
    public func push(to writer: inout LuaStackWriter) throws {
        var text = text
        try text.withUTF8 { bytes in
            var reader = JSONBytesReader(bytes: bytes)
            if try !reader.push(to: &writer) { try writer.pushNil() }
            reader.skipSpace()
            guard reader.index == bytes.count else { throw reader.error("trailing characters") }
        }
    }
}

extension JSONBytesReader {
    /// Pushes the next value; false when it is `null` (nothing pushed).
    @discardableResult
    mutating func push(to writer: inout LuaStackWriter) throws -> Bool {
        skipSpace()
        guard index < bytes.count else { throw error("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try pushObject(&writer)
        case UInt8(ascii: "["): try pushArray(&writer)
        case UInt8(ascii: "\""): try writer.push(try string())
        case UInt8(ascii: "n"):
            _ = try literal("null", .nil)
            return false
        case UInt8(ascii: "t"): try writer.push(try literal("true", .boolean(true)))
        case UInt8(ascii: "f"): try writer.push(try literal("false", .boolean(false)))
        default: try writer.push(try number())
        }
        return true
    }

    /// Whether the next value is `null` (read past it if so).
    private mutating func skipNull() throws -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        _ = try literal("null", .nil)
        return true
    }

    private mutating func pushObject(_ writer: inout LuaStackWriter) throws {
        try writer.pushTable { table in
            try readObject { reader, key in
                if try reader.skipNull() { return }
                try table.set(key) { try reader.push(to: &$0) }
            }
        }
    }

    private mutating func pushArray(_ writer: inout LuaStackWriter) throws {
        try writer.pushTable { table in
            try readArray { reader in
                if try reader.skipNull() { return table.skip() }
                try table.append { try reader.push(to: &$0) }
            }
        }
    }
}
