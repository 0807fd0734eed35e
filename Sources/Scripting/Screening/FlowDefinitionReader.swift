// Reads the table a flow file returns into a FlowDefinition, naming the field of every problem.
import Core
import Lua

/// Turns a flow file's table into a ``FlowDefinition``. Every field is checked, and a problem is
/// reported as a ``FlowFileError`` naming the field's path, so an author sees
/// `items[4].options[2]: the code must be an integer or a string`.
struct FlowDefinitionReader {
    let file: String

    private func fail(_ field: String?, _ message: String) -> FlowFileError {
        FlowFileError(file: file, field: field, message)
    }

    func read(_ value: LuaValue) throws -> FlowDefinition {
        guard case .table(let table) = value else {
            throw fail(nil, "the file must return the flow's table, got \(value.typeName)")
        }
        let known: Set<String> = [
            "id", "version", "title", "description", "source", "policies", "scores", "labels", "settings", "items",
            "score", "interpret", "recommend",
        ]
        for key in table.fields.keys {
            guard case .string(let name) = key, known.contains(name) else {
                throw fail(key.text, "unknown field (known: \(known.sorted().joined(separator: ", ")))")
            }
        }
        guard let id = table["id"].stringValue, FlowDefinition.isValidID(id) else {
            throw fail("id", "expected lower-case letters, digits and '_', starting with a letter")
        }
        guard let versionText = table["version"].stringValue, let version = SemanticVersion(versionText) else {
            throw fail("version", "expected a semantic version such as \"1.0.0\"")
        }
        let items = try readItems(table["items"])
        let scores = try readScores(table["scores"])
        switch table["score"] {
        case .function: break
        case .table(let functions):
            for (key, function) in functions.fields {
                guard case .string(let name) = key, scores.contains(where: { $0.id == name }) else {
                    throw fail("score.\(key.text)", "not one of the declared scores")
                }
                guard case .function = function else { throw fail("score.\(name)", "expected a function") }
            }
            guard functions.array.isEmpty else { throw fail("score", "expected functions by score id, not a list") }
        default:
            throw fail("score", "expected a function, or a table of functions by score id")
        }
        for name in ["interpret", "recommend"] {
            switch table[name] {
            case .nil, .function: break
            default: throw fail(name, "expected a function")
            }
        }
        return FlowDefinition(
            id: id, version: version, title: try text(table["title"], at: "title"),
            description: try optionalText(table["description"], at: "description"),
            source: try optionalText(table["source"], at: "source"), policies: try readPolicies(table["policies"]),
            scores: scores, labels: try readLabels(table["labels"]), settings: try readSettings(table["settings"]),
            items: items, hasInterpretation: !table["interpret"].isNil, hasRecommendations: !table["recommend"].isNil)
    }

    // MARK: - Texts

    func text(_ value: LuaValue, at field: String) throws -> FlowText {
        switch value {
        case .string(let danish) where !danish.isEmpty:
            return FlowText(danish: danish)
        case .table(let table):
            guard let danish = table["da"].stringValue, !danish.isEmpty else {
                throw fail(field, "a text needs its Danish form: a string, or { da = \"...\", en = \"...\" }")
            }
            let english = table["en"]
            guard english.isNil || english.stringValue != nil else { throw fail("\(field).en", "expected a string") }
            return FlowText(danish: danish, english: english.stringValue)
        default:
            throw fail(field, "expected a text: a string, or { da = \"...\", en = \"...\" }")
        }
    }

    func optionalText(_ value: LuaValue, at field: String) throws -> FlowText? {
        value.isNil ? nil : try text(value, at: field)
    }

    // MARK: - Definition parts

