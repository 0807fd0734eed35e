// Encodes Codable values as LuaValue: structs and dictionaries become tables, arrays sequences.
import Foundation

/// Converts `Encodable` values to ``LuaValue``.
///
/// - Structs, classes and dictionaries become tables. Their keys go to ``LuaTable/fields`` as
///   string keys, except `Int` dictionary keys, which become integer keys (`1...n` end up in the
///   array part, as they would in a table that comes from Lua).
/// - Arrays become the array part of a table; a `nil` element stays there as ``LuaValue/nil``.
/// - A `nil` optional in a struct or dictionary is left out: Lua has no `nil` fields.
/// - Integer types become ``LuaValue/integer(_:)``; a value above `Int64.max` throws
///   `EncodingError.invalidValue`. `Float` and `Double` become ``LuaValue/number(_:)``.
/// - `Date` becomes an ISO 8601 string in UTC without fractional seconds (`2026-11-23T10:15:00Z`),
///   `URL` its `absoluteString`, and a ``LuaValue`` is passed through unchanged.
///
/// Errors are `EncodingError`s; `luaDescription` renders one as a line for a script author.
public struct LuaEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// Encodes `value` as a Lua value.
    public func encode<T: Encodable>(_ value: T) throws -> LuaValue {
        try LuaValueEncoder.box(value, codingPath: [])
    }
}

/// Lets a `Codable` type hold raw Lua data. ``LuaEncoder`` passes a ``LuaValue`` through without
/// calling this; every other encoder gets an error, as it has no way to represent Lua data.
extension LuaValue: Encodable {
    /// Throws: only ``LuaEncoder`` can encode a ``LuaValue``, and it does so without this method.
    public func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(
            self,
            EncodingError.Context(
                codingPath: encoder.codingPath,
                debugDescription: "a LuaValue can only be encoded by LuaEncoder"))
    }
}

/// Part of a value under construction: finished, or still being filled in.
private enum PendingValue {
    case value(LuaValue)
    /// A table that containers are writing to.
    case table(PendingTable)
    /// The result of a super encoder, which the caller writes to after handing it out.
    case encoder(LuaValueEncoder)

    var resolved: LuaValue {
        switch self {
        case .value(let value): return value
        case .table(let table): return table.resolved
        case .encoder(let encoder): return encoder.resolved
        }
    }
}

/// A table under construction, shared by reference between an encoder and its containers.
private final class PendingTable {
    /// Written by unkeyed containers.
    var elements: [PendingValue] = []
    /// Written by keyed containers.
    var fields: [LuaKey: PendingValue] = [:]

    var resolved: LuaValue {
        var table = LuaTable(array: elements.map(\.resolved))
        for (key, pending) in fields {
            let value = pending.resolved
            if !value.isNil { table.fields[key] = value }
        }
        // Integer keys 1, 2, ... belong in the array part, as in a table that comes from Lua.
        while let next = table.fields.removeValue(forKey: .integer(Int64(table.array.count) + 1)) {
            table.array.append(next)
        }
        return .table(table)
    }
}

/// The `Encoder` for one value at one coding path, and its own single-value container.
private final class LuaValueEncoder: Encoder, SingleValueEncodingContainer {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What has been encoded so far; a value that encodes nothing becomes an empty table.
    private var content: PendingValue?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    var resolved: LuaValue {
        content?.resolved ?? .table(LuaTable())
    }

    /// Encodes one value, handling the types Lua represents in its own way.
    static func box<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> LuaValue {
        switch value {
        case let raw as LuaValue:
            return raw
        case let date as Date:
            return .string(date.formatted(Date.ISO8601FormatStyle()))
        case let url as URL:
            return .string(url.absoluteString)
        case let dictionary as any StringKeyedDictionary:
            return try dictionary.luaTable(codingPath: codingPath)
        default:
            let encoder = LuaValueEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.resolved
        }
    }

