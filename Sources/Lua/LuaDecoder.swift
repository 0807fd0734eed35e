// Decodes LuaValue into Codable values, and renders coding errors as one line for script authors.
import Foundation

/// Converts ``LuaValue`` to `Decodable` values; the inverse of ``LuaEncoder``.
///
/// - Structs read string keys from ``LuaTable/fields``. A coding key with an integer value (an
///   `Int` dictionary key) also finds that integer key, in the array part or the fields.
/// - Arrays read the array part. An empty table is an empty array; a table with other keys is not
///   an array.
/// - Integer types accept integers and floats with an exact integer value (`3.0`, not `3.5`);
///   `Double` and `Float` accept both kinds of number.
/// - `Date` accepts ISO 8601 strings with a time (`2026-11-23T10:15:00Z`, with or without
///   fractional seconds, any UTC offset) or a date alone (`2026-11-23`, midnight UTC). `URL`
///   accepts a string.
/// - `nil` and a missing key both decode as `nil` for optionals.
/// - A ``LuaValue`` is passed through unchanged, and a missing key gives ``LuaValue/nil``. This is
///   the only way to receive a ``LuaValue/function(_:)``.
///
/// Errors are `DecodingError`s whose coding path leads to the offending value; `luaDescription`
/// renders one as a line for a script author.
public struct LuaDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes a value of `type` from `value`.
    public func decode<T: Decodable>(_ type: T.Type, from value: LuaValue) throws -> T {
        try LuaValueDecoder(value: value, codingPath: []).unbox(type)
    }
}

/// Lets a `Codable` type hold raw Lua data. ``LuaDecoder`` passes a ``LuaValue`` through without
/// calling this; every other decoder gets an error, as it has no Lua data to give.
extension LuaValue: Decodable {
    /// Throws: only ``LuaDecoder`` can decode a ``LuaValue``, and it does so without this initializer.
    public init(from decoder: any Decoder) throws {
        throw DecodingError.typeMismatch(
            LuaValue.self,
            DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "a LuaValue can only be decoded by LuaDecoder"))
    }
}

