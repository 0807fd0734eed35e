// One stored answer to a screening item: a whole number, a number, a text or a list of codes.

/// An answer as stored and as a flow's Lua sees it. Yes/no answers are the integers 1 and 0,
/// dates are `YYYY-MM-DD` texts, a multiple choice is a list of its option codes. Encoded as the
/// plain JSON value, so a stored response reads without the flow that made it.
public enum Answer: Hashable, Sendable {
    case integer(Int64)
    case number(Double)
    case text(String)
    case list([Answer])

    /// How people read it back: `3`, `2.5`, `2026-01-31`, `[1, 3]`.
    public var display: String {
        switch self {
        case .integer(let value): String(value)
        case .number(let value): value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .text(let value): value
        case .list(let values): "[" + values.map(\.display).joined(separator: ", ") + "]"
        }
    }

    /// The number, for an integer or a number.
    public var numberValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }
}

extension Answer: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int64.self) {
            self = .integer(integer)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([Answer].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }
}
