// The HTML rendering: self-contained, escaped, numbers per language, print rules, SVG charts, a golden file.
import Core
import Foundation
import Testing

@testable import Reports

@Suite struct HTMLRendererTests {
    private func html(_ document: ReportDocument) -> String { HTMLRenderer().render(document).text }

    private func document(_ blocks: [ReportBlock], language: Language = .danish) -> ReportDocument {
        ReportDocument(id: "test", title: "Test", language: language, blocks: blocks)
    }

    private func chart(_ chart: ReportChart, language: Language = .danish) -> String {
        html(document([.chart(chart)], language: language))
    }

    /// The shown texts of the SVG `<text>` elements of a class, tooltips left out.
    private func texts(_ html: String, class name: String) -> [String] {
        html.components(separatedBy: "<text class=\"\(name)\"").dropFirst().map { piece in
            var content = String(piece[piece.index(after: piece.firstIndex(of: ">")!)...])
            content = String(content[..<content.range(of: "</text>")!.lowerBound])
            if let end = content.range(of: "</title>") { content = String(content[end.upperBound...]) }
            return content
        }
    }

    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: - The file

    @Test func theFileIsNamedForTheReportAndIsOneSelfContainedHTML5Document() {
        let file = HTMLRenderer().render(Self.sample)
        #expect(file.name == "statistik.html")
        let text = file.text
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(text.contains("<title>Kommunens egen statistik – Rusmiddelbehandling, Aarhus Kommune</title>"))
        #expect(text.contains("<style>\n"))
        #expect(text.hasSuffix("</body>\n</html>\n"))
        // Nothing fetched: no addresses, sources, scripts, links, imports or urls in the CSS.
        for forbidden in [
            "http:", "https:", "http", "src=", "<script", "<link", "@import", "url(http", "<img", "<iframe",
        ] {
            #expect(!text.contains(forbidden), "\(forbidden)")
        }
        // The only url() references are the patterns inside the same SVG.
        #expect(!text.replacingOccurrences(of: "url(#chart-", with: "").contains("url("))
    }

