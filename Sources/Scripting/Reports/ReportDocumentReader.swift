// Reading the document a report script built (a Lua table) into the host's ReportDocument, strictly.
import Core
import Lua
import Reports

/// Turns the table `report._document` built into a ``ReportDocument``. The library already checked
/// what a script passes; this reads what it produced, and names the block of anything that does
/// not hold (a script can write the table directly).
struct ReportDocumentReader {
    let file: String

    func read(
        _ value: LuaValue, id: String, title: String, language: Language, generatedAt: String?
    ) throws -> ReportDocument {
        guard case .table(let table) = value else { throw problem("the document is not a table") }
        var document = ReportDocument(id: id, title: title, language: language, generatedAt: generatedAt)
        for (index, pair) in array(table["parameters"]).enumerated() {
            document.parameters.append(try self.pair(pair, at: "parameters[\(index + 1)]"))
        }
        document.notices = try array(table["notices"]).enumerated().map { index, notice in
            try string(notice, at: "notices[\(index + 1)]")
        }
        document.blocks = try array(table["blocks"]).enumerated().map { index, block in
            try self.block(block, at: "blocks[\(index + 1)]")
        }
        return document
    }

    private func block(_ value: LuaValue, at path: String) throws -> ReportBlock {
        guard case .table(let block) = value else { throw problem("\(path): not a table") }
        switch block["type"].stringValue {
        case "heading":
            let level = Int(block["level"].integerValue ?? 1)
            return .heading(level: min(max(level, 1), 5), text: try string(block["text"], at: path + ".text"))
        case "paragraph": return .paragraph(try string(block["text"], at: path + ".text"))
        case "note": return .note(try string(block["text"], at: path + ".text"))
        case "page_break": return .pageBreak
        case "key_values":
            return .keyValues(
                title: block["title"].stringValue,
                pairs: try array(block["pairs"]).enumerated().map { try pair($1, at: "\(path).pairs[\($0 + 1)]") })
        case "table": return .table(try table(block, at: path))
        case "chart": return .chart(try chart(block, at: path))
        default: throw problem("\(path): unknown block type '\(block["type"].stringValue ?? "?")'")
        }
    }

    private func table(_ block: LuaTable, at path: String) throws -> ReportTable {
        let columns = try array(block["columns"]).enumerated().map { index, value -> ReportColumn in
            guard case .table(let column) = value else { throw problem("\(path).columns[\(index + 1)]: not a table") }
            guard let kind = ReportColumn.Kind(rawValue: column["kind"].stringValue ?? "text") else {
                throw problem("\(path).columns[\(index + 1)]: unknown kind")
            }
            return ReportColumn(
                try string(column["title"], at: "\(path).columns[\(index + 1)].title"), kind: kind,
                decimals: Int(column["decimals"].integerValue ?? 1))
        }
        let rows = try array(block["rows"]).enumerated().map { index, value -> [ReportCell] in
            let cells = array(value)
            guard cells.count == columns.count else {
                throw problem("\(path).rows[\(index + 1)]: \(cells.count) cells for \(columns.count) columns")
            }
            return cells.map(cell)
        }
        return ReportTable(
            id: try string(block["id"], at: path + ".id"), title: block["title"].stringValue, columns: columns,
            rows: rows, footnote: block["footnote"].stringValue)
    }

    private func chart(_ block: LuaTable, at path: String) throws -> ReportChart {
        guard let kind = ReportChart.Kind(rawValue: block["kind"].stringValue ?? "") else {
            throw problem("\(path): unknown chart kind")
        }
        let categories = try array(block["categories"]).enumerated().map {
            try string($1, at: "\(path).categories[\($0 + 1)]")
        }
        let series = try array(block["series"]).enumerated().map { index, value -> ReportSeries in
            guard case .table(let one) = value else { throw problem("\(path).series[\(index + 1)]: not a table") }
            return ReportSeries(name: one["name"].stringValue ?? "", values: array(one["values"]).map(\.doubleValue))
        }
        return ReportChart(
            kind: kind, title: block["title"].stringValue, xLabel: block["x_label"].stringValue,
            yLabel: block["y_label"].stringValue, categories: categories, series: series)
    }

    private func pair(_ value: LuaValue, at path: String) throws -> ReportPair {
        guard case .table(let pair) = value else { throw problem("\(path): not a table") }
        return ReportPair(try string(pair["label"], at: path + ".label"), cell(pair["value"]))
    }

    /// A number, a string, or one of the library's sentinels (a table whose metatable names it).
    private func cell(_ value: LuaValue) -> ReportCell {
        switch value {
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number)
        case .string(let text): return .text(text)
        case .table(let table) where table.fields[.string("__cell")] == .string("suppressed"): return .suppressed
        default: return .empty
        }
    }

    private func array(_ value: LuaValue) -> [LuaValue] {
        guard case .table(let table) = value else { return [] }
        return table.array
    }

    private func string(_ value: LuaValue, at path: String) throws -> String {
        guard case .string(let text) = value else { throw problem("\(path): expected text, got \(value.typeName)") }
        return text
    }

    private func problem(_ message: String) -> FlowFileError {
        FlowFileError(file: file, message)
    }
}
