// Reads what the library's evaluation returned: scores, bands, flags, recommendations or a refusal.
import Core
import Lua

/// Turns the table `screening._evaluate` returns into a ``FlowEvaluation``. What the flow's own
/// functions returned is checked here: undeclared scores, scores that are not numbers, flags
/// that are not strings and malformed recommendations are errors naming the flow file.
struct FlowResultReader {
    let definition: FlowDefinition
    let file: String

    /// The message for a validation rule that returned `false` instead of a text.
    static let genericInvalid = FlowText(danish: "svaret er ikke gyldigt", english: "the answer is not valid")

    private func fail(_ field: String, _ message: String) -> FlowFileError {
        FlowFileError(file: file, field: field, message)
    }

    func read(_ value: LuaValue) throws -> FlowEvaluation {
        guard case .table(let table) = value else { throw fail("evaluation", "returned \(value.typeName)") }
        let missing = strings(table["missing"])
        let hidden = strings(table["hidden"])
        if table["refused"].isTruthy {
            if case .table(let invalid) = table["invalid"], case .table(let first) = invalid[1] {
                let id = first["id"].stringValue ?? "?"
                let message =
                    first["message"].boolValue == false
                    ? Self.genericInvalid
                    : try FlowDefinitionReader(file: file).text(first["message"], at: "items.\(id).validate result")
                return .invalidAnswer(id: id, message: message)
            }
            return .missingAnswers(missing)
        }
        return .scored(
            ScreeningResult(
                scores: try scores(table["scores"]), bands: try bands(table["bands"]), flags: try flags(table["flags"]),
                recommendations: try recommendations(table["recommendations"]), hidden: hidden, missing: missing))
    }

    private func strings(_ value: LuaValue) -> [String] {
        value.tableValue?.array.compactMap(\.stringValue) ?? []
    }

    private func scores(_ value: LuaValue) throws -> [ScoreValue] {
        guard case .table(let table) = value else { throw fail("score", "must return a table of scores") }
        for (key, _) in table.fields where !definition.scores.contains(where: { $0.id == key.text }) {
            throw fail("score", "returned '\(key.text)', which is not one of the declared scores")
        }
        guard table.array.isEmpty else { throw fail("score", "must return scores by id, not a list") }
        return try definition.scores.map { score in
            let value = table[score.id]
            if value.isNil { return ScoreValue(id: score.id, value: nil) }
            guard let number = value.doubleValue, number.isFinite else {
                throw fail("score", "the score '\(score.id)' must be a number or nil, got \(value.displayText)")
            }
            return ScoreValue(id: score.id, value: number)
        }
    }

    private func bands(_ value: LuaValue) throws -> [String: String] {
        guard case .table(let table) = value, table.array.isEmpty else {
            throw fail("interpret", "bands must be a table from score id to band code")
        }
        var bands: [String: String] = [:]
        for (key, band) in table.fields {
            guard definition.scores.contains(where: { $0.id == key.text }) else {
                throw fail("interpret", "a band for '\(key.text)', which is not one of the declared scores")
            }
            guard let code = band.stringValue else {
                throw fail("interpret", "the band of '\(key.text)' must be a string")
            }
            bands[key.text] = code
        }
        return bands
    }

    private func flags(_ value: LuaValue) throws -> [String] {
        guard case .table(let table) = value, table.fields.isEmpty else {
            throw fail("interpret", "flags must be a list of strings")
        }
        var flags: [String] = []
        for flag in table.array {
            guard let code = flag.stringValue else {
                throw fail("interpret", "flags must be strings, got \(flag.typeName)")
            }
            if !flags.contains(code) { flags.append(code) }
        }
        return flags
    }

    private func recommendations(_ value: LuaValue) throws -> [Recommendation] {
        guard case .table(let table) = value, table.fields.isEmpty else {
            throw fail("recommend", "must return a list of { code = ..., text = ... }")
        }
        let texts = FlowDefinitionReader(file: file)
        return try table.array.enumerated().map { offset, element in
            let at = "recommend result[\(offset + 1)]"
            guard case .table(let recommendation) = element, let code = recommendation["code"].stringValue else {
                throw fail(at, "expected { code = ..., text = ... }")
            }
            var consent: DataCategory?
            if !recommendation["consent"].isNil {
                guard let name = recommendation["consent"].stringValue, let category = DataCategory(rawValue: name)
                else {
                    let names = DataCategory.allCases.map(\.rawValue).joined(separator: ", ")
                    throw fail("\(at).consent", "expected a data category (\(names))")
                }
                consent = category
            }
            let to = recommendation["to"]
            guard to.isNil || to.stringValue != nil else { throw fail("\(at).to", "expected a string") }
            return Recommendation(
                code: code, text: try texts.text(recommendation["text"], at: "\(at).text"), to: to.stringValue,
                consent: consent)
        }
    }
}
