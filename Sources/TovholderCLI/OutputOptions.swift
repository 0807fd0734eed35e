// `--json` for read commands, and printing results either as lines for people or as JSON for programs.
import ArgumentParser
import Foundation

struct OutputOptions: ParsableArguments {
    @Flag(help: "Print the result as JSON.")
    var json = false

    /// Prints one value: JSON, or the text `describe` gives for people.
    func print<T: Encodable>(_ value: T, describe: (T) -> String) throws {
        Swift.print(json ? try Self.jsonText(value) : describe(value))
    }

    /// Prints a list: a JSON array, or one line per element.
    func print<T: Encodable>(_ values: [T], line: (T) -> String) throws {
        if json {
            Swift.print(try Self.jsonText(values))
        } else {
            // One write for the whole list: long lists (a report of 50,000 cases) stay fast.
            var text = ""
            for value in values {
                text += line(value)
                text += "\n"
            }
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Prints JSON whose keys are written as given (item and score ids keep their case: `M6`,
    /// `D1_years`), for values that spell out their own snake_case keys.
    static func printExactJSON<T: Encodable>(_ value: T) throws {
        Swift.print(try jsonText(value, convertingKeys: false))
    }

    static func jsonText<T: Encodable>(_ value: T, convertingKeys: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if convertingKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
