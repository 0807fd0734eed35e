// JSON text for Lua values: sequences become arrays, other tables objects, keys sorted.
import Foundation

extension LuaValue {
    /// Why a value has no JSON form.
    public struct JSONError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Compact JSON for this value. A table with keys `1...n` (an empty one included) is an
    /// array; any other table an object with its keys as text, sorted. Integers stay integers
    /// and floats keep a decimal point (`2.0`). Functions, NaN and infinities have no JSON form.
    public func jsonText() throws -> String {
        var output = ""
        try writeJSON(to: &output)
        return output
    }

    private func writeJSON(to output: inout String) throws {
        switch self {
        case .nil: output += "null"
        case .boolean(let b): output += b ? "true" : "false"
        case .integer(let i): output += String(i)
        case .number(let d):
            guard d.isFinite else { throw JSONError(description: "\(LuaValue.format(number: d)) has no JSON form") }
            output += LuaValue.format(number: d)
        case .string(let s): LuaValue.writeJSONString(s, to: &output)
        case .function: throw JSONError(description: "a function has no JSON form")
        case .table(let table):
            if table.isArray {
                output += "["
                for (offset, element) in table.array.enumerated() {
                    if offset > 0 { output += "," }
                    try element.writeJSON(to: &output)
                }
                output += "]"
            } else {
                var entries = table.sortedFields
                for (offset, element) in table.array.enumerated().reversed() {
                    entries.insert((key: .integer(Int64(offset + 1)), value: element), at: 0)
                }
                entries.sort { $0.key < $1.key }
                output += "{"
                for (offset, entry) in entries.enumerated() {
                    if offset > 0 { output += "," }
                    LuaValue.writeJSONString(entry.key.text, to: &output)
                    output += ":"
                    try entry.value.writeJSON(to: &output)
                }
                output += "}"
            }
        }
    }

    static func writeJSONString(_ string: String, to output: inout String) {
        appendQuoted(string, to: &output) { String(format: "\\u%04x", $0) }
    }
}
