// A table of a report: typed columns and cells, so every rendering formats numbers its own way.

/// A table: its id (the CSV file's name), an optional title and footnote, typed columns and rows.
public struct ReportTable: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var columns: [ReportColumn]
    /// Each row has one cell per column.
    public var rows: [[ReportCell]]
    public var footnote: String?

    public init(
        id: String, title: String? = nil, columns: [ReportColumn], rows: [[ReportCell]], footnote: String? = nil
    ) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.footnote = footnote
    }
}

/// A column: its heading and how its cells are shown.
public struct ReportColumn: Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case text, integer, number, percent, date
    }

    public var title: String
    public var kind: Kind
    /// Decimals shown for `number` and `percent` (default 1).
    public var decimals: Int

    public init(_ title: String, kind: Kind = .text, decimals: Int = 1) {
        self.title = title
        self.kind = kind
        self.decimals = decimals
    }

    /// Numbers line up on the right.
    public var isNumeric: Bool { kind == .integer || kind == .number || kind == .percent }
}

/// One cell's value. `suppressed` is a count too small to show (fewer than 5 citizens), shown as
/// `<5`, never as its value.
public enum ReportCell: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case integer(Int64)
    case number(Double)
    case empty
    case suppressed

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
}
