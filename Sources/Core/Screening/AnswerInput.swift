// An answer as it arrives, before the item has checked it: a JSON value from an answers file.

/// A value from an answers file (or the Lua bridge), not yet checked against its item.
public enum AnswerInput: Hashable, Sendable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case text(String)
    case list([AnswerInput])

    /// How the input is described in a message: `"tre"`, `12`, `true`.
    public var display: String {
        switch self {
        case .null: "null"
        case .boolean(let value): String(value)
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .text(let value): "\"\(value)\""
        case .list(let values): "[" + values.map(\.display).joined(separator: ", ") + "]"
        }
    }

    /// The JSON type name, for a message about the wrong type.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .text: "string"
        case .list: "list"
        }
    }

    /// The input with an integral number read as an integer (`3.0` → `3`).
    var wholeNumber: Int64? {
        switch self {
        case .integer(let value): value
        case .number(let value): value.rounded() == value ? Int64(exactly: value) : nil
        default: nil
        }
    }
}
