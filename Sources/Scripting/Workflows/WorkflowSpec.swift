// Reading the table a rule passes to workflow.task, workflow.outbox...: known fields only, each of the right type.
import Core
import Lua

/// The fields of one spec table (`workflow.task { title = ..., due = ... }`), read strictly: an
/// unknown field or a value of the wrong type is an error naming the function and the field, so
/// a misspelt `titel` fails at once instead of being ignored.
struct WorkflowSpec {
    let function: String
    let table: LuaTable

    init(_ arguments: LuaArguments, function: String, allowed: [String]) throws {
        self.function = function
        table = try arguments.table(1)
        guard table.array.isEmpty else {
            let fields = allowed.joined(separator: ", ")
            throw LuaArgumentError(index: 1, problem: "expected a table of named fields (\(fields))")
        }
        for key in table.fields.keys {
            guard case .string(let name) = key, allowed.contains(name) else {
                throw LuaArgumentError(
                    index: 1, problem: "unknown field '\(key.text)' (known: \(allowed.joined(separator: ", ")))")
            }
        }
    }

    func value(_ field: String) -> LuaValue { table[field] }

    func string(_ field: String) throws -> String? {
        let value = table[field]
        if value.isNil { return nil }
        guard let text = value.stringValue, case .string = value else { throw wrongType(field, "a string", value) }
        return text
    }

    func requiredString(_ field: String) throws -> String {
        guard let text = try string(field), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LuaArgumentError(index: 1, problem: "the field '\(field)' is required")
        }
        return text
    }

    func integer(_ field: String) throws -> Int64? {
        let value = table[field]
        if value.isNil { return nil }
        guard let number = value.integerValue else { throw wrongType(field, "a whole number", value) }
        return number
    }

    func day(_ field: String) throws -> Day? {
        guard let text = try string(field) else { return nil }
        guard let day = Day(text) else {
            throw LuaArgumentError(index: 1, problem: "the field '\(field)' must be a day YYYY-MM-DD, got '\(text)'")
        }
        return day
    }

    /// `due` (a day) or `within` (whole days after `from`); nil when neither is given.
    func due(from day: Day) throws -> Day? {
        let due = try self.day("due")
        let within = try integer("within")
        if due != nil, within != nil {
            throw LuaArgumentError(index: 1, problem: "give either 'due' or 'within', not both")
        }
        if let within {
            guard within >= 0, within <= 3660 else {
                throw LuaArgumentError(index: 1, problem: "'within' must be 0 to 3660 days, got \(within)")
            }
            return day.adding(days: Int(within))
        }
        return due
    }

    /// A list of strings (`categories = { "screening", "plan" }`).
    func strings(_ field: String) throws -> [String]? {
        let value = table[field]
        if value.isNil { return nil }
        guard case .table(let list) = value, list.fields.isEmpty else {
            throw wrongType(field, "a list of strings", value)
        }
        return try list.array.map { item in
            guard case .string(let text) = item else { throw wrongType(field, "a list of strings", value) }
            return text
        }
    }

    /// The rule's one word for a name it does not know: `unknown event 'x' (known: a, b)`.
    func unknownName(_ what: String, _ name: String, known: [String]) -> LuaArgumentError {
        LuaArgumentError(index: 1, problem: unknown(what, name, known: known))
    }

    private func wrongType(_ field: String, _ expected: String, _ value: LuaValue) -> LuaArgumentError {
        LuaArgumentError(index: 1, problem: "the field '\(field)' must be \(expected), got \(value.typeName)")
    }
}

/// `unknown event 'x' (known: a, b)`: what every workflow function says of a name it does not know.
func unknown(_ what: String, _ name: String, known: [String]) -> String {
    "unknown \(what) '\(name)' (known: \(known.joined(separator: ", ")))"
}
