// Reading an answer given as a Lua value (fixtures, and scripts that answer screenings).
import Core
import Lua

extension AnswerInput {
    /// The Lua value as an answer input; nil for a function or a table that is not a list.
    public init?(luaValue: LuaValue) {
        switch luaValue {
        case .nil: self = .null
        case .boolean(let value): self = .boolean(value)
        case .integer(let value): self = .integer(value)
        case .number(let value): self = .number(value)
        case .string(let value): self = .text(value)
        case .table(let table):
            guard table.fields.isEmpty else { return nil }
            var elements: [AnswerInput] = []
            for element in table.array {
                guard let input = AnswerInput(luaValue: element) else { return nil }
                elements.append(input)
            }
            self = .list(elements)
        case .function: return nil
        }
    }
}
