// Rendering a report document in a format: the one entry point the CLI uses.

extension ReportDocument {
    /// The document in `format`: one file, or for CSV one per table (none when it has no tables).
    public func rendered(as format: ReportFormat, csv style: CSVStyle = .danish) throws -> [RenderedFile] {
        switch format {
        case .html: return [HTMLRenderer().render(self)]
        case .markdown: return [MarkdownRenderer().render(self)]
        case .csv: return CSVRenderer(style: style).render(self)
        case .json: return [try JSONRenderer().render(self)]
        }
    }
}