    @Test func theLanguageSetsTheLangAttributeAndTheFooter() {
        var english = Self.sample
        english.language = .english
        let text = html(english)
        #expect(text.contains("<html lang=\"en\">"))
        #expect(text.contains("Generated <time datetime=\"2026-07-01T08:15:00Z\">2026-07-01 08:15 UTC</time>"))
        #expect(
            html(Self.sample).contains("Udskrevet <time datetime=\"2026-07-01T08:15:00Z\">2026-07-01 08:15 UTC</time>"))
    }

    @Test func theHeaderShowsTitleSubtitleParametersAndTheNoticesInABox() {
        let text = html(Self.sample)
        #expect(text.contains("<h1>Kommunens egen statistik</h1>"))
        #expect(text.contains("<p class=\"subtitle\">Rusmiddelbehandling, Aarhus Kommune</p>"))
        #expect(text.contains("<dl class=\"parameters\" aria-label=\"Parametre\">"))
        #expect(text.contains("<dt>Sager</dt><dd>1.234</dd>"))
        #expect(text.contains("<section class=\"notices\" role=\"note\" aria-label=\"Bemærk\">"))
        #expect(text.contains("<li>Versionen til egen læge udelader psykiatriske oplysninger"))
        // The notices come before the first block.
        let notices = text.range(of: "class=\"notices\"")!.lowerBound
        let firstHeading = text.range(of: "<h2>")!.lowerBound
        #expect(notices < firstHeading)
        // No notices, no box.
        #expect(!html(document([.paragraph("x")])).contains("class=\"notices\""))
    }

    // MARK: - Escaping

    @Test func everyTextIsEscaped() {
        let attack = "<script>alert('x')</script> & \"q\""
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        let document = ReportDocument(
            id: "x", title: attack, subtitle: attack, generatedAt: attack,
            parameters: [ReportPair(attack, .text(attack))],
            notices: [attack],
            blocks: [
                .heading(level: 1, text: attack), .paragraph(attack), .note(attack),
                .keyValues(title: attack, pairs: [ReportPair(attack, .text(attack))]),
                .table(
                    ReportTable(
                        id: attack, title: attack, columns: [ReportColumn(attack)], rows: [[.text(attack)]],
                        footnote: attack)),
                .chart(
                    ReportChart(
                        kind: .bar, title: attack, xLabel: attack, yLabel: attack, categories: [attack],
                        series: [ReportSeries(name: attack, values: [1]), ReportSeries(name: attack, values: [2])])),
            ])
        let text = html(document)
        #expect(!text.contains("<script"))
        #expect(!text.contains("'x'"))
        #expect(text.contains("<title>\(escaped) – \(escaped)</title>"))
        #expect(text.contains("<h1>\(escaped)</h1>"))
        #expect(text.contains("<td>\(escaped)</td>"))
        #expect(text.contains("<caption>\(escaped)</caption>"))
        #expect(text.contains("<li>\(escaped)</li>"))
        #expect(text.contains("data-table=\"\(escaped)\""))
        #expect(HTML.escape("a\u{0}b\u{7}c\td") == "abc\td")
    }

    // MARK: - Blocks

    @Test func headingsParagraphsNotesAndKeyValues() {
        let text = html(
            document([
                .heading(level: 1, text: "Et"), .heading(level: 2, text: "To"), .heading(level: 9, text: "Dybt"),
                .paragraph("Første linje.\n\nAnden linje.\n"),
                .note("En bemærkning.\nOg en til."),
                .keyValues(
                    title: "Stamdata", pairs: [ReportPair("Alder", .integer(42)), ReportPair("Skjult", .suppressed)]),
            ]))
        #expect(text.contains("<h2>Et</h2>\n<h3>To</h3>\n<h6>Dybt</h6>\n"))
        #expect(text.contains("<p>Første linje.</p>\n<p>Anden linje.</p>\n"))
        #expect(text.contains("<aside class=\"note\">\n<p>En bemærkning.</p>\n<p>Og en til.</p>\n</aside>"))
        #expect(text.contains("<div class=\"keyvalues\">\n<p class=\"block-title\">Stamdata</p>\n<dl>\n"))
        #expect(text.contains("<dt>Alder</dt><dd>42</dd>"))
        #expect(
            text.contains(
                "<dt>Skjult</dt><dd><span class=\"suppressed\" "
                    + "title=\"Færre end 5: skjult af hensyn til anonymitet\">&lt;5</span></dd>"))
    }

    private static let numbers = ReportTable(
        id: "tal", title: "Tal",
        columns: [
            ReportColumn("Navn"), ReportColumn("Antal", kind: .integer), ReportColumn("Andel", kind: .percent),
            ReportColumn("Dage", kind: .number, decimals: 1), ReportColumn("Dato", kind: .date),
        ],
        rows: [["A", 1234, .number(0.123), .number(1234.56), "2026-01-31"], ["B", .suppressed, .empty, .number(-2)]],
        footnote: "Kilde: Tovholder.")

    @Test func tableCellsAreFormattedForDanish() {
        let text = html(document([.table(Self.numbers)]))
        #expect(text.contains("<table data-table=\"tal\">\n<caption>Tal</caption>\n<thead>\n"))
        #expect(
            text.contains(
                "<tr><th scope=\"col\">Navn</th><th scope=\"col\" class=\"num\">Antal</th>"
                    + "<th scope=\"col\" class=\"num\">Andel</th><th scope=\"col\" class=\"num\">Dage</th>"
                    + "<th scope=\"col\" class=\"date\">Dato</th></tr>"))
        #expect(
            text.contains(
                "<tr><td>A</td><td class=\"num\">1.234</td><td class=\"num\">12,3 %</td>"
                    + "<td class=\"num\">1.234,6</td><td class=\"date\">2026-01-31</td></tr>"))
        #expect(text.contains("<p class=\"footnote\">Kilde: Tovholder.</p>"))
        #expect(text.contains("<thead>") && text.contains("<tbody>"))
    }

    @Test func tableCellsAreFormattedForEnglish() {
        let text = html(document([.table(Self.numbers)], language: .english))
        #expect(
            text.contains(
                "<tr><td>A</td><td class=\"num\">1,234</td><td class=\"num\">12.3%</td>"
                    + "<td class=\"num\">1,234.6</td><td class=\"date\">2026-01-31</td></tr>"))
    }

    @Test func suppressedCellsShowLessThanFiveAndSayWhy() {
        let danish = html(document([.table(Self.numbers)]))
        // A short row is padded with empty cells.
        #expect(
            danish.contains(
                "<tr><td>B</td><td class=\"num suppressed\" title=\"Færre end 5: skjult af hensyn til anonymitet\">"
                    + "&lt;5</td><td class=\"num\"></td><td class=\"num\">-2,0</td><td class=\"date\"></td></tr>"))
        let english = html(document([.table(Self.numbers)], language: .english))
        #expect(
            english.contains(
                "<td class=\"num suppressed\" title=\"Fewer than 5: hidden to protect anonymity\">&lt;5</td>"))
    }

    @Test func aTableWithoutRowsSaysSo() {
        let table = ReportTable(id: "tom", columns: [ReportColumn("A"), ReportColumn("B")], rows: [])
        #expect(
            html(document([.table(table)])).contains(
                "<tr><td class=\"empty-table\" colspan=\"2\">Ingen rækker</td></tr>"))
    }

    @Test func thePrintRulesArePresent() {
        let text = html(Self.sample)
        for rule in [
            "@media print", "@page", "size: A4", "thead { display: table-header-group; }",
            "tr { break-inside: avoid;", "break-after: page", "break-after: avoid",
            ".chart { margin: 1.6rem 0; break-inside: avoid;",
        ] {
            #expect(text.contains(rule), "\(rule)")
        }
    }

    @Test func pageBreaksBecomeElementsThatBreakThePage() {
        let text = html(document([.paragraph("a"), .pageBreak, .paragraph("b"), .pageBreak]))
        #expect(occurrences(of: "<div class=\"page-break\"></div>", in: text) == 2)
        #expect(text.contains(".page-break {") && text.contains("page-break-after: always"))
    }

    // MARK: - Charts

    @Test func aBarChartHasTicksLabelsAndValues() {
        let text = chart(
            ReportChart(
                kind: .bar, title: "Sager pr. måned", xLabel: "Måned", yLabel: "Antal sager",
                categories: ["jan", "feb", "mar"], series: [ReportSeries(name: "Sager", values: [12, 30, 7])]))
        #expect(text.contains("<figure class=\"chart\">\n<figcaption>Sager pr. måned</figcaption>\n<svg "))
        #expect(text.contains("role=\"img\" aria-labelledby=\"chart-1-title\" aria-describedby=\"chart-1-desc\""))
        #expect(text.contains("<title id=\"chart-1-title\">Sager pr. måned</title>"))
        #expect(
            text.contains(
                "<desc id=\"chart-1-desc\">Søjlediagram med 3 kategorier og 1 serie (Sager). "
                    + "Værdier fra 7 til 30.</desc>"
            ))
        #expect(texts(text, class: "tick-label") == ["0", "5", "10", "15", "20", "25", "30"])
        #expect(texts(text, class: "category-label") == ["jan", "feb", "mar"])
        #expect(texts(text, class: "value-label") == ["12", "30", "7"])
        #expect(texts(text, class: "axis-label x-label") == ["Måned"])
        #expect(texts(text, class: "axis-label y-label") == ["Antal sager"])
        // One tick mark per y tick (beside the axis line) and one per category.
        let yAxis = text.components(separatedBy: "<g class=\"axis y-axis\"")[1].components(separatedBy: "</g>")[0]
        #expect(occurrences(of: "<line ", in: yAxis) == 1 + 7)
        let xAxis = text.components(separatedBy: "<g class=\"axis x-axis\"")[1].components(separatedBy: "</g>")[0]
        #expect(occurrences(of: "<line ", in: xAxis) == 1 + 3)
        #expect(occurrences(of: "<rect x=", in: text) == 3)
        #expect(text.contains("<title>feb: 30</title>"))
        #expect(!text.contains("class=\"legend\""))
    }

    @Test func chartNumbersFollowTheLanguage() {
        let values = ReportChart(
            kind: .bar, categories: ["a", "b"], series: [ReportSeries(name: "s", values: [1234.5, 2500])])
        let danish = chart(values)
        #expect(texts(danish, class: "value-label") == ["1.234,5", "2.500,0"])
        #expect(texts(danish, class: "tick-label") == ["0", "500", "1.000", "1.500", "2.000", "2.500"])
        let english = chart(values, language: .english)
        #expect(texts(english, class: "value-label") == ["1,234.5", "2,500.0"])
        #expect(texts(english, class: "tick-label").last == "2,500")
        #expect(english.contains("<title id=\"chart-1-title\">Bar chart</title>"))
        // Shares get two decimals and fractional ticks.
        let shares = chart(
            ReportChart(kind: .line, categories: ["a", "b"], series: [ReportSeries(name: "s", values: [0.25, 0.5])]))
        #expect(texts(shares, class: "value-label") == ["0,25", "0,50"])
        #expect(texts(shares, class: "tick-label") == ["0,0", "0,1", "0,2", "0,3", "0,4", "0,5"])
    }

    @Test func aLineChartWithAGapHasTwoPolylines() {
        let text = chart(
            ReportChart(
                kind: .line, categories: ["1", "2", "3", "4", "5"],
                series: [ReportSeries(name: "Anmodninger", values: [1, 2, nil, 4, 5])]))
        #expect(occurrences(of: "<polyline ", in: text) == 2)
        // Every value has its marker and its label; the missing one neither.
        #expect(occurrences(of: "<circle ", in: text) == 4)
        #expect(texts(text, class: "value-label") == ["1", "2", "4", "5"])
        // A value alone between gaps is a marker, not a line.
        let lonely = chart(
            ReportChart(
                kind: .line, categories: ["1", "2", "3"], series: [ReportSeries(name: "s", values: [nil, 3, nil])]))
        #expect(occurrences(of: "<polyline ", in: lonely) == 0)
        #expect(occurrences(of: "<circle ", in: lonely) == 1)
    }

    /// Two years by month in three lines: each line's last value is printed, every point keeps its
    /// marker and tooltip; one line of two years keeps all its values.
    @Test func aLongTrendOfSeveralLinesPrintsOnlyTheLastValues() {
        let months = (1...24).map { String(format: "2025-%02d", $0) }
        let series = (0..<3).map { line in
            ReportSeries(name: "s\(line)", values: months.indices.map { Double($0 + line * 100) })
        }
        let text = chart(ReportChart(kind: .line, categories: months, series: series))
        #expect(texts(text, class: "value-label") == ["23", "123", "223"])
        #expect(occurrences(of: "<title>", in: text) >= 72)
        let single = chart(ReportChart(kind: .line, categories: months, series: [series[0]]))
        #expect(texts(single, class: "value-label").count == 24)
    }

    @Test func lineSeriesDifferInDashAndMarker() {
        let text = chart(
            ReportChart(
                kind: .line, categories: ["a", "b"],
                series: [
                    ReportSeries(name: "Et", values: [1, 2]), ReportSeries(name: "To", values: [3, 4]),
                    ReportSeries(name: "Tre", values: [5, 6]),
                ]))
        #expect(
            text.contains(
                "stroke=\"#1b4f72\" stroke-width=\"2.25\" stroke-linejoin=\"round\" stroke-linecap=\"round\">"))
        #expect(text.contains("stroke-dasharray=\"8 4\""))
        #expect(text.contains("stroke-dasharray=\"2 3\""))
        #expect(text.contains("<circle ") && text.contains("<rect x=") && text.contains("<polygon "))
    }

    @Test func theLegendOnlyShowsWithSeveralSeries() {
        let one = chart(
            ReportChart(kind: .bar, categories: ["a"], series: [ReportSeries(name: "Alene", values: [1])]))
        #expect(!one.contains("class=\"legend\""))
        let two = chart(
            ReportChart(
                kind: .bar, categories: ["a", "b"],
                series: [ReportSeries(name: "2025", values: [1, 2]), ReportSeries(name: "2026", values: [3, 4])]))
        #expect(two.contains("<g class=\"legend\""))
        #expect(texts(two, class: "legend-label") == ["2025", "2026"])
        #expect(texts(two, class: "value-label") == ["1", "2", "3", "4"])
        // The series differ in colour.
        #expect(two.contains("fill=\"#1b4f72\"") && two.contains("fill=\"#e69f00\""))
    }

    @Test func barSeriesFromTheThirdOnArePatterned() {
        let text = chart(
            ReportChart(
                kind: .bar, categories: ["a"],
                series: (0..<4).map { ReportSeries(name: "S\($0)", values: [Double($0 + 1)]) }))
        #expect(text.contains("<pattern id=\"chart-1-fill-2\""))
        #expect(text.contains("<pattern id=\"chart-1-fill-3\""))
        #expect(!text.contains("<pattern id=\"chart-1-fill-1\""))
        #expect(text.contains("fill=\"url(#chart-1-fill-2)\""))
    }

    @Test func aChartWithoutCategoriesOrValuesSaysThereIsNoData() {
        let empty = chart(ReportChart(kind: .bar, title: "Tom", categories: [], series: []))
        #expect(empty.contains("role=\"img\""))
        #expect(texts(empty, class: "empty-label") == ["Ingen data"])
        let allMissing = chart(
            ReportChart(kind: .line, categories: ["a"], series: [ReportSeries(name: "s", values: [nil])]))
        #expect(texts(allMissing, class: "empty-label") == ["Ingen data"])
        let english = chart(ReportChart(kind: .bar, categories: [], series: []), language: .english)
        #expect(texts(english, class: "empty-label") == ["No data"])
    }

    @Test func allZerosStillDrawAnAxis() {
        let text = chart(
            ReportChart(kind: .bar, categories: ["a", "b"], series: [ReportSeries(name: "s", values: [0, 0])]))
        #expect(texts(text, class: "tick-label") == ["0", "1"])
        #expect(texts(text, class: "value-label") == ["0", "0"])
    }

    @Test func negativeValuesStartTheAxisBelowZero() {
        let text = chart(
            ReportChart(
                kind: .bar, categories: ["a", "b", "c"],
                series: [ReportSeries(name: "Ændring", values: [-12, 5, 20])]))
        #expect(texts(text, class: "tick-label") == ["-20", "-10", "0", "10", "20"])
        #expect(text.contains("class=\"zero-line\""))
        #expect(texts(text, class: "value-label") == ["-12", "5", "20"])
        // The negative bar hangs from the zero line.
        let zeroY = text.components(separatedBy: "class=\"zero-line\" x1=\"")[1]
            .components(separatedBy: "y1=\"")[1].components(separatedBy: "\"")[0]
        let firstBar = text.components(separatedBy: "<rect x=\"")[1]
        #expect(firstBar.contains("y=\"\(zeroY)\""))
    }

    @Test func aSingleCategoryIsCentred() {
        let text = chart(ReportChart(kind: .bar, categories: ["Alle"], series: [ReportSeries(name: "s", values: [9])]))
        #expect(texts(text, class: "category-label") == ["Alle"])
        #expect(texts(text, class: "value-label") == ["9"])
        #expect(occurrences(of: "<rect x=", in: text) == 1)
    }

    @Test func longLabelsWrapOrAreShortenedWithTheFullTextAsTooltip() {
        // Room enough: one line, as it is.
        let fits = chart(
            ReportChart(
                kind: .bar, categories: ["Lov om social service § 101", "Kort"],
                series: [ReportSeries(name: "s", values: [3, 4])]))
        #expect(texts(fits, class: "category-label") == ["Lov om social service § 101", "Kort"])
        // Less room: two lines, the second ending in an ellipsis, the whole as a tooltip.
        let long = "Lov om social service § 101, stk. 2, behandling af stofmisbrug"
        let wrapped = chart(
            ReportChart(
                kind: .bar, categories: [long, "B", "C", "D"],
                series: [ReportSeries(name: "s", values: [3, 4, 5, 6])]))
        let first = texts(wrapped, class: "category-label")[0]
        #expect(first.hasPrefix("<tspan x=") && first.hasSuffix("…</tspan>"))
        #expect(occurrences(of: "<tspan ", in: first) == 2)
        #expect(wrapped.contains("<title>\(long)</title><tspan"))
        // No room for a word: turned, cut at 18 characters.
        let word = "Behandlingsgarantiopgørelse"
        let turned = chart(
            ReportChart(
                kind: .bar, categories: [word] + (1..<12).map { "K\($0)" },
                series: [ReportSeries(name: "s", values: (0..<12).map { Double($0) })]))
        #expect(texts(turned, class: "category-label").first == "Behandlingsgarant…")
        #expect(turned.contains("<title>\(word)</title>Behandlingsgarant…</text>"))
        #expect(SVGChart.wrap("en to tre fire", limit: 7) ?? ([], true) == (["en to", "tre…"], true))
        #expect(SVGChart.wrap("Behandlingsgaranti", limit: 7) == nil)
    }

    @Test func manyCategoriesAreTurnedAndThinned() {
        let categories = (0..<60).map { "Dag \($0)" }
        let text = chart(
            ReportChart(
                kind: .bar, categories: categories,
                series: [ReportSeries(name: "s", values: categories.indices.map { Double($0 % 7) })]))
        let labels = texts(text, class: "category-label")
        #expect(labels.count < 60 && labels.count >= 20)
        #expect(labels.first == "Dag 0")
        #expect(text.contains("transform=\"rotate(-45 "))
        // Every value is still printed.
        #expect(texts(text, class: "value-label").count == 60)
    }

    @Test func manyShortLabelsStayStraightAndAreThinned() {
        let days = (1...60).map(String.init)
        let text = chart(
            ReportChart(
                kind: .line, categories: days,
                series: [ReportSeries(name: "s", values: days.indices.map { Double($0) })]))
        #expect(!text.contains("rotate(-45"))
        #expect(texts(text, class: "category-label") == stride(from: 1, through: 59, by: 2).map(String.init))
        // The points keep their values as tooltips.
        #expect(text.contains("<title>2: 1</title></circle>"))
    }

    @Test func chartsInADocumentHaveTheirOwnIds() {
        let bar = ReportChart(kind: .bar, categories: ["a"], series: [ReportSeries(name: "s", values: [1])])
        let text = html(document([.chart(bar), .chart(bar)]))
        #expect(text.contains("id=\"chart-1-title\"") && text.contains("id=\"chart-2-title\""))
    }

    @Test func theTicksAreRound() {
        #expect(SVGChart.ticks(low: 0, high: 47, whole: true).values == [0, 10, 20, 30, 40, 50])
        #expect(SVGChart.ticks(low: 0, high: 3, whole: true).values == [0, 1, 2, 3])
        #expect(SVGChart.ticks(low: 0, high: 0.87, whole: false).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(SVGChart.ticks(low: -3, high: 8, whole: true).values == [-4, -2, 0, 2, 4, 6, 8])
        #expect(SVGChart.ticks(low: 0, high: 123_456, whole: true).values.last == 150_000)
    }

    // MARK: - Determinism and the golden file

    @Test func renderingTwiceGivesTheSameBytes() {
        #expect(HTMLRenderer().render(Self.sample) == HTMLRenderer().render(Self.sample))
    }

    /// `TOVHOLDER_WRITE_GOLDEN=1 swift test --filter HTML` writes it anew; otherwise it is compared.
    @Test func theSampleMatchesTheGoldenFile() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent("sample.html")
        let rendered = HTMLRenderer().render(Self.sample).contents
        if ProcessInfo.processInfo.environment["TOVHOLDER_WRITE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(rendered).write(to: golden)
        }
        let expected = try Data(contentsOf: golden)
        #expect(Array(expected) == rendered, "rendered sample differs from Golden/sample.html")
    }

    // MARK: - The sample

    /// The municipality's own statistics in miniature, with every kind of block and chart.
    static var sample: ReportDocument {
        ReportDocument(
            id: "statistik", title: "Kommunens egen statistik", subtitle: "Rusmiddelbehandling, Aarhus Kommune",
            language: .danish, generatedAt: "2026-07-01T08:15:00Z",
            parameters: [
                ReportPair("Periode", "2026-01-01 – 2026-06-30"), ReportPair("Kommune", "Aarhus (751)"),
                ReportPair("Modtager", "Egen læge"), ReportPair("Sager", .integer(1234)),
            ],
            notices: [
                "Versionen til egen læge udelader psykiatriske oplysninger: "
                    + "borgeren har ikke givet samtykke til at dele dem.",
                "Celler med færre end 5 borgere er skjult og vist som <5.",
            ],
            blocks: sampleBlocks)
    }

    private static var sampleBlocks: [ReportBlock] {
        let keyValues: [ReportPair] = [
            ReportPair("Anmodninger", .integer(1234)), ReportPair("Median dage til start", .number(9.5)),
            ReportPair("Startet inden 14 dage", "87,5 %"), ReportPair("Anonyme", .suppressed),
        ]
        let columns: [ReportColumn] = [
            ReportColumn("Lovgrundlag"), ReportColumn("Anmodet", kind: .integer),
            ReportColumn("Startet inden 14 dage", kind: .percent),
            ReportColumn("Median dage", kind: .number), ReportColumn("Seneste start", kind: .date),
        ]
        let rows: [[ReportCell]] = [
            ["SEL § 101 (stof)", 1012, .number(0.8765), .number(9.25), "2026-06-29"],
            ["SUL § 141 (alkohol)", 218, .number(0.912), .number(7), "2026-06-30"],
            ["SEL § 101 a (anonym)", .suppressed, .empty, .empty, .empty],
            ["Ungeindsats <18 år & \"andet\"", 4, .suppressed, .number(12.5), "2026-05-02"],
        ]
        let table = ReportTable(
            id: "pr_lovgrundlag", title: "Behandlingsgaranti pr. lovgrundlag", columns: columns, rows: rows,
            footnote: "Celler under 5 er skjulte. Kilde: Tovholder, egne registreringer.")
        let months: [String] = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let requested: [Double?] = [212, 198, 231, 187, 205, 201]
        let started: [Double?] = [184, 172, 199, 160, 181, nil]
        let monthly = ReportChart(
            kind: .bar, title: "Anmodninger og starter pr. måned", xLabel: "Måned 2026", yLabel: "Antal sager",
            categories: Array(months[0..<6]),
            series: [
                ReportSeries(name: "Anmodet", values: requested),
                ReportSeries(name: "Startet inden 14 dage", values: started),
            ])
        let active2024: [Double?] = [410, 415, 422, 430, 428, 431, 420, 418, 425, 433, 440, 436]
        let active2025: [Double?] = [441, 450, 455, nil, nil, 470, 468, 472, 480, 478, 485, 490]
        let active2026: [Double?] = [495, 502, 498, 510, 515, 520, nil, nil, nil, nil, nil, nil]
        let active = ReportChart(
            kind: .line, title: "Aktive forløb pr. måned", xLabel: "Måned", yLabel: "Forløb", categories: months,
            series: [
                ReportSeries(name: "2024", values: active2024), ReportSeries(name: "2025", values: active2025),
                ReportSeries(name: "2026", values: active2026),
            ])
        let days: [Double?] = (0...30).map { (day: Int) -> Double? in
            let base: Int = (day * 37 + 11) % 23
            return Double(day < 14 ? base + 20 : base)
        }
        let histogram = ReportChart(
            kind: .bar, title: "Fordeling af dage til start", xLabel: "Dage", yLabel: "Sager",
            categories: (0...30).map { String($0) }, series: [ReportSeries(name: "Sager", values: days)])
        let bases: [String] = [
            "SEL § 101 (stof)", "SUL § 141 (alkohol)", "Ungeindsats under 18 år, samlet", "Øvrige",
        ]
        let changes: [Double?] = [-3.5, 4.25, 12, -0.5]
        let change = ReportChart(
            kind: .bar, title: "Ændring i andel startet rettidigt (procentpoint)", yLabel: "Procentpoint",
            categories: bases, series: [ReportSeries(name: "Ændring", values: changes)])
        return [
            .heading(level: 1, text: "Overblik"),
            .paragraph(
                "Anmodninger og forløb i perioden, opgjort som Danmarks Statistik gør.\n"
                    + "Anmodninger højst 10 dage fra hinanden er ét forløb."),
            .keyValues(title: "Nøgletal", pairs: keyValues),
            .table(table),
            .chart(monthly),
            .chart(active),
            .note("Anonyme forløb (SEL § 101 a) tælles uden cpr-nummer.\nDe indgår ikke i tiden til start."),
            .pageBreak,
            .heading(level: 1, text: "Tid i behandling"),
            .heading(level: 2, text: "Dage fra anmodning til start"),
            .chart(histogram),
            .heading(level: 2, text: "Ændring fra 2025 til 2026"),
            .chart(change),
            .chart(ReportChart(kind: .line, title: "Opfølgninger (ingen endnu)", categories: [], series: [])),
            .heading(level: 3, text: "Om tallene"),
            .paragraph("Tallene er foreløbige."),
        ]
    }
}
