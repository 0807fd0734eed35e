// Reading an answers file: one JSON object from item id to answer.
import Core
import Foundation

/// An answer as JSON gives it, decoded without guessing: booleans stay booleans, numbers numbers.
private struct JSONAnswer: Decodable {
    let input: AnswerInput

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            input = .null
        } else if let value = try? container.decode(Bool.self) {
            input = .boolean(value)
        } else if let value = try? container.decode(Int64.self) {
            input = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            input = .number(value)
        } else if let value = try? container.decode(String.self) {
            input = .text(value)
        } else if let values = try? container.decode([JSONAnswer].self) {
            input = .list(values.map(\.input))
        } else {
            throw DecodingError.typeMismatch(
                AnswerInput.self, .init(codingPath: decoder.codingPath, debugDescription: "an object is not an answer"))
        }
    }
}

enum AnswersFile {
    /// The answers in the file at `path`.
    /// - Throws: `CLIFailure.badInput` for a missing or unreadable file, `DomainError` for one
    ///   that is not a JSON object of answers (naming the item when one value is wrong).
    static func read(_ path: String, _ language: Language) throws -> [String: AnswerInput] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIFailure.badInput(Message.fileNotFound(path: path).text(language))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure.badInput(Message.fileNotReadable(path: path, reason: "permission denied").text(language))
        }
        do {
            return try JSONDecoder().decode([String: JSONAnswer].self, from: data).mapValues(\.input)
        } catch DecodingError.typeMismatch(_, let context) where !context.codingPath.isEmpty {
            let item = context.codingPath[0].stringValue
            throw DomainError(field: item, ScreeningProblem.notAnAnswerFile(context.debugDescription))
        } catch {
            let reason = (error as? DecodingError).map(Self.reason) ?? error.localizedDescription
            throw DomainError(field: "answers", ScreeningProblem.notAnAnswerFile(reason))
        }
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): context.underlyingError.map { "\($0)" } ?? context.debugDescription
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            context.debugDescription
        @unknown default: "\(error)"
        }
    }
}
