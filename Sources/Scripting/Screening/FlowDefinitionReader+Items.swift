// Reads a flow file's items: kinds, texts, options, ranges, grids and which rules they have.
import Core
import Lua

extension FlowDefinitionReader {
    private static let commonFields: Set<String> = ["id", "kind", "text", "help", "optional", "visible", "validate"]
    private static let kindFields: [FlowItemKind: Set<String>] = [
        .section: [], .choice: ["options"], .multi: ["options", "min", "max"], .yesno: [],
        .integer: ["min", "max", "unit"], .number: ["min", "max", "unit", "decimals"], .date: ["min", "max"],
        .text: ["max_length"], .grid: ["rows", "columns"],
    ]

    func readItems(_ value: LuaValue) throws -> [FlowItem] {
        guard case .table(let table) = value, table.fields.isEmpty, !table.array.isEmpty else {
            throw failure("items", "expected a list of items")
        }
        var seen: [String: String] = [:]
        var items: [FlowItem] = []
        for (offset, element) in table.array.enumerated() {
            let field = "items[\(offset + 1)]"
            let item = try readItem(element, at: field)
            for id in [item.id] + (item.kind == .grid ? item.answerIDs : []) {
                if let earlier = seen[id] { throw failure("\(field).id", "'\(id)' is already used by \(earlier)") }
                seen[id] = field
            }
            items.append(item)
        }
        guard items.contains(where: { $0.kind != .section }) else {
            throw failure("items", "a flow needs at least one item that takes an answer")
        }
        return items
    }

    private func readItem(_ value: LuaValue, at field: String) throws -> FlowItem {
        guard case .table(let table) = value else { throw failure(field, "expected an item table") }
        guard let kindName = table["kind"].stringValue, let kind = FlowItemKind(rawValue: kindName) else {
            let kinds = FlowItemKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("\(field).kind", "expected one of \(kinds) (or use screening.choice { ... } and the like)")
        }
        let allowed = Self.commonFields.union(Self.kindFields[kind] ?? [])
        for key in table.fields.keys where !allowed.contains(key.text) {
            throw failure("\(field).\(key.text)", "not a field of a \(kind.rawValue) item")
        }
        guard table.array.isEmpty else { throw failure(field, "an item takes named fields only") }
        guard let id = table["id"].stringValue, Self.isValidName(id) else {
            throw failure("\(field).id", "expected letters, digits and '_', not starting with a digit")
        }
        let at = "\(field) (\(id))"
        for rule in ["visible", "validate"] {
            switch table[rule] {
            case .nil, .function: break
            default: throw failure("\(at).\(rule)", "expected a function")
            }
        }
        if kind == .section, !table["validate"].isNil {
            throw failure("\(at).validate", "a section takes no answer to validate")
        }
        let options = kind == .choice || kind == .multi ? try readOptions(table["options"], at: "\(at).options") : []
        let minimum: Double?
        let maximum: Double?
        var earliest: Day?
        var latest: Day?
        if kind == .date {
            earliest = try day(table["min"], at: "\(at).min")
            latest = try day(table["max"], at: "\(at).max")
            minimum = nil
            maximum = nil
        } else if kind == .integer || kind == .multi {
            minimum = try wholeNumber(table["min"], at: "\(at).min").map(Double.init)
            maximum = try wholeNumber(table["max"], at: "\(at).max").map(Double.init)
        } else {
            minimum = try number(table["min"], at: "\(at).min")
            maximum = try number(table["max"], at: "\(at).max")
        }
        if let minimum, let maximum, minimum > maximum { throw failure("\(at).max", "is below min") }
        if let earliest, let latest, earliest > latest { throw failure("\(at).max", "is before min") }
        let maxLength = try wholeNumber(table["max_length"], at: "\(at).max_length").map(Int.init)
        if let maxLength, maxLength < 1 { throw failure("\(at).max_length", "must be at least 1") }
        var rows: [FlowGridRow] = []
        var columns: [FlowGridColumn] = []
        if kind == .grid {
            rows = try readRows(table["rows"], at: "\(at).rows")
            columns = try readColumns(table["columns"], at: "\(at).columns")
        }
        return FlowItem(
            id: id, kind: kind, text: try text(table["text"], at: "\(at).text"),
            help: try optionalText(table["help"], at: "\(at).help"),
            optional: try boolean(table["optional"], at: "\(at).optional"),
            options: options, minimum: minimum, maximum: maximum, earliest: earliest, latest: latest,
            unit: try optionalText(table["unit"], at: "\(at).unit"),
            decimals: try wholeNumber(table["decimals"], at: "\(at).decimals").map(Int.init),
            maxLength: maxLength ?? FlowItem.defaultMaxLength, rows: rows, columns: columns,
            hasVisibilityRule: !table["visible"].isNil, hasValidationRule: !table["validate"].isNil)
    }

