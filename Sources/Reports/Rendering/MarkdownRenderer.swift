// The Markdown rendering: headings, paragraphs, pipe tables; a chart as its data table.

/// Writes the document as CommonMark with GitHub's pipe tables. A chart becomes a table of its
/// values (Markdown has no pictures of its own), so nothing is lost.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) -> RenderedFile {
        let numbers = NumberFormatting(document.language)
        let danish = document.language == .danish
        var lines = ["# " + inline(document.title)]
        if let subtitle = document.subtitle { lines += ["", "_" + inline(subtitle) + "_"] }
        if !document.parameters.isEmpty {
            lines.append("")
            lines += document.parameters.map { "- **\(inline($0.label))**: \(inline(numbers.value($0.value)))" }
        }
        for notice in document.notices {
            lines += ["", "> **" + (danish ? "Bemærk" : "Note") + ":** " + inline(notice)]
        }
        for block in document.blocks {
            lines.append("")
            lines += self.block(block, numbers: numbers, danish: danish)
        }
        if let generated = document.generatedAt {
            lines += ["", "---", "", "_" + (danish ? "Udskrevet " : "Generated ") + generated + "_"]
        }
        return RenderedFile(name: document.id + ".md", contents: Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    private func block(_ block: ReportBlock, numbers: NumberFormatting, danish: Bool) -> [String] {
        switch block {
        case .heading(let level, let text):
            return [String(repeating: "#", count: min(max(level, 1), 5) + 1) + " " + inline(text)]
        case .paragraph(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: true).map { inline(String($0)) }
                .joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .keyValues(let title, let pairs):
            var lines = title.map { ["**" + inline($0) + "**", ""] } ?? []
            lines += pairs.map { "- **\(inline($0.label))**: \(inline(numbers.value($0.value)))" }
            return lines
        case .table(let table):
            var lines = table.title.map { ["**" + inline($0) + "**", ""] } ?? []
            lines += pipeTable(
                headers: table.columns.map(\.title), numeric: table.columns.map(\.isNumeric),
                rows: table.rows.map { row in
                    zip(row, table.columns).map { numbers.cell($0, in: $1) }
                })
            if let footnote = table.footnote { lines += ["", "_" + inline(footnote) + "_"] }
            return lines
        case .chart(let chart):
            var lines = chart.title.map { ["**" + inline($0) + "**", ""] } ?? []
            let first = chart.xLabel ?? (danish ? "Kategori" : "Category")
            lines += pipeTable(
                headers: [first] + chart.series.map(\.name),
                numeric: [false] + chart.series.map { _ in true },
                rows: chart.categories.enumerated().map { index, category in
                    [category]
                        + chart.series.map { series in
                            guard index < series.values.count, let value = series.values[index] else { return "" }
                            return numbers.number(value, decimals: value == value.rounded() ? 0 : 1)
                        }
                })
            if let yLabel = chart.yLabel { lines += ["", "_" + inline(yLabel) + "_"] }
            return lines
        case .note(let text):
            return ["> " + inline(text)]
        case .pageBreak:
            return ["---"]
        }
    }

    private func pipeTable(headers: [String], numeric: [Bool], rows: [[String]]) -> [String] {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { cell($0) }.joined(separator: " | ") + " |"
        }
        return [row(headers), "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined()] + rows.map(row)
    }

    /// Text inside a table cell: a pipe would end the cell, a newline the row.
    private func cell(_ text: String) -> String { escaped(text, inCell: true) }

    /// Text as Markdown shows it literally: the characters that would start formatting are escaped.
    private func inline(_ text: String) -> String { escaped(text, inCell: false) }

    /// Escapes on the UTF-8 bytes (every character concerned is ASCII, so no multi-byte character is
    /// touched): a backslash before each of `\\`*_[]<>#`, and in a cell also before `|` (which would
    /// end the cell), with a newline (which would end the row) as a space. Most text needs nothing.
    private func escaped(_ text: String, inCell: Bool) -> String {
        func special(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"):
                return true
            case UInt8(ascii: "|"), UInt8(ascii: "\n"): return inCell
            default: return false
            }
        }
        guard text.utf8.contains(where: special) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                bytes.append(inCell ? UInt8(ascii: " ") : byte)
                continue
            }
            if special(byte) { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
