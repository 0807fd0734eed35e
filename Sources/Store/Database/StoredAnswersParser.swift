// Reads a stored `answers` column quickly: the bulk path of rescoring many responses.
import Core
import Foundation

/// A parser for the one JSON shape the `answers` column holds: an object of integers, floats,
/// strings and lists of them. It reads what JSONDecoder reads for `[String: Answer]` (a number
/// with an exact integer value is an integer, as `Answer`'s decoding gives it) several times
/// faster, and gives nil for anything it does not take (other JSON, a duplicate key, text that
/// is not UTF-8): the caller then falls back to JSONDecoder.
public enum StoredAnswersParser {
    public static func parse(_ data: Data) -> [String: Answer]? {
        data.withUnsafeBytes { parse(bytes: $0) }
    }

    public static func parse(bytes: UnsafeRawBufferPointer) -> [String: Answer]? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var cursor = Cursor(start: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        return cursor.document()
    }

    private struct Cursor {
        let start: UnsafePointer<UInt8>
        let count: Int
        var index = 0
        /// Lists nested deeper than this are left to JSONDecoder.
        static let maximumDepth = 64

        init(start: UnsafePointer<UInt8>, count: Int) {
            self.start = start
            self.count = count
        }

        mutating func skipSpace() {
            while index < count {
                switch start[index] {
                case 0x20, 0x0A, 0x09, 0x0D: index += 1
                default: return
                }
            }
        }

        /// Skips white space and then `byte` if it comes next.
        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < count, start[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func document() -> [String: Answer]? {
            guard let answers = object() else { return nil }
            skipSpace()
            return index == count ? answers : nil
        }

        mutating func object() -> [String: Answer]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var answers: [String: Answer] = [:]
            if take(UInt8(ascii: "}")) { return answers }
            answers.reserveCapacity(estimatedKeys())
            var pairs = 0
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), let value = value(depth: 0) else { return nil }
                answers[key] = value
                pairs += 1
            } while take(UInt8(ascii: ","))
            // JSONDecoder keeps the first of two equal keys; such rare input is left to it.
            guard take(UInt8(ascii: "}")), answers.count == pairs else { return nil }
            return answers
        }

        /// The number of colons from here on: at least the number of keys.
        func estimatedKeys() -> Int {
            var colons = 0
            for offset in index..<count where start[offset] == UInt8(ascii: ":") { colons += 1 }
            return colons
        }

        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let first = index
            while index < count {
                let byte = start[index]
                if byte == UInt8(ascii: "\"") {
                    let text = Self.text(UnsafeBufferPointer(start: start + first, count: index - first))
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { return escapedString(from: first) }
                if byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }

        /// The rest of a string with escapes, its first `index - first` bytes plain.
        mutating func escapedString(from first: Int) -> String? {
            var bytes = Array(UnsafeBufferPointer(start: start + first, count: index - first))
            while index < count {
                let byte = start[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return bytes.withUnsafeBufferPointer(Self.text)
                case UInt8(ascii: "\\"):
                    guard index < count else { return nil }
                    let escape = start[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escape)
                    case UInt8(ascii: "b"): bytes.append(0x08)
                    case UInt8(ascii: "f"): bytes.append(0x0C)
                    case UInt8(ascii: "n"): bytes.append(0x0A)
                    case UInt8(ascii: "r"): bytes.append(0x0D)
                    case UInt8(ascii: "t"): bytes.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let scalar = unicodeEscape() else { return nil }
                        bytes.append(contentsOf: String(Character(scalar)).utf8)
                    default: return nil
                    }
                case 0..<0x20:
                    return nil
                default:
                    bytes.append(byte)
                }
            }
            return nil
        }

        /// The scalar of `XXXX` after `\u` (and of a second `\uXXXX` for a surrogate pair).
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(high) {
                guard index + 1 < count, start[index] == UInt8(ascii: "\\"), start[index + 1] == UInt8(ascii: "u")
                else { return nil }
                index += 2
                guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = start[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        /// The bytes as a string; nil when they are not UTF-8 (JSONDecoder refuses those).
        static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            let text = String(decoding: bytes, as: UTF8.self)
            // Decoding repairs what is not UTF-8, which changes the bytes.
            if bytes.allSatisfy({ $0 < 0x80 }) || text.utf8.elementsEqual(bytes) { return text }
            return nil
        }

        mutating func value(depth: Int) -> Answer? {
            skipSpace()
            guard index < count else { return nil }
            switch start[index] {
            case UInt8(ascii: "\""):
                return string().map(Answer.text)
            case UInt8(ascii: "["):
                guard depth < Self.maximumDepth else { return nil }
                index += 1
                var values: [Answer] = []
                if take(UInt8(ascii: "]")) { return .list(values) }
                repeat {
                    guard let value = value(depth: depth + 1) else { return nil }
                    values.append(value)
                } while take(UInt8(ascii: ","))
                return take(UInt8(ascii: "]")) ? .list(values) : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return number()
            default:
                return nil
            }
        }

        /// A JSON number: an integer when it has an exact Int64 value, as `Answer` decodes it.
        mutating func number() -> Answer? {
            let first = index
            let negative = start[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            // -?(0|[1-9][0-9]*)
            guard index < count, isDigit(start[index]) else { return nil }
            var magnitude: UInt64 = 0
            var overflow = false
            if start[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while index < count, isDigit(start[index]) {
                    let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
                    let (plus, o2) = times.addingReportingOverflow(UInt64(start[index] - UInt8(ascii: "0")))
                    overflow = overflow || o1 || o2
                    magnitude = plus
                    index += 1
                }
            }
            var isInteger = true
            // (\.[0-9]+)?
            if index < count, start[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                guard index < count, isDigit(start[index]) else { return nil }
                while index < count, isDigit(start[index]) { index += 1 }
            }
            // ([eE][+-]?[0-9]+)?
            if index < count, start[index] == UInt8(ascii: "e") || start[index] == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if index < count, start[index] == UInt8(ascii: "+") || start[index] == UInt8(ascii: "-") { index += 1 }
                guard index < count, isDigit(start[index]) else { return nil }
                while index < count, isDigit(start[index]) { index += 1 }
            }
            if isInteger && !overflow {
                if negative, magnitude <= UInt64(Int64.max) + 1 {
                    return .integer(Int64(truncatingIfNeeded: 0 &- magnitude))
                }
                if !negative, magnitude <= UInt64(Int64.max) { return .integer(Int64(magnitude)) }
            }
            let text = String(decoding: UnsafeBufferPointer(start: start + first, count: index - first), as: UTF8.self)
            guard let double = Double(text), double.isFinite else { return nil }
            if double.rounded(.towardZero) == double, let integer = Int64(exactly: double) { return .integer(integer) }
            return .number(double)
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    }
}