    private func readOptions(_ value: LuaValue, at field: String) throws -> [FlowOption] {
        guard case .table(let table) = value, table.fields.isEmpty, !table.array.isEmpty else {
            throw failure(
                field, "expected a list of options: { code, text } or { code = ..., text = ..., points = ... }")
        }
        var options: [FlowOption] = []
        for (offset, element) in table.array.enumerated() {
            let at = "\(field)[\(offset + 1)]"
            guard case .table(let option) = element else { throw failure(at, "expected { code, text }") }
            let codeValue = option["code"].isNil ? option[1] : option["code"]
            let code: Answer
            if let integer = codeValue.integerValue, case .integer = codeValue {
                code = .integer(integer)
            } else if let text = codeValue.stringValue, !text.isEmpty {
                code = .text(text)
            } else {
                throw failure("\(at).code", "the code must be an integer or a string")
            }
            if options.contains(where: { $0.code == code }) {
                throw failure("\(at).code", "the code \(code.display) is used twice")
            }
            let textValue = option["text"].isNil ? option[2] : option["text"]
            options.append(
                FlowOption(
                    code: code, text: try text(textValue, at: "\(at).text"),
                    points: try number(option["points"], at: "\(at).points")))
        }
        return options
    }

    private func readRows(_ value: LuaValue, at field: String) throws -> [FlowGridRow] {
        guard case .table(let table) = value, table.fields.isEmpty, !table.array.isEmpty else {
            throw failure(field, "expected a list of { id = ..., text = ... }")
        }
        return try table.array.enumerated().map { offset, element in
            let at = "\(field)[\(offset + 1)]"
            guard case .table(let row) = element, let id = row["id"].stringValue, Self.isValidName(id) else {
                throw failure(at, "expected { id = ..., text = ... } with an id of letters, digits and '_'")
            }
            return FlowGridRow(id: id, text: try text(row["text"], at: "\(at).text"))
        }
    }

    private func readColumns(_ value: LuaValue, at field: String) throws -> [FlowGridColumn] {
        guard case .table(let table) = value, table.fields.isEmpty, !table.array.isEmpty else {
            throw failure(field, "expected a list of { suffix = ..., text = ..., min = ..., max = ... }")
        }
        var suffixes = Set<String>()
        return try table.array.enumerated().map { offset, element in
            let at = "\(field)[\(offset + 1)]"
            guard case .table(let column) = element else { throw failure(at, "expected a column table") }
            let suffix = column["suffix"].isNil ? "" : column["suffix"].stringValue
            guard let suffix, suffix.isEmpty || Self.isValidName("x" + suffix) else {
                throw failure("\(at).suffix", "expected a string of letters, digits and '_'")
            }
            guard suffixes.insert(suffix).inserted else { throw failure("\(at).suffix", "used twice") }
            return FlowGridColumn(
                suffix: suffix, text: try text(column["text"], at: "\(at).text"),
                minimum: try wholeNumber(column["min"], at: "\(at).min"),
                maximum: try wholeNumber(column["max"], at: "\(at).max"))
        }
    }

    private func day(_ value: LuaValue, at field: String) throws -> Day? {
        if value.isNil { return nil }
        guard let text = value.stringValue, let day = Day(text) else { throw failure(field, "expected \"YYYY-MM-DD\"") }
        return day
    }
}
