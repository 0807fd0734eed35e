// The Markdown, CSV and JSON renderings and the number formatting they share.
import Core
import Foundation
import Testing

@testable import Reports

@Suite struct NumberFormattingTests {
    @Test func danishAndEnglish() {
        let da = NumberFormatting(.danish)
        let en = NumberFormatting(.english)
        #expect(da.integer(1_234_567) == "1.234.567")
        #expect(en.integer(1_234_567) == "1,234,567")
        #expect(da.integer(-1000) == "-1.000")
        #expect(da.integer(999) == "999")
        #expect(da.number(1234.5, decimals: 1) == "1.234,5")
        #expect(en.number(1234.5, decimals: 2) == "1,234.50")
        #expect(da.number(-0.25, decimals: 1) == "-0,3")
        #expect(da.number(0.04, decimals: 1) == "0,0")
        #expect(da.number(2.05, decimals: 0) == "2")
        #expect(da.percent(0.8765, decimals: 1) == "87,7 %")
        #expect(en.percent(1, decimals: 0) == "100%")
        #expect(da.number(.nan, decimals: 1) == "–")
    }

    @Test func cellsByColumnKind() {
        let da = NumberFormatting(.danish)
        #expect(da.cell(.suppressed, in: ReportColumn("n", kind: .integer)) == "<5")
        #expect(da.cell(.number(3.6), in: ReportColumn("n", kind: .integer)) == "4")
        #expect(da.cell(.integer(3), in: ReportColumn("x", kind: .number, decimals: 2)) == "3,00")
        #expect(da.cell(.empty, in: ReportColumn("x")) == "")
    }
}

@Suite struct MarkdownRendererTests {
    @Test func everyBlockBecomesMarkdown() {
        let file = MarkdownRenderer().render(ReportSamples.guarantee)
        #expect(file.name == "behandlingsgaranti.md")
        let text = file.text
        #expect(text.hasPrefix("# Behandlingsgaranti\n\n_Aarhus Kommune_\n\n- **Periode**: 2026-01-01 – 2026-06-30\n"))
        #expect(text.contains("- **Sager**: 1.234\n"))
        #expect(text.contains("> **Bemærk:** Celler med færre end 5 borgere er skjult.\n"))
        #expect(text.contains("## Overblik\n\nSager anmodet i perioden.\n\nOpgjort pr. lovgrundlag.\n"))
        #expect(
            text.contains(
                """
                | Lovgrundlag | Anmodet | Andel rettidigt | Median dage |
                | --- | ---: | ---: | ---: |
                | SEL § 101 | 1.200 | 87,7 % | 9,3 |
                | SUL § 141; "alkohol" | \\<5 | 100,0 % | 14,0 |
                | =SUM(A1) | 12.345 |  | -0,5 |
                """))
        #expect(text.contains("| Dage | Sager |\n| --- | ---: |\n| 0-7 | 40 |"))
        #expect(text.contains("| jan | 10 | 11 |\n| feb |  | 13 |\n| mar | 12 | 9,5 |"))
        #expect(text.contains("> Anonyme sager (§ 101 a) er ikke med.\n\n---\n\n### Overskridelser"))
        #expect(text.hasSuffix("_Udskrevet 2026-11-30T10:00:00Z_\n"))
    }

    @Test func markdownInTheDataIsShownNotObeyed() {
        var document = ReportDocument(id: "x", title: "*Ikke* fed | <b>")
        document.blocks = [
            .table(ReportTable(id: "t", columns: [ReportColumn("a|b")], rows: [["x|y\nz"]]))
        ]
        let text = MarkdownRenderer().render(document).text
        #expect(text.hasPrefix("# \\*Ikke\\* fed | \\<b\\>\n"))
        #expect(text.contains("| a\\|b |\n| --- |\n| x\\|y z |"))
    }
}

