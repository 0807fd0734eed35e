// The formats a report renders to, and what a rendering produces: one file, or one per table.

/// How a report is written out.
public enum ReportFormat: String, Codable, Sendable, CaseIterable {
    /// One self-contained HTML file: print CSS, charts as inline SVG, no network.
    case html
    case markdown = "md"
    /// One file per table, as Danish spreadsheets open it (or international, see ``CSVStyle``).
    case csv
    /// The document's data.
    case json

    /// The file name extension.
    public var fileExtension: String { rawValue }
}

/// A rendered file: its name (from the report's id, and the table's for CSV) and its bytes.
public struct RenderedFile: Sendable, Equatable {
    public var name: String
    public var contents: [UInt8]

    public init(name: String, contents: [UInt8]) {
        self.name = name
        self.contents = contents
    }

    /// The contents as text (UTF-8; a CSV's byte-order mark included).
    public var text: String { String(decoding: contents, as: UTF8.self) }
}