/// The `Decoder` for one value at one coding path, and its own single-value container.
private struct LuaValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: LuaValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private static let dateTimeStyle = Date.ISO8601FormatStyle()
    private static let dateOnlyStyle = Date.ISO8601FormatStyle().year().month().day()

    /// Decodes `type`, handling the types Lua represents in its own way.
    func unbox<T: Decodable>(_ type: T.Type) throws -> T {
        if type is LuaValue.Type { return value as! T }
        if type is Date.Type { return try date() as! T }
        if type is URL.Type { return try url() as! T }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .table(let table) = value else { throw mismatch([String: Any].self, expected: "table") }
        return KeyedDecodingContainer(LuaKeyedDecodingContainer<Key>(table: table, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .table(let table) = value else { throw mismatch([Any].self, expected: "table") }
        guard table.fields.isEmpty else {
            let reason = "expected array, got table with non-array keys"
            throw DecodingError.typeMismatch([Any].self, context(reason))
        }
        return LuaUnkeyedDecodingContainer(elements: table.array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueDecodingContainer {
        self
    }

    func decodeNil() -> Bool {
        value.isNil
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .boolean(let boolean) = value else { throw mismatch(type, expected: "boolean") }
        return boolean
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let string) = value else { throw mismatch(type, expected: "string") }
        return string
    }

    func decode(_ type: Double.Type) throws -> Double {
        try number(type)
    }

    func decode(_ type: Float.Type) throws -> Float {
        let number = try number(type)
        let float = Float(number)
        guard float.isFinite || !number.isFinite else {
            let text = LuaValue.format(number: number)
            throw DecodingError.dataCorrupted(context("\(text) is out of range for Float"))
        }
        return float
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try unbox(type)
    }

    private func number(_ type: Any.Type) throws -> Double {
        switch value {
        case .integer(let integer): return Double(integer)
        case .number(let number): return number
        default: throw mismatch(type, expected: "number")
        }
    }

    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let text: String
        switch value {
        case .integer(let integer):
            if let result = I(exactly: integer) { return result }
            text = String(integer)
        case .number(let number):
            if let result = I(exactly: number) { return result }
            text = LuaValue.format(number: number)
            guard number.rounded() == number else {
                throw DecodingError.typeMismatch(type, context("expected integer, got \(text)"))
            }
        default:
            throw mismatch(type, expected: "integer")
        }
        throw DecodingError.dataCorrupted(context("\(text) is out of range for \(type)"))
    }

    private func date() throws -> Date {
        guard case .string(let text) = value else { throw mismatch(Date.self, expected: "date string") }
        if let date = text.wholeMatch(of: Self.dateTimeStyle)?.output {
            return date
        }
        // The date-only style accepts days such as 02-30 by rolling over; formatting back catches that.
        if let date = text.wholeMatch(of: Self.dateOnlyStyle)?.output,
            Self.dateOnlyStyle.format(date) == text
        {
            return date
        }
        throw DecodingError.dataCorrupted(context("expected ISO 8601 date, got \"\(text)\""))
    }

    private func url() throws -> URL {
        guard case .string(let text) = value else { throw mismatch(URL.self, expected: "URL string") }
        guard let url = URL(string: text) else {
            throw DecodingError.dataCorrupted(context("expected URL, got \"\(text)\""))
        }
        return url
    }

    private func context(_ description: String) -> DecodingError.Context {
        DecodingError.Context(codingPath: codingPath, debugDescription: description)
    }

    /// The error for a value of the wrong type: `valueNotFound` for nil, else `typeMismatch`.
    private func mismatch(_ type: Any.Type, expected: String) -> DecodingError {
        let context = context("expected \(expected), got \(value.typeName)")
        return value.isNil ? .valueNotFound(type, context) : .typeMismatch(type, context)
    }
}

/// Reads coding keys from a table.
private struct LuaKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let table: LuaTable
    let codingPath: [any CodingKey]

    /// The array positions and the string and integer keys that `Key` can represent.
    var allKeys: [Key] {
        let positions = table.array.indices.compactMap { Key(intValue: $0 + 1) }
        let named = table.sortedFields.compactMap { field -> Key? in
            switch field.key {
            case .string(let string): return Key(stringValue: string)
            case .integer(let integer): return Int(exactly: integer).flatMap { Key(intValue: $0) }
            case .boolean, .number: return nil
            }
        }
        return positions + named
    }

    /// The value for `key`, looked up by its string, then by its integer value if it has one.
    private func lookUp(_ key: any CodingKey) -> LuaValue? {
        if let value = table.fields[.string(key.stringValue)] { return value }
        guard let index = key.intValue else { return nil }
        if table.array.indices.contains(index - 1) { return table.array[index - 1] }
        return table.fields[.integer(Int64(index))]
    }

    private func decoder(for key: Key) throws -> LuaValueDecoder {
        guard let value = lookUp(key) else {
            let reason = "missing field '\(key.stringValue)'"
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        }
        return LuaValueDecoder(value: value, codingPath: codingPath + [key])
    }

    func contains(_ key: Key) -> Bool {
        lookUp(key) != nil
    }

    func decodeNil(forKey key: Key) -> Bool {
        lookUp(key)?.isNil ?? true
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(for: key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(for: key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(for: key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(for: key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(for: key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(for: key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(for: key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(for: key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(for: key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(for: key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(for: key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder(for: key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder(for: key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(for: key).decode(type) }

    /// A missing key decodes as ``LuaValue/nil`` when a ``LuaValue`` is asked for, as in Lua.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        if type is LuaValue.Type, !contains(key) { return LuaValue.nil as! T }
        return try decoder(for: key).unbox(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        superDecoder(for: LuaCodingKey.super)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        superDecoder(for: key)
    }

    /// A missing key gives a decoder for `nil`, as Foundation's decoders do.
    private func superDecoder(for key: any CodingKey) -> any Decoder {
        LuaValueDecoder(value: lookUp(key) ?? .nil, codingPath: codingPath + [key])
    }
}

/// Reads a table's array part in order.
private struct LuaUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let elements: [LuaValue]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(elements: [LuaValue], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// The decoder for the current element, or an error at the end of the array.
    private func currentDecoder(for type: Any.Type) throws -> LuaValueDecoder {
        let path = codingPath + [LuaCodingKey(intValue: currentIndex)]
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, DecodingError.Context(codingPath: path, debugDescription: "unexpected end of array"))
        }
        return LuaValueDecoder(value: elements[currentIndex], codingPath: path)
    }

    /// Decodes the current element with `decode`; the index moves on only when that succeeds.
    private mutating func next<T>(_ type: Any.Type, _ decode: (LuaValueDecoder) throws -> T) throws -> T {
        let result = try decode(currentDecoder(for: type))
        currentIndex += 1
        return result
    }

    mutating func decodeNil() throws -> Bool {
        let isNil = try currentDecoder(for: Any?.self).decodeNil()
        if isNil { currentIndex += 1 }
        return isNil
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: String.Type) throws -> String { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) { try $0.decode(type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try $0.unbox(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next([String: Any].self) { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next([Any].self) { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try next(LuaValue.self) { $0 }
    }
}

// MARK: - Coding paths and error messages

/// The coding keys the Lua coders add to coding paths: array positions and `super`.
struct LuaCodingKey: CodingKey {
    let stringValue: String
    /// For an array position: the 0-based Swift index (shown 1-based in messages).
    let intValue: Int?

    static let `super` = LuaCodingKey(stringValue: "super")

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}

/// Renders coding paths the way a Lua user writes them.
enum LuaCodingPath {
    /// `reason at path`, or for a reason of the form `expected X, got Y`, `expected X at path, got Y`.
    static func message(_ reason: String, at codingPath: [any CodingKey]) -> String {
        guard !codingPath.isEmpty else { return reason }
        let path = render(codingPath)
        if reason.hasPrefix("expected "), let got = reason.range(of: ", got ") {
            return "\(reason[..<got.lowerBound]) at \(path)\(reason[got.lowerBound...])"
        }
        return "\(reason) at \(path)"
    }

    /// `a.b[2].c`: array positions count from 1 (Swift's index 0 is `[1]`), integer keys are
    /// shown as they are, and keys that are not Lua names are quoted (`["first name"]`).
    static func render(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if key is LuaCodingKey, let index = key.intValue {
                text += "[\(index + 1)]"
            } else if let integer = key.intValue, key.stringValue == String(integer) {
                text += "[\(integer)]"
            } else if LuaValue.isIdentifier(key.stringValue) {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            } else {
                text += "[\(LuaValue.quoted(key.stringValue))]"
            }
        }
        return text
    }
}

extension DecodingError {
    /// A one-line message for a script author, such as `expected integer at items[2].points, got string`
    /// or `missing field 'id' at items[3]`; see ``LuaDecoder``.
    ///
    /// The path uses Lua's notation and counts array positions from 1, as Lua does.
    public var luaDescription: String {
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return LuaCodingPath.message(context.debugDescription, at: context.codingPath)
        case .keyNotFound(let key, let context):
            return LuaCodingPath.message("missing field '\(key.stringValue)'", at: context.codingPath)
        @unknown default:
            return String(describing: self)
        }
    }
}

extension EncodingError {
    /// A one-line message for a script author, such as
    /// `18446744073709551615 is out of range for a Lua integer at counts[2]`; see ``LuaEncoder``.
    ///
    /// The path uses Lua's notation and counts array positions from 1, as Lua does.
    public var luaDescription: String {
        switch self {
        case .invalidValue(_, let context):
            return LuaCodingPath.message(context.debugDescription, at: context.codingPath)
        @unknown default:
            return String(describing: self)
        }
    }
}