@Suite struct CSVRendererTests {
    @Test func danishSpreadsheetsOpenIt() throws {
        let files = CSVRenderer(style: .danish).render(ReportSamples.guarantee)
        #expect(files.map(\.name) == ["behandlingsgaranti-pr_lovgrundlag.csv"])
        let bytes = files[0].contents
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            files[0].text == "\u{FEFF}Lovgrundlag;Anmodet;Andel rettidigt;Median dage\r\n"
                + "SEL § 101;1200;87,7;9,3\r\n"
                + "\"SUL § 141; \"\"alkohol\"\"\";<5;100,0;14,0\r\n"
                + "'=SUM(A1);12345;;-0,5\r\n")
    }

    @Test func theInternationalForm() {
        let files = CSVRenderer(style: .international).render(ReportSamples.guarantee)
        #expect(files[0].contents.first == UInt8(ascii: "L"))
        #expect(
            files[0].text == "Lovgrundlag,Anmodet,Andel rettidigt,Median dage\r\n"
                + "SEL § 101,1200,87.7,9.3\r\n"
                + "\"SUL § 141; \"\"alkohol\"\"\",<5,100.0,14.0\r\n"
                + "'=SUM(A1),12345,,-0.5\r\n")
    }

    @Test func aDocumentWithoutTablesHasNoCSV() throws {
        #expect(try ReportDocument(id: "x", title: "y").rendered(as: .csv).isEmpty)
    }
}

@Suite struct JSONRendererTests {
    /// The document as plain data: blocks tagged with their type, cells as bare values, a suppressed
    /// cell marked (never its count), a chart's gap as null; the same document gives the same bytes.
    @Test func theDocumentsDataReadsAsPlainJSON() throws {
        let file = try JSONRenderer().render(ReportSamples.guarantee)
        #expect(file.name == "behandlingsgaranti.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(file.contents)) as? [String: Any])
        #expect(object["id"] as? String == "behandlingsgaranti")
        #expect(object["generated_at"] as? String == "2026-11-30T10:00:00Z")
        #expect(object["language"] as? String == "da")
        let parameters = try #require(object["parameters"] as? [[String: Any]])
        #expect(parameters[1]["label"] as? String == "Sager" && parameters[1]["value"] as? Int == 1234)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(
            blocks.map { $0["type"] as? String ?? "?" } == [
                "heading", "paragraph", "key_values", "table", "chart", "chart", "note", "page_break", "heading",
            ])
        #expect(blocks[0]["level"] as? Int == 1 && blocks[0]["text"] as? String == "Overblik")
        let table = blocks[3]
        #expect(table["id"] as? String == "pr_lovgrundlag")
        let columns = try #require(table["columns"] as? [[String: Any]])
        #expect(columns[2]["kind"] as? String == "percent" && columns[2]["decimals"] as? Int == 1)
        let rows = try #require(table["rows"] as? [[Any]])
        #expect(rows[0][0] as? String == "SEL § 101" && rows[0][1] as? Int == 1200 && rows[0][2] as? Double == 0.8765)
        #expect(rows[1][0] as? String == "SUL § 141; \"alkohol\"")
        #expect((rows[1][1] as? [String: Any])?["suppressed"] as? Bool == true)
        #expect(rows[2][2] is NSNull)
        let line = blocks[5]
        #expect(line["kind"] as? String == "line")
        #expect((line["series"] as? [[String: Any]])?.first?["values"] is [Any])
        #expect(file.text.contains("[\"SEL § 101\", 1200, 0.8765, 9.25]"), "a row on one line")
        #expect(!file.text.contains("_0"))
        #expect(try JSONRenderer().render(ReportSamples.guarantee) == file)
    }

    @Test func textIsEscapedAndNumbersKeepTheirKind() throws {
        var document = ReportDocument(id: "x", title: "Tab\there \"quoted\" back\\slash \u{1}")
        document.blocks = [
            .keyValues(title: nil, pairs: [ReportPair("n", .number(14)), ReportPair("i", .integer(14))])
        ]
        let text = try JSONRenderer().render(document).text
        #expect(text.contains(#""title": "Tab\there \"quoted\" back\\slash \u0001""#), "\(text)")
        #expect(text.contains(#""value": 14.0"#) && text.contains(#""value": 14"#))
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }
}
