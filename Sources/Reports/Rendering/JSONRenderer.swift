// The JSON rendering: the document's own data, for other systems, in a shape meant to be read.

/// Writes the document as JSON: `{ id, title, subtitle?, language, generated_at?, parameters, notices,
/// blocks }`, each block an object with its `type` (`heading`, `paragraph`, `key_values`, `table`,
/// `chart`, `note`, `page_break`) and its fields in snake_case. A cell is its value: a string, an
/// integer, a number, `null` (empty) or `{"suppressed": true}` (fewer than 5, never the count). A
/// table's rows are lists of cells, one row per line. Equal documents give equal files.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) throws -> RenderedFile {
        var writer = JSONDocumentWriter()
        writer.document(document)
        return RenderedFile(name: document.id + ".json", contents: writer.text.bytes)
    }
}

/// The writer behind ``JSONRenderer``: objects one field per line, indented by two spaces.
private struct JSONDocumentWriter {
    var text = JSONText(capacity: 1 << 16)
    /// Whether the object or list being written has had a member yet, innermost last.
    private var started: [Bool] = []

    mutating func document(_ document: ReportDocument) {
        open("{")
        field("id")
        text.string(document.id)
        field("title")
        text.string(document.title)
        if let subtitle = document.subtitle {
            field("subtitle")
            text.string(subtitle)
        }
        field("language")
        text.string(document.language.rawValue)
        if let generated = document.generatedAt {
            field("generated_at")
            text.string(generated)
        }
        field("parameters")
        pairs(document.parameters)
        field("notices")
        open("[")
        for notice in document.notices {
            member()
            text.string(notice)
        }
        close("]")
        field("blocks")
        open("[")
        for block in document.blocks {
            member()
            self.block(block)
        }
        close("]")
        close("}")
        text.raw("\n")
    }

    private mutating func block(_ block: ReportBlock) {
        open("{")
        switch block {
        case .heading(let level, let heading):
            type("heading")
            field("level")
            text.integer(Int64(level))
            stringField("text", heading)
        case .paragraph(let paragraph):
            type("paragraph")
            stringField("text", paragraph)
        case .keyValues(let title, let pairs):
            type("key_values")
            stringField("title", title)
            field("pairs")
            self.pairs(pairs)
        case .table(let table):
            self.table(table)
        case .chart(let chart):
            self.chart(chart)
        case .note(let note):
            type("note")
            stringField("text", note)
        case .pageBreak:
            type("page_break")
        }
        close("}")
    }

    private mutating func table(_ table: ReportTable) {
        type("table")
        stringField("id", table.id)
        stringField("title", table.title)
        field("columns")
        open("[")
        for column in table.columns {
            member()
            open("{")
            stringField("title", column.title)
            stringField("kind", column.kind.rawValue)
            field("decimals")
            text.integer(Int64(column.decimals))
            close("}")
        }
        close("]")
        field("rows")
        open("[")
        for row in table.rows {
            member()
            text.raw("[")
            for (index, value) in row.enumerated() {
                if index > 0 { text.raw(", ") }
                cell(value)
            }
            text.raw("]")
        }
        close("]")
        stringField("footnote", table.footnote)
    }

    private mutating func chart(_ chart: ReportChart) {
        type("chart")
        stringField("kind", chart.kind.rawValue)
        stringField("title", chart.title)
        stringField("x_label", chart.xLabel)
        stringField("y_label", chart.yLabel)
        field("categories")
        text.raw("[")
        for (index, category) in chart.categories.enumerated() {
            if index > 0 { text.raw(", ") }
            text.string(category)
        }
        text.raw("]")
        field("series")
        open("[")
        for series in chart.series {
            member()
            open("{")
            stringField("name", series.name)
            field("values")
            text.raw("[")
            for (index, value) in series.values.enumerated() {
                if index > 0 { text.raw(", ") }
                if let value { text.number(value) } else { text.raw("null") }
            }
            text.raw("]")
            close("}")
        }
        close("]")
    }

    private mutating func pairs(_ pairs: [ReportPair]) {
        open("[")
        for pair in pairs {
            member()
            open("{")
            stringField("label", pair.label)
            field("value")
            cell(pair.value)
            close("}")
        }
        close("]")
    }

    private mutating func cell(_ cell: ReportCell) {
        switch cell {
        case .text(let value): text.string(value)
        case .integer(let value): text.integer(value)
        case .number(let value): text.number(value)
        case .empty: text.raw("null")
        case .suppressed: text.raw("{\"suppressed\": true}")
        }
    }

    private mutating func type(_ name: String) { stringField("type", name) }

    /// `"name": "value"`, left out when there is no value.
    private mutating func stringField(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        field(name)
        text.string(value)
    }

    // MARK: - Structure

    /// Opens an object (`{`) or a list (`[`).
    private mutating func open(_ bracket: StaticString) {
        text.raw(bracket)
        started.append(false)
    }

    /// Closes what ``open(_:)`` opened; an empty one stays on its line.
    private mutating func close(_ bracket: StaticString) {
        if started.removeLast() { text.newline(indent: started.count) }
        text.raw(bracket)
    }

    /// `"name": ` as the next member of the innermost object.
    private mutating func field(_ name: StaticString) {
        member()
        text.raw("\"")
        text.raw(name)
        text.raw("\": ")
    }

    /// Starts the next member of the innermost object or list: a comma after the first, a new line.
    private mutating func member() {
        if started[started.count - 1] { text.raw(",") }
        started[started.count - 1] = true
        text.newline(indent: started.count)
    }
}
