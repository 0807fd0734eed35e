// Reads what the library's evaluation returned: scores, bands, flags, recommendations or a refusal.
import Core
import Lua

/// Turns the table `screening._evaluate` returns into a ``FlowEvaluation``, reading it where it lies
/// on the Lua stack. What the flow's own functions returned is checked here: undeclared scores,
/// scores that are not numbers, flags that are not strings and malformed recommendations are
/// errors naming the flow file. A class holding only what it needs, so the closures that read the
/// table copy nothing.
final class FlowResultReader {
    let file: String
    /// The declared scores' ids, in their declared order, as keys made in the flow's state.
    private let scoreIDs: [LuaFieldName]
    private let declaredScores: Set<String>
    private let keys: Keys

    /// The result's keys, made once in the flow's state.
    private struct Keys {
        let missing, hidden, refused, invalid, id, message, scores, bands, flags, recommendations: LuaFieldName
        let code, consent, to, text, danish, english: LuaFieldName

        init(_ state: LuaState) throws {
            (missing, hidden, refused, invalid, id) = try (
                state.fieldName("missing"), state.fieldName("hidden"), state.fieldName("refused"),
                state.fieldName("invalid"), state.fieldName("id")
            )
            (message, scores, bands, flags, recommendations) = try (
                state.fieldName("message"), state.fieldName("scores"), state.fieldName("bands"),
                state.fieldName("flags"), state.fieldName("recommendations")
            )
            (code, consent, to, text, danish, english) = try (
                state.fieldName("code"), state.fieldName("consent"), state.fieldName("to"), state.fieldName("text"),
                state.fieldName("da"), state.fieldName("en")
            )
        }
    }

    init(definition: FlowDefinition, file: String, state: LuaState) throws {
        self.file = file
        scoreIDs = try definition.scores.map { try state.fieldName($0.id) }
        declaredScores = Set(definition.scores.map(\.id))
        keys = try Keys(state)
    }

    /// The message for a validation rule that returned `false` instead of a text.
    static let genericInvalid = FlowText(danish: "svaret er ikke gyldigt", english: "the answer is not valid")

    private func fail(_ field: String, _ message: String) -> FlowFileError {
        FlowFileError(file: file, field: field, message)
    }

    func read(_ result: LuaStackValue) throws -> FlowEvaluation {
        guard result.isTable else { throw fail("evaluation", "returned \(result.typeName)") }
        let missing = try result.field(keys.missing, strings)
        let hidden = try result.field(keys.hidden, strings)
        if try result.field(keys.refused, \.isTruthy) {
            let invalid = try result.field(keys.invalid) { invalid in
                try invalid.element(1) { first in first.isTable ? try invalidAnswer(first) : nil }
            }
            return invalid ?? .missingAnswers(missing)
        }
        return .scored(
            ScreeningResult(
                scores: try result.field(keys.scores, readScores), bands: try result.field(keys.bands, readBands),
                flags: try result.field(keys.flags, readFlags),
                recommendations: try result.field(keys.recommendations, readRecommendations), hidden: hidden,
                missing: missing))
    }

    private func invalidAnswer(_ first: LuaStackValue) throws -> FlowEvaluation {
        let id = try first.field(keys.id, \.stringValue) ?? "?"
        let message = try first.field(keys.message) { message in
            message.boolValue == false
                ? Self.genericInvalid : try readText(message, at: "items.\(id).validate result")
        }
        return .invalidAnswer(id: id, message: message)
    }

    /// The strings of a list, up to its first gap; anything else is skipped.
    private func strings(_ list: LuaStackValue) throws -> [String] {
        guard list.isTable else { return [] }
        var strings: [String] = []
        var position = 1
        while try list.element(
            position,
            { element in
                if let string = element.stringValue { strings.append(string) }
                return !element.isNil
            })
        {
            position += 1
        }
        return strings
    }

    private func readScores(_ table: LuaStackValue) throws -> [ScoreValue] {
        guard table.isTable else { throw fail("score", "must return a table of scores") }
        var scores: [ScoreValue] = []
        scores.reserveCapacity(scoreIDs.count)
        var present = 0
        var wrong: FlowFileError?
        for key in scoreIDs {
            let id = key.name
            let value: Double? = try table.field(key) { value in
                if value.isNil { return nil }
                present += 1
                guard let number = value.doubleValue, number.isFinite else {
                    if wrong == nil {
                        let shown = try value.value().displayText
                        wrong = fail("score", "the score '\(id)' must be a number or nil, got \(shown)")
                    }
                    return nil
                }
                return number
            }
            scores.append(ScoreValue(id: id, value: value))
        }
        // Every key was a declared score when there are no more keys than declared scores found.
        if try table.pairCount() != present {
            var isList = false
            try table.forEachPair { key, _ in
                if key.integerValue != nil, key.stringValue == nil {
                    isList = true
                } else if let name = key.stringValue, declaredScores.contains(name) {
                    return
                } else {
                    throw fail("score", "returned '\(try keyText(key))', which is not one of the declared scores")
                }
            }
            if isList { throw fail("score", "must return scores by id, not a list") }
        }
        if let wrong { throw wrong }
        return scores
    }

