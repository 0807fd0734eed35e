// Pushing answers straight onto the Lua stack, as the flow library takes them.
import Core
import Lua

/// A set of answers as the flow library takes them: a table from answer id to value, pushed
/// without building a ``LuaValue`` first.
public struct LuaAnswers: LuaPushable {
    public let answers: [String: Answer]

    public init(_ answers: [String: Answer]) { self.answers = answers }

    public func push(to writer: inout LuaStackWriter) throws {
        try writer.pushTable(fieldCount: answers.count) { table in
            for (id, answer) in answers {
                switch answer {
                case .integer(let value): try table.set(id, value)
                case .number(let value): try table.set(id, value)
                case .text(let value): try table.set(id, value)
                case .list: try table.set(id) { try answer.push(to: &$0) }
                }
            }
        }
    }
}

extension Answer {
    /// The answer as Lua sees it: an integer, a float, a string, or a list (as ``luaValue``).
    func push(to writer: inout LuaStackWriter) throws {
        switch self {
        case .integer(let value): try writer.push(value)
        case .number(let value): try writer.push(value)
        case .text(let value): try writer.push(value)
        case .list(let values):
            try writer.pushTable(arrayCount: values.count) { table in
                for value in values { try table.append { try value.push(to: &$0) } }
            }
        }
    }
}