    /// A Lua integer, or an error when `value` does not fit in 64 signed bits.
    static func integer<I: BinaryInteger>(_ value: I, codingPath: [any CodingKey]) throws -> LuaValue {
        guard let integer = Int64(exactly: value) else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(
                    codingPath: codingPath, debugDescription: "\(value) is out of range for a Lua integer"))
        }
        return .integer(integer)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(LuaKeyedEncodingContainer<Key>(table: sharedTable(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        LuaUnkeyedEncodingContainer(table: sharedTable(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        self
    }

    /// The table containers write to; every container asked of this encoder gets the same one
    /// (a subclass and its superclass may both ask for a keyed container).
    private func sharedTable() -> PendingTable {
        if case .table(let table) = content { return table }
        let table = PendingTable()
        content = .table(table)
        return table
    }

    private func set(_ value: LuaValue) {
        content = .value(value)
    }

    private func setInteger<I: BinaryInteger>(_ value: I) throws {
        set(try Self.integer(value, codingPath: codingPath))
    }

    func encodeNil() { set(.nil) }
    func encode(_ value: Bool) { set(.boolean(value)) }
    func encode(_ value: String) { set(.string(value)) }
    func encode(_ value: Double) { set(.number(value)) }
    func encode(_ value: Float) { set(.number(Double(value))) }
    func encode(_ value: Int) throws { try setInteger(value) }
    func encode(_ value: Int8) throws { try setInteger(value) }
    func encode(_ value: Int16) throws { try setInteger(value) }
    func encode(_ value: Int32) throws { try setInteger(value) }
    func encode(_ value: Int64) throws { try setInteger(value) }
    func encode(_ value: UInt) throws { try setInteger(value) }
    func encode(_ value: UInt8) throws { try setInteger(value) }
    func encode(_ value: UInt16) throws { try setInteger(value) }
    func encode(_ value: UInt32) throws { try setInteger(value) }
    func encode(_ value: UInt64) throws { try setInteger(value) }
    func encode<T: Encodable>(_ value: T) throws { set(try Self.box(value, codingPath: codingPath)) }
}

/// Writes coding keys to a table's fields.
private struct LuaKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let table: PendingTable
    let codingPath: [any CodingKey]

    /// The Lua key for a coding key: an integer for keys that are a number (`Int` dictionary
    /// keys), else the key's string.
    private static func luaKey(_ key: any CodingKey) -> LuaKey {
        if let integer = key.intValue, key.stringValue == String(integer) { return .integer(Int64(integer)) }
        return .string(key.stringValue)
    }

    private func set(_ value: PendingValue, for key: any CodingKey) {
        table.fields[Self.luaKey(key)] = value
    }

    private func setInteger<I: BinaryInteger>(_ value: I, for key: Key) throws {
        set(.value(try LuaValueEncoder.integer(value, codingPath: codingPath + [key])), for: key)
    }

    /// Lua has no `nil` fields: the key is left out.
    func encodeNil(forKey key: Key) { table.fields[Self.luaKey(key)] = nil }
    func encode(_ value: Bool, forKey key: Key) { set(.value(.boolean(value)), for: key) }
    func encode(_ value: String, forKey key: Key) { set(.value(.string(value)), for: key) }
    func encode(_ value: Double, forKey key: Key) { set(.value(.number(value)), for: key) }
    func encode(_ value: Float, forKey key: Key) { set(.value(.number(Double(value))), for: key) }
    func encode(_ value: Int, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: Int8, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: Int16, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: Int32, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: Int64, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: UInt, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: UInt8, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: UInt16, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: UInt32, forKey key: Key) throws { try setInteger(value, for: key) }
    func encode(_ value: UInt64, forKey key: Key) throws { try setInteger(value, for: key) }

    func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(.value(try LuaValueEncoder.box(value, codingPath: codingPath + [key])), for: key)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = PendingTable()
        set(.table(nested), for: key)
        return KeyedEncodingContainer(
            LuaKeyedEncodingContainer<NestedKey>(table: nested, codingPath: codingPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = PendingTable()
        set(.table(nested), for: key)
        return LuaUnkeyedEncodingContainer(table: nested, codingPath: codingPath + [key])
    }

    func superEncoder() -> any Encoder {
        superEncoder(for: LuaCodingKey.super)
    }

    func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(for: key)
    }

    private func superEncoder(for key: any CodingKey) -> any Encoder {
        let encoder = LuaValueEncoder(codingPath: codingPath + [key])
        set(.encoder(encoder), for: key)
        return encoder
    }
}

/// Appends to a table's array part.
private struct LuaUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let table: PendingTable
    let codingPath: [any CodingKey]

    var count: Int { table.elements.count }

    /// The coding path of the element appended next.
    private var nextPath: [any CodingKey] { codingPath + [LuaCodingKey(intValue: count)] }

    private func append(_ value: LuaValue) {
        table.elements.append(.value(value))
    }

    private func appendInteger<I: BinaryInteger>(_ value: I) throws {
        append(try LuaValueEncoder.integer(value, codingPath: nextPath))
    }

    func encodeNil() { append(.nil) }
    func encode(_ value: Bool) { append(.boolean(value)) }
    func encode(_ value: String) { append(.string(value)) }
    func encode(_ value: Double) { append(.number(value)) }
    func encode(_ value: Float) { append(.number(Double(value))) }
    func encode(_ value: Int) throws { try appendInteger(value) }
    func encode(_ value: Int8) throws { try appendInteger(value) }
    func encode(_ value: Int16) throws { try appendInteger(value) }
    func encode(_ value: Int32) throws { try appendInteger(value) }
    func encode(_ value: Int64) throws { try appendInteger(value) }
    func encode(_ value: UInt) throws { try appendInteger(value) }
    func encode(_ value: UInt8) throws { try appendInteger(value) }
    func encode(_ value: UInt16) throws { try appendInteger(value) }
    func encode(_ value: UInt32) throws { try appendInteger(value) }
    func encode(_ value: UInt64) throws { try appendInteger(value) }
    func encode<T: Encodable>(_ value: T) throws {
        append(try LuaValueEncoder.box(value, codingPath: nextPath))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = PendingTable()
        let path = nextPath
        table.elements.append(.table(nested))
        return KeyedEncodingContainer(LuaKeyedEncodingContainer<NestedKey>(table: nested, codingPath: path))
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = PendingTable()
        let path = nextPath
        table.elements.append(.table(nested))
        return LuaUnkeyedEncodingContainer(table: nested, codingPath: path)
    }

    func superEncoder() -> any Encoder {
        let encoder = LuaValueEncoder(codingPath: nextPath)
        table.elements.append(.encoder(encoder))
        return encoder
    }
}

/// `[String: Value]`, encoded by hand: Swift's own dictionary encoding gives a key such as `"42"`
/// an integer value, and the encoder could not tell it from the `Int` key `42`.
private protocol StringKeyedDictionary {
    func luaTable(codingPath: [any CodingKey]) throws -> LuaValue
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Encodable {
    fileprivate func luaTable(codingPath: [any CodingKey]) throws -> LuaValue {
        var table = LuaTable()
        for (key, value) in self {
            let path = codingPath + [LuaCodingKey(stringValue: key)]
            table[key] = try LuaValueEncoder.box(value, codingPath: path)
        }
        return .table(table)
    }
}
