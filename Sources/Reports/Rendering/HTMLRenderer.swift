// The HTML rendering of a report: one self-contained file, readable on screen and printable, charts as inline SVG.
import Core

/// Renders a ``ReportDocument`` as one self-contained HTML5 file: an inline style sheet with
/// print rules (A4, repeated table headers, page breaks), the notices in a box that cannot be
/// missed, tables with numbers formatted for the document's language, and charts as inline SVG.
/// Nothing is fetched (no fonts, images or scripts), every text is escaped, and the output is
/// the same on every run and machine, so it can be compared with a golden file.
public struct HTMLRenderer: Sendable {
    public init() {}

    /// The file `<id>.html`.
    public func render(_ document: ReportDocument) -> RenderedFile {
        RenderedFile(name: "\(document.id).html", contents: Array(html(document).utf8))
    }

    /// The document as HTML text.
    public func html(_ document: ReportDocument) -> String {
        var writer = HTMLWriter(document: document)
        writer.writeDocument()
        return writer.output
    }
}

/// Escaping for HTML text and attribute values.
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than tab and newline
    /// dropped (HTML does not allow them).
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

/// The texts the renderer itself writes, per language.
struct HTMLTexts {
    let language: Language

    private var danish: Bool { language == .danish }

    var parameters: String { danish ? "Parametre" : "Parameters" }
    var notices: String { danish ? "Bemærk" : "Please note" }
    var generated: String { danish ? "Udskrevet" : "Generated" }
    var report: String { danish ? "Rapport" : "Report" }
    var suppressed: String {
        danish ? "Færre end 5: skjult af hensyn til anonymitet" : "Fewer than 5: hidden to protect anonymity"
    }
    var noRows: String { danish ? "Ingen rækker" : "No rows" }
}

/// Writes one document, line by line.
struct HTMLWriter {
    let document: ReportDocument
    let formatting: NumberFormatting
    let texts: HTMLTexts
    private(set) var output = ""
    private var chartCount = 0

    init(document: ReportDocument) {
        self.document = document
        self.formatting = NumberFormatting(document.language)
        self.texts = HTMLTexts(language: document.language)
    }

    private mutating func line(_ text: String) {
        output += text
        output += "\n"
    }

    private func escape(_ text: String) -> String { HTML.escape(text) }

    mutating func writeDocument() {
        line("<!DOCTYPE html>")
        line("<html lang=\"\(document.language.rawValue)\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<meta name=\"generator\" content=\"Tovholder\">")
        let pageTitle = [document.title, document.subtitle].compactMap { $0 }.filter { !$0.isEmpty }
        line("<title>\(escape(pageTitle.joined(separator: " – ")))</title>")
        line("<style>")
        output += HTMLStyle.css
        line("</style>")
        line("</head>")
        line("<body>")
        line("<main class=\"report\" data-report=\"\(escape(document.id))\">")
        writeHeader()
        writeNotices()
        for block in document.blocks { write(block) }
        writeFooter()
        line("</main>")
        line("</body>")
        line("</html>")
    }

    // MARK: - Header, notices, footer

    private mutating func writeHeader() {
        line("<header class=\"report-header\">")
        line("<h1>\(escape(document.title))</h1>")
        if let subtitle = document.subtitle, !subtitle.isEmpty {
            line("<p class=\"subtitle\">\(escape(subtitle))</p>")
        }
        if !document.parameters.isEmpty {
            line("<dl class=\"parameters\" aria-label=\"\(escape(texts.parameters))\">")
            for pair in document.parameters {
                line("<dt>\(escape(pair.label))</dt><dd>\(value(pair.value))</dd>")
            }
            line("</dl>")
        }
        line("</header>")
    }

    /// What the document leaves out: before everything else, in a box that stands out on screen
    /// and on paper (a thick border, not only a colour).
    private mutating func writeNotices() {
        guard !document.notices.isEmpty else { return }
        line("<section class=\"notices\" role=\"note\" aria-label=\"\(escape(texts.notices))\">")
        line("<p class=\"notices-title\">\(escape(texts.notices))</p>")
        line("<ul>")
        for notice in document.notices { line("<li>\(escape(notice))</li>") }
        line("</ul>")
        line("</section>")
    }

    private mutating func writeFooter() {
        var parts: [String] = []
        if let generatedAt = document.generatedAt, !generatedAt.isEmpty {
            let shown = Self.readableTimestamp(generatedAt)
            parts.append(
                "\(escape(texts.generated)) <time datetime=\"\(escape(generatedAt))\">\(escape(shown))</time>")
        }
        parts.append("\(escape(texts.report)): \(escape(document.id))")
        line("<footer class=\"report-footer\">")
        line("<p>\(parts.joined(separator: " · "))</p>")
        line("</footer>")
    }

