// The CSV rendering: one file per table, as Danish spreadsheets open it, or in the international form.

/// How a CSV file is written.
public enum CSVStyle: String, Sendable, CaseIterable, Codable {
    /// What Danish Excel and LibreOffice open without asking: `;` between fields, decimal comma,
    /// UTF-8 with a byte-order mark, CRLF line ends.
    case danish
    /// `,` between fields, decimal point, UTF-8 without a byte-order mark, CRLF line ends (RFC 4180).
    case international

    var separator: Character { self == .danish ? ";" : "," }
    var decimalSeparator: String { self == .danish ? "," : "." }
}

/// Writes every table of the document as its own CSV file, `<report>-<table>.csv`: a header row of
/// column titles, then the rows. Numbers are written plainly (no thousands separator, no `%`; a
/// percentage as its share ×100), so a spreadsheet reads them as numbers; a suppressed cell is `<5`.
public struct CSVRenderer: Sendable {
    public let style: CSVStyle

    public init(style: CSVStyle = .danish) { self.style = style }

    public func render(_ document: ReportDocument) -> [RenderedFile] {
        document.tables.map { table in
            var bytes: [UInt8] = style == .danish ? [0xEF, 0xBB, 0xBF] : []
            bytes.append(contentsOf: record(table.columns.map(\.title)).utf8)
            for row in table.rows {
                bytes.append(contentsOf: record(zip(row, table.columns).map { field($0, in: $1) }).utf8)
            }
            return RenderedFile(name: document.id + "-" + table.id + ".csv", contents: bytes)
        }
    }

    private func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(style.separator)) + "\r\n"
    }

    private func field(_ cell: ReportCell, in column: ReportColumn) -> String {
        switch cell {
        case .text(let text): return text
        case .empty: return ""
        case .suppressed: return "<5"
        case .integer(let value):
            return column.kind == .percent ? number(Double(value) * 100, decimals: column.decimals) : String(value)
        case .number(let value):
            switch column.kind {
            case .percent: return number(value * 100, decimals: column.decimals)
            case .integer: return String(Int64(value.rounded()))
            case .number: return number(value, decimals: column.decimals)
            default: return number(value, decimals: 2)
            }
        }
    }

    /// A plain number with `decimals` places and the style's decimal separator.
    private func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = Int64(NumberFormatting.halfUp(value * scale))
        guard decimals > 0 else { return String(scaled) }
        let magnitude = String(scaled.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - magnitude.count)) + magnitude
        let whole = padded.dropLast(decimals)
        let fraction = padded.suffix(decimals)
        return (scaled < 0 ? "-" : "") + whole + style.decimalSeparator + fraction
    }

    /// A field in quotes when it holds the separator, a quote, a line break or leading/trailing
    /// spaces; quotes inside doubled. A field starting with `=`, `+`, `-` or `@` that is not a
    /// number gets a leading apostrophe, so a spreadsheet never runs it as a formula.
    private func quoted(_ field: String) -> String {
        var field = field
        if let first = field.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@"),
            Double(field.replacingOccurrences(of: ",", with: ".")) == nil
        {
            field = "'" + field
        }
        // Scanned on the UTF-8 bytes: every character that matters is ASCII.
        let separator = style == .danish ? UInt8(ascii: ";") : UInt8(ascii: ",")
        let bytes = field.utf8
        let needsQuotes =
            bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
            || bytes.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
