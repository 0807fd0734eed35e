// Sample documents the rendering tests share: one with every kind of block, in Danish.
import Core
import Reports

enum ReportSamples {
    /// A guarantee report in miniature: parameters, a notice, a key-value block, a table with a
    /// suppressed cell, a bar chart, a line chart with a gap, a note and a page break.
    static var guarantee: ReportDocument {
        ReportDocument(
            id: "behandlingsgaranti", title: "Behandlingsgaranti", subtitle: "Aarhus Kommune",
            language: .danish, generatedAt: "2026-11-30T10:00:00Z",
            parameters: [ReportPair("Periode", "2026-01-01 – 2026-06-30"), ReportPair("Sager", .integer(1234))],
            notices: ["Celler med færre end 5 borgere er skjult."],
            blocks: [
                .heading(level: 1, text: "Overblik"),
                .paragraph("Sager anmodet i perioden.\nOpgjort pr. lovgrundlag."),
                .keyValues(
                    title: "Nøgletal",
                    pairs: [ReportPair("Median dage", .number(9.5)), ReportPair("Andel rettidigt", "87 %")]),
                .table(
                    ReportTable(
                        id: "pr_lovgrundlag", title: "Pr. lovgrundlag",
                        columns: [
                            ReportColumn("Lovgrundlag"), ReportColumn("Anmodet", kind: .integer),
                            ReportColumn("Andel rettidigt", kind: .percent, decimals: 1),
                            ReportColumn("Median dage", kind: .number, decimals: 1),
                        ],
                        rows: [
                            ["SEL § 101", 1200, .number(0.8765), .number(9.25)],
                            ["SUL § 141; \"alkohol\"", .suppressed, .number(1), .number(14)],
                            ["=SUM(A1)", 12345, .empty, .number(-0.5)],
                        ],
                        footnote: "Kilde: Tovholder.")),
                .chart(
                    ReportChart(
                        kind: .bar, title: "Dage fra anmodning til start", xLabel: "Dage", yLabel: "Sager",
                        categories: ["0-7", "8-14", "15+"], series: [ReportSeries(name: "Sager", values: [40, 25, 5])])),
                .chart(
                    ReportChart(
                        kind: .line, title: "Anmodninger pr. måned", categories: ["jan", "feb", "mar"],
                        series: [
                            ReportSeries(name: "2025", values: [10, nil, 12]),
                            ReportSeries(name: "2026", values: [11, 13, 9.5]),
                        ])),
                .note("Anonyme sager (§ 101 a) er ikke med."),
                .pageBreak,
                .heading(level: 2, text: "Overskridelser"),
            ])
    }
}