    /// `2026-03-14T09:30:00Z` as `2026-03-14 09:30 UTC`; anything else as it is.
    static func readableTimestamp(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count >= 17, characters[10] == "T" || characters[10] == " ",
            characters[4] == "-", characters[7] == "-", characters[13] == ":"
        else { return text }
        let date = String(characters[0..<10])
        let time = String(characters[11..<16])
        let zone = characters.last == "Z" ? " UTC" : ""
        return date + " " + time + zone
    }

    // MARK: - Blocks

    private mutating func write(_ block: ReportBlock) {
        switch block {
        case .heading(let level, let text):
            // The document's title is the h1; level 1 sections are h2, and so on down to h6.
            let tag = "h\(min(max(level, 1), 5) + 1)"
            line("<\(tag)>\(escape(text))</\(tag)>")
        case .paragraph(let text):
            for paragraph in Self.paragraphs(text) { line("<p>\(escape(paragraph))</p>") }
        case .keyValues(let title, let pairs):
            writeKeyValues(title: title, pairs: pairs)
        case .table(let table):
            writeTable(table)
        case .chart(let chart):
            writeChart(chart)
        case .note(let text):
            line("<aside class=\"note\">")
            for paragraph in Self.paragraphs(text) { line("<p>\(escape(paragraph))</p>") }
            line("</aside>")
        case .pageBreak:
            line("<div class=\"page-break\"></div>")
        }
    }

    /// A text's lines, each a paragraph of its own; blank lines dropped.
    static func paragraphs(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
    }

    private mutating func writeKeyValues(title: String?, pairs: [ReportPair]) {
        line("<div class=\"keyvalues\">")
        if let title, !title.isEmpty { line("<p class=\"block-title\">\(escape(title))</p>") }
        line("<dl>")
        for pair in pairs {
            line("<dt>\(escape(pair.label))</dt><dd>\(value(pair.value))</dd>")
        }
        line("</dl>")
        line("</div>")
    }

    /// A value outside a table, escaped; a suppressed count explains itself on hover.
    private func value(_ cell: ReportCell) -> String {
        if cell == .suppressed {
            return "<span class=\"suppressed\" title=\"\(escape(texts.suppressed))\">\(escape("<5"))</span>"
        }
        return escape(formatting.value(cell))
    }

    private mutating func writeTable(_ table: ReportTable) {
        // Rows without declared columns still show, as text.
        let widest = table.rows.map(\.count).max() ?? 0
        let columns = table.columns.isEmpty ? Array(repeating: ReportColumn(""), count: widest) : table.columns
        line("<div class=\"table-block\">")
        line("<div class=\"table-scroll\">")
        line("<table data-table=\"\(escape(table.id))\">")
        if let title = table.title, !title.isEmpty { line("<caption>\(escape(title))</caption>") }
        if !table.columns.isEmpty {
            line("<thead>")
            var header = "<tr>"
            for column in columns {
                header +=
                    "<th scope=\"col\"\(classAttribute(for: column, suppressed: false))>\(escape(column.title))</th>"
            }
            line(header + "</tr>")
            line("</thead>")
        }
        line("<tbody>")
        for cells in table.rows {
            var row = "<tr>"
            for (index, column) in columns.enumerated() {
                row += self.cell(index < cells.count ? cells[index] : .empty, in: column)
            }
            line(row + "</tr>")
        }
        if table.rows.isEmpty {
            line("<tr><td class=\"empty-table\" colspan=\"\(max(columns.count, 1))\">\(escape(texts.noRows))</td></tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</div>")
        if let footnote = table.footnote, !footnote.isEmpty {
            line("<p class=\"footnote\">\(escape(footnote))</p>")
        }
        line("</div>")
    }

    private func classAttribute(for column: ReportColumn, suppressed: Bool) -> String {
        var classes: [String] = []
        if column.isNumeric { classes.append("num") } else if column.kind == .date { classes.append("date") }
        if suppressed { classes.append("suppressed") }
        return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
    }

    private func cell(_ cell: ReportCell, in column: ReportColumn) -> String {
        let suppressed = cell == .suppressed
        let title = suppressed ? " title=\"\(escape(texts.suppressed))\"" : ""
        let text = escape(formatting.cell(cell, in: column))
        return "<td\(classAttribute(for: column, suppressed: suppressed))\(title)>\(text)</td>"
    }

    private mutating func writeChart(_ chart: ReportChart) {
        chartCount += 1
        line("<figure class=\"chart\">")
        if let title = chart.title, !title.isEmpty { line("<figcaption>\(escape(title))</figcaption>") }
        output += SVGChart(chart: chart, language: document.language, idPrefix: "chart-\(chartCount)").render()
        line("</figure>")
    }
}
