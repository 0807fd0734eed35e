// An event as a handler sees it: the payload's fields, plus the kind, the journal id and the time.
import Foundation
import Lua
import Store

extension RecordedEvent {
    /// The Lua table a handler gets as `event`: every field of the payload (snake_case), and
    /// `kind`, `id` (the journal id) and `at` (the time it was recorded, ISO 8601 UTC).
    func luaValue() throws -> LuaValue {
        var table = LuaTable()
        if case .object(let fields) = try JSONDecoder().decode(JSONValue.self, from: Data(payload.utf8)) {
            for (key, value) in fields { table.fields[.string(key)] = value.luaValue }
        }
        table.fields["kind"] = .string(kind)
        table.fields["id"] = .integer(id.rawValue)
        table.fields["at"] = .string(at)
        if let caseID { table.fields["case_id"] = .integer(caseID.rawValue) }
        return .table(table)
    }
}

/// Any JSON value, decoded without losing whether a number was whole.
enum JSONValue: Decodable, Equatable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Objects become tables with string keys, arrays sequences, `null` nil.
    var luaValue: LuaValue {
        switch self {
        case .null: return .nil
        case .boolean(let value): return .boolean(value)
        case .integer(let value): return .integer(value)
        case .number(let value): return .number(value)
        case .string(let value): return .string(value)
        case .array(let values): return .table(LuaTable(array: values.map(\.luaValue)))
        case .object(let fields):
            var table = LuaTable()
            for (key, value) in fields { table.fields[.string(key)] = value.luaValue }
            return .table(table)
        }
    }
}
