// A report as data: its title, parameters and blocks, built by a report script and rendered by the host.
import Core

/// What a report script builds through the host: a title, the parameters it ran with, notices
/// (what it left out, for whom), and its blocks in order. The renderers turn it into HTML,
/// Markdown, CSV (its tables) or JSON (itself); the script never formats anything.
public struct ReportDocument: Sendable, Equatable {
    /// The report's id (`behandlingsgaranti`): file names derive from it.
    public var id: String
    public var title: String
    public var subtitle: String?
    /// The language the texts are in: numbers and dates are formatted for it.
    public var language: Language
    /// When it was made, ISO 8601 UTC: shown in the footer.
    public var generatedAt: String?
    /// What it was run with (period, case, recipient ...), shown under the title.
    public var parameters: [ReportPair]
    /// What the document leaves out and why (consent, suppressed cells), shown before the blocks.
    public var notices: [String]
    public var blocks: [ReportBlock]

    public init(
        id: String, title: String, subtitle: String? = nil, language: Language = .danish, generatedAt: String? = nil,
        parameters: [ReportPair] = [], notices: [String] = [], blocks: [ReportBlock] = []
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.generatedAt = generatedAt
        self.parameters = parameters
        self.notices = notices
        self.blocks = blocks
    }

    /// The document's tables, in order: what the CSV rendering writes, one file each.
    public var tables: [ReportTable] {
        blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }
}

/// A label and its value (`Periode: 2026-01-01 – 2026-06-30`).
public struct ReportPair: Sendable, Equatable {
    public var label: String
    public var value: ReportCell

    public init(_ label: String, _ value: ReportCell) {
        self.label = label
        self.value = value
    }
}