    private func readPolicies(_ value: LuaValue) throws -> FlowPolicies {
        guard !value.isNil else { return FlowPolicies() }
        guard case .table(let table) = value else { throw fail("policies", "expected a table") }
        let missing = try choice(table["missing"], at: "policies.missing", default: MissingAnswerPolicy.error)
        let hidden = try choice(table["hidden"], at: "policies.hidden", default: HiddenAnswerPolicy.absent)
        return FlowPolicies(missing: missing, hidden: hidden)
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ value: LuaValue, at field: String, default: T) throws -> T
    where T.RawValue == String {
        guard !value.isNil else { return `default` }
        guard let text = value.stringValue, let choice = T(rawValue: text) else {
            throw fail(field, "expected one of \(T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
        }
        return choice
    }

    private func readScores(_ value: LuaValue) throws -> [ScoreDefinition] {
        guard case .table(let table) = value, table.fields.isEmpty, !table.array.isEmpty else {
            throw fail("scores", "expected a list of { id = ..., text = ... }")
        }
        var seen = Set<String>()
        return try table.array.enumerated().map { offset, element in
            let field = "scores[\(offset + 1)]"
            guard case .table(let score) = element else { throw fail(field, "expected { id = ..., text = ... }") }
            guard let id = score["id"].stringValue, Self.isValidName(id) else {
                throw fail("\(field).id", "expected letters, digits and '_'")
            }
            guard seen.insert(id).inserted else { throw fail("\(field).id", "the score '\(id)' is declared twice") }
            return ScoreDefinition(
                id: id, text: try text(score["text"], at: "\(field).text"),
                minimum: try number(score["min"], at: "\(field).min"),
                maximum: try number(score["max"], at: "\(field).max"),
                decimals: try wholeNumber(score["decimals"], at: "\(field).decimals").map(Int.init))
        }
    }

    private func readLabels(_ value: LuaValue) throws -> [String: FlowText] {
        guard !value.isNil else { return [:] }
        guard case .table(let table) = value, table.array.isEmpty else {
            throw fail("labels", "expected a table from code to text")
        }
        var labels: [String: FlowText] = [:]
        for (key, element) in table.fields {
            guard case .string(let code) = key else { throw fail("labels", "codes must be strings") }
            labels[code] = try text(element, at: "labels.\(code)")
        }
        return labels
    }

    private func readSettings(_ value: LuaValue) throws -> [String: FlowSetting] {
        guard !value.isNil else { return [:] }
        guard case .table(let table) = value, table.array.isEmpty else {
            throw fail("settings", "expected a table from name to value")
        }
        var settings: [String: FlowSetting] = [:]
        for (key, element) in table.fields {
            guard case .string(let name) = key, Self.isValidName(name) else {
                throw fail("settings", "names must be letters, digits and '_'")
            }
            settings[name] = try setting(element, at: "settings.\(name)")
        }
        return settings
    }

    func setting(_ value: LuaValue, at field: String) throws -> FlowSetting {
        if let number = value.doubleValue { return .number(number) }
        guard case .table(let table) = value, table.array.isEmpty else {
            throw fail(field, "expected a number, or { male = ..., female = ..., default = ... }")
        }
        for key in table.fields.keys where !["male", "female", "default"].contains(key.text) {
            throw fail("\(field).\(key.text)", "expected male, female or default")
        }
        return .bySex(
            male: try number(table["male"], at: "\(field).male"),
            female: try number(table["female"], at: "\(field).female"),
            default: try number(table["default"], at: "\(field).default"))
    }

    // MARK: - Values

    func number(_ value: LuaValue, at field: String) throws -> Double? {
        if value.isNil { return nil }
        guard let number = value.doubleValue, number.isFinite else { throw fail(field, "expected a number") }
        return number
    }

    func wholeNumber(_ value: LuaValue, at field: String) throws -> Int64? {
        if value.isNil { return nil }
        guard let number = value.integerValue else { throw fail(field, "expected a whole number") }
        return number
    }

    func boolean(_ value: LuaValue, at field: String) throws -> Bool {
        if value.isNil { return false }
        guard let flag = value.boolValue else { throw fail(field, "expected true or false") }
        return flag
    }

    /// Letters, digits and `_`, not starting with a digit: item ids, score ids, setting names.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    func failure(_ field: String?, _ message: String) -> FlowFileError { fail(field, message) }
}