    private func readBands(_ table: LuaStackValue) throws -> [String: String] {
        guard table.isTable, try table.element(1, \.isNil) else {
            throw fail("interpret", "bands must be a table from score id to band code")
        }
        var bands = [String: String](minimumCapacity: scoreIDs.count)
        var present = 0
        var wrong: FlowFileError?
        for key in scoreIDs {
            try table.field(key) { band in
                if band.isNil { return }
                present += 1
                guard let code = band.stringValue else {
                    wrong = wrong ?? fail("interpret", "the band of '\(key.name)' must be a string")
                    return
                }
                bands[key.name] = code
            }
        }
        // Every key was a declared score when there are no more keys than declared scores found.
        if try table.pairCount() != present {
            try table.forEachPair { key, _ in
                let name = try key.stringValue ?? keyText(key)
                guard declaredScores.contains(name) else {
                    throw fail("interpret", "a band for '\(name)', which is not one of the declared scores")
                }
            }
        }
        if let wrong { throw wrong }
        return bands
    }

    private func readFlags(_ list: LuaStackValue) throws -> [String] {
        guard let count = try list.listCount() else { throw fail("interpret", "flags must be a list of strings") }
        var flags: [String] = []
        for position in stride(from: 1, through: count, by: 1) {
            let code = try list.element(position) { flag in
                guard let code = flag.stringValue else {
                    throw fail("interpret", "flags must be strings, got \(flag.typeName)")
                }
                return code
            }
            if !flags.contains(code) { flags.append(code) }
        }
        return flags
    }

    private func readRecommendations(_ list: LuaStackValue) throws -> [Recommendation] {
        guard let count = try list.listCount() else {
            throw fail("recommend", "must return a list of { code = ..., text = ... }")
        }
        var recommendations: [Recommendation] = []
        recommendations.reserveCapacity(count)
        for position in stride(from: 1, through: count, by: 1) {
            // Only an error needs the position as text.
            func at() -> String { "recommend result[\(position)]" }
            try list.element(position) { element in
                guard element.isTable, let code = try element.field(keys.code, \.stringValue) else {
                    throw fail(at(), "expected { code = ..., text = ... }")
                }
                let consent: DataCategory? = try element.field(keys.consent) { consent in
                    if consent.isNil { return nil }
                    guard let name = consent.stringValue, let category = DataCategory(rawValue: name) else {
                        let names = DataCategory.allCases.map(\.rawValue).joined(separator: ", ")
                        throw fail("\(at()).consent", "expected a data category (\(names))")
                    }
                    return category
                }
                let to: String? = try element.field(keys.to) { to in
                    guard to.isNil || to.stringValue != nil else { throw fail("\(at()).to", "expected a string") }
                    return to.stringValue
                }
                recommendations.append(
                    Recommendation(
                        code: code, text: try element.field(keys.text) { try readText($0, at: "\(at()).text") }, to: to,
                        consent: consent))
            }
        }
        return recommendations
    }

    /// A text: a non-empty string (Danish), or `{ da = ..., en = ... }`. Anything else gets the
    /// definition reader's error.
    private func readText(_ value: LuaStackValue, at field: @autoclosure () -> String) throws -> FlowText {
        if let danish = value.stringValue, !danish.isEmpty { return FlowText(danish: danish) }
        if value.isTable, let danish = try value.field(keys.danish, \.stringValue), !danish.isEmpty {
            let english = try value.field(keys.english) { english -> String?? in
                if english.isNil { return .some(nil) }
                return english.stringValue.map { .some($0) }
            }
            if let english { return FlowText(danish: danish, english: english) }
        }
        return try FlowDefinitionReader(file: file).text(value.value(), at: field())
    }

    /// A table key as text, as the errors show it.
    private func keyText(_ key: LuaStackValue) throws -> String {
        switch try key.value() {
        case .string(let text): text
        case .integer(let integer): String(integer)
        case .number(let number): LuaValue.format(number: number)
        case .boolean(let flag): flag ? "true" : "false"
        case let other: other.typeName
        }
    }
}
