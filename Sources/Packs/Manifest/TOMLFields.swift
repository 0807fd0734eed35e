// Typed fields out of a parsed TOML table, each failure a PackError naming the file and the field's path.
import Foundation
import TOMLKit

/// A TOML table being read field by field: `pack.toml`, `site.toml`, `pack.sig`, or a table
/// inside one. Every failure names the file and the field's dotted path.
struct TOMLFields {
    let table: TOMLTable
    let file: String
    /// The dotted path of `table` in the file; empty for the top level.
    let path: String

    /// Parses `text`; a syntax error names the file and the line.
    static func parse(_ text: String, file: String) throws -> TOMLFields {
        do {
            return TOMLFields(table: try TOMLTable(string: text), file: file, path: "")
        } catch let error as TOMLParseError {
            throw PackError(.syntax, file: file, line: error.source.begin.line, "not valid TOML: \(error.description)")
        }
    }

    /// Reads and parses the file at `file`.
    static func read(_ file: String) throws -> TOMLFields {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw PackError(.io, file: file, "cannot be read: \(Self.reason(error))")
        }
        return try parse(text, file: file)
    }

    /// The dotted path of `key` in this table; keys that are not bare TOML keys are quoted.
    func fieldPath(_ key: String) -> String {
        let bare =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
                    || $0 == "-"
            }
        let written = bare ? key : "\"\(key)\""
        return path.isEmpty ? written : "\(path).\(written)"
    }

    /// A field error at `field` (a full dotted path).
    func failure(_ field: String, _ message: String) -> PackError {
        PackError(.field, file: file, field: field, message)
    }

    /// Refuses keys outside `known`, suggesting the closest known key for a typo.
    func rejectUnknownKeys(_ known: [String]) throws {
        for key in table.keys.sorted() where !known.contains(key) {
            let guess = known.min { Self.distance(key, $0) < Self.distance(key, $1) }
            if let guess, Self.distance(key, guess) <= max(2, key.count / 3) {
                throw failure(fieldPath(key), "unknown field; did you mean \"\(guess)\"?")
            }
            throw failure(fieldPath(key), "unknown field (expected one of \(known.joined(separator: ", ")))")
        }
    }

    /// The value at `key`, if any.
    func value(_ key: String) -> (any TOMLValueConvertible)? { table[key] }

    /// A string field. `expected` completes "expected ...": `a non-empty string`.
    func string(_ key: String, required: Bool = false, expected: String) throws -> String? {
        guard let value = table[key] else {
            if required { throw failure(fieldPath(key), "missing, expected \(expected)") }
            return nil
        }
        guard let text = value.string, !text.isEmpty else {
            throw failure(fieldPath(key), "expected \(expected), got \(Self.describe(value))")
        }
        return text
    }

    /// An array of non-empty strings; `expected` describes the array, `element` each string.
    func strings(_ key: String, expected: String, element: String) throws -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            throw failure(fieldPath(key), "expected \(expected), got \(Self.describe(value))")
        }
        var strings: [String] = []
        for (index, item) in array.enumerated() {
            guard let text = item.string, !text.isEmpty else {
                throw failure("\(fieldPath(key))[\(index + 1)]", "expected \(element), got \(Self.describe(item))")
            }
            strings.append(text)
        }
        return strings
    }

    /// A boolean field.
    func bool(_ key: String) throws -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else {
            throw failure(fieldPath(key), "expected true or false, got \(Self.describe(value))")
        }
        return flag
    }

    /// A table field, to read in turn; `expected` describes the table.
    func subtable(_ key: String, expected: String) throws -> TOMLFields? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else {
            throw failure(fieldPath(key), "expected \(expected), got \(Self.describe(value))")
        }
        return TOMLFields(table: inner, file: file, path: fieldPath(key))
    }

    /// A value as a message shows it after "got": `"1.0-2"`, `3`, `true`, `an array`, `a table`.
    static func describe(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: return "\"\(value.string ?? "")\""
        case .int: return value.int.map(String.init) ?? "an integer"
        case .double: return value.double.map { String($0) } ?? "a number"
        case .bool: return value.bool.map { String($0) } ?? "a boolean"
        case .array: return "an array"
        case .table: return "a table"
        case .date: return "a date"
        case .time: return "a time"
        case .dateTime: return "a date and time"
        }
    }

    /// An error's reason without Foundation's wrapping, for "cannot be read: ...".
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }

    /// Edit distance, for "did you mean".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
