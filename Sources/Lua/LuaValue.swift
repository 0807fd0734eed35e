// A Lua value as Swift sees it: nil, boolean, integer, float, string, table or a function reference.
import Foundation

/// One Lua value converted to Swift.
///
/// Integers and floats stay distinct, as they are in Lua 5.4 (`math.type`). Tables become
/// ``LuaTable`` (an array part for keys `1...n` and a map for every other key); functions become
/// ``LuaFunction`` references that are only valid with the ``LuaState`` they came from.
public enum LuaValue {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case table(LuaTable)
    case function(LuaFunction)

    /// The name Lua's `type()` gives this value.
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .boolean: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .table: return "table"
        case .function: return "function"
        }
    }

    public var isNil: Bool {
        if case .nil = self { return true }
        return false
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer, if this is an integer or a float with an exact integer value.
    public var integerValue: Int64? {
        switch self {
        case .integer(let i): return i
        case .number(let d):
            guard d.rounded() == d, let i = Int64(exactly: d) else { return nil }
            return i
        default: return nil
        }
    }

    /// The number as a Double, if this is an integer or a float.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    public var boolValue: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }

    public var tableValue: LuaTable? {
        if case .table(let t) = self { return t }
        return nil
    }

    /// Lua truthiness: everything but `nil` and `false` is true.
    public var isTruthy: Bool {
        switch self {
        case .nil: return false
        case .boolean(let b): return b
        default: return true
        }
    }

    /// A field of a table value (`nil` for anything else).
    public subscript(key: String) -> LuaValue {
        tableValue?[key] ?? .nil
    }

    /// An element of a table value by its 1-based Lua index (`nil` for anything else).
    public subscript(index: Int) -> LuaValue {
        tableValue?[index] ?? .nil
    }
}

extension LuaValue: Equatable {
    public static func == (lhs: LuaValue, rhs: LuaValue) -> Bool {
        switch (lhs, rhs) {
        case (.nil, .nil): return true
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.table(let a), .table(let b)): return a == b
        case (.function(let a), .function(let b)): return a === b
        default: return false
        }
    }
}

extension LuaValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .nil }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: LuaValue...) { self = .table(LuaTable(array: elements)) }
    public init(dictionaryLiteral elements: (String, LuaValue)...) {
        var fields: [LuaKey: LuaValue] = [:]
        for (key, value) in elements { fields[.string(key)] = value }
        self = .table(LuaTable(fields: fields))
    }
}

/// A key of a Lua table other than the array part's `1...n`; a string literal is a string key.
public enum LuaKey: Hashable, Sendable, Comparable, ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }

    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)

    /// The key as a Lua value.
    public var value: LuaValue {
        switch self {
        case .boolean(let b): return .boolean(b)
        case .integer(let i): return .integer(i)
        case .number(let d): return .number(d)
        case .string(let s): return .string(s)
        }
    }

    /// The key as text, as JSON object keys need it.
    public var text: String {
        switch self {
        case .boolean(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return LuaValue.format(number: d)
        case .string(let s): return s
        }
    }

    /// Keys sort by kind (booleans, numbers, strings), then by value, so output is deterministic.
    public static func < (lhs: LuaKey, rhs: LuaKey) -> Bool {
        switch (lhs, rhs) {
        case (.boolean(let a), .boolean(let b)): return !a && b
        case (.string(let a), .string(let b)): return a < b
        case (.integer(let a), .integer(let b)): return a < b
        case (.number(let a), .number(let b)): return a < b
        case (.integer(let a), .number(let b)): return Double(a) < b
        case (.number(let a), .integer(let b)): return a < Double(b)
        default: return lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .boolean: return 0
        case .integer, .number: return 1
        case .string: return 2
        }
    }
}

/// A Lua table converted to Swift: the sequence `t[1]...t[n]` and every other key.
public struct LuaTable: Equatable {
    /// `t[1]` to `t[n]`, where `n` is the largest index with no gap before it.
    public var array: [LuaValue]
    /// All keys not in ``array``.
    public var fields: [LuaKey: LuaValue]

    public init(array: [LuaValue] = [], fields: [LuaKey: LuaValue] = [:]) {
        self.array = array
        self.fields = fields
    }

    /// True when the table is a sequence `1...n` with no other keys (an empty table counts).
    public var isArray: Bool { fields.isEmpty }

    /// Number of entries in both parts.
    public var count: Int { array.count + fields.count }

    public subscript(key: String) -> LuaValue {
        get { fields[.string(key)] ?? .nil }
        set { fields[.string(key)] = newValue.isNil ? nil : newValue }
    }

    /// Element by 1-based Lua index.
    public subscript(index: Int) -> LuaValue {
        if index >= 1 && index <= array.count { return array[index - 1] }
        return fields[.integer(Int64(index))] ?? .nil
    }

    /// The fields sorted by key, for deterministic output.
    public var sortedFields: [(key: LuaKey, value: LuaValue)] {
        fields.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }
}

extension LuaValue {
    /// Formats a float as Lua 5.4's `tostring` does for common values (`1.0`, `0.5`, `1e+20`).
    public static func format(number d: Double) -> String {
        if d.isNaN { return d.sign == .minus ? "-nan" : "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == d.rounded(), abs(d) < 1e16 {
            return String(format: "%.1f", d)
        }
        return String(format: "%.14g", d)
    }
}
