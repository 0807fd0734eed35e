// A readable rendering of Lua values for people: scalars as tostring shows them, tables as Lua constructors.
import Foundation

extension LuaValue {
    /// Text for a terminal. Scalars read as Lua's `tostring` gives them (strings unquoted);
    /// tables as indented Lua table constructors with sorted keys.
    public var displayText: String {
        switch self {
        case .string(let s): return s
        default: return literal(indent: "")
        }
    }

    /// This value as Lua source (a constructor for tables), indented for reading.
    public func literal(indent: String) -> String {
        switch self {
        case .nil: return "nil"
        case .boolean(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return LuaValue.format(number: d)
        case .string(let s): return LuaValue.quoted(s)
        case .function(let f): return "<\(f.description)>"
        case .table(let table):
            if table.count == 0 { return "{}" }
            let inner = indent + "  "
            var lines: [String] = []
            for element in table.array { lines.append(inner + element.literal(indent: inner)) }
            for (key, element) in table.sortedFields {
                lines.append(inner + LuaValue.keyLiteral(key) + " = " + element.literal(indent: inner))
            }
            return "{\n" + lines.joined(separator: ",\n") + ",\n" + indent + "}"
        }
    }

    private static func keyLiteral(_ key: LuaKey) -> String {
        if case .string(let s) = key, isIdentifier(s) { return s }
        return "[" + key.value.literal(indent: "") + "]"
    }

    private static let keywords: Set<String> = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
        "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !keywords.contains(s) else { return false }
        let isStart = { (c: Unicode.Scalar) in c == "_" || (c.isASCII && c.properties.isAlphabetic) }
        return isStart(first) && s.unicodeScalars.allSatisfy { isStart($0) || ("0"..."9").contains($0) }
    }

    /// A Lua string literal in double quotes.
    static func quoted(_ s: String) -> String {
        var output = ""
        appendQuoted(s, to: &output) { "\\" + String(format: "%03d", $0) }
        return output
    }

    /// Appends `s` in double quotes with `"`, `\`, newline, return and tab escaped as Lua and JSON
    /// both write them, and every other control character (and DEL) as `escape` writes it.
    static func appendQuoted(_ s: String, to output: inout String, escape: (UInt32) -> String) {
        output += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7f: output += escape(scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
