// The blocks a report is made of: headings, paragraphs, key-value blocks, tables, charts, notes, page breaks.

/// One block of a ``ReportDocument``, in reading order.
public enum ReportBlock: Sendable, Equatable {
    /// A heading; level 1 is a section, 2 a subsection, 3 below.
    case heading(level: Int, text: String)
    case paragraph(String)
    /// Labels and values side by side (a plan's master data).
    case keyValues(title: String?, pairs: [ReportPair])
    case table(ReportTable)
    case chart(ReportChart)
    /// A remark set apart from the text (a caveat, what was left out).
    case note(String)
    /// Where a printed page ends.
    case pageBreak
}
