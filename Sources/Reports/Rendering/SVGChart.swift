// Bar and line charts as inline SVG: axes with ticks and labels, the values on the marks, a legend.
import Core
import Foundation

/// Draws a ``ReportChart`` as inline SVG for the HTML rendering: a y axis with round ticks from
/// zero (or below, for negative values) formatted for the document's language, category labels
/// (turned or thinned when many, shortened with a tooltip when long), the value at every bar or
/// point (on a long trend of several lines, each line's last; every point has a tooltip), and a legend when there is more than one series. Series differ in colour and, so they
/// still differ printed in grey, in fill pattern (bars) or dash and marker shape (lines).
/// Everything is computed, nothing random: ids come from `idPrefix`, coordinates are rounded
/// to tenths, so the same chart always gives the same text.
struct SVGChart {
    let chart: ReportChart
    let language: Language
    /// Unique within the document (`chart-2`): the ids of the title, description and patterns.
    let idPrefix: String

    // MARK: - Look

    static let width = 760.0
    static let plotHeight = 260.0
    static let fontSize = 12.0
    static let tickFont = 11.0
    static let categoryFont = 11.0
    /// How wide an average glyph is, per unit of font size: a generous estimate for sans-serif.
    static let glyphWidth = 0.6
    static let maxCategoryCharacters = 18
    static let maxLegendCharacters = 32
    static let ink = "#1d2329"
    static let muted = "#5a6570"
    static let gridColour = "#e3e7eb"
    static let axisColour = "#8a949e"
    /// Colours that differ in lightness too (dark blue, orange, sky blue, green ...).
    static let colours = ["#1b4f72", "#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#7a5c00", "#d55e00", "#6b7280"]
    /// Dashes for line series, in order.
    static let dashes = ["", "8 4", "2 3", "10 3 2 3", "5 5"]

    private var danish: Bool { language == .danish }

    // MARK: - Rendering

    func render() -> String {
        let count = chart.categories.count
        let values: [[Double?]] = chart.series.map { series in
            (0..<count).map { index in
                guard index < series.values.count, let value = series.values[index], value.isFinite else { return nil }
                return value
            }
        }
        let known = values.flatMap { $0.compactMap { $0 } }
        guard count > 0, !known.isEmpty else { return renderEmpty() }
        return Plot(chart: self, values: values, known: known).render()
    }

    /// No categories or no values: a frame that says so, the same size as a short chart.
    private func renderEmpty() -> String {
        let height = 120.0
        var svg = SVGText()
        svg.open(self, height: height, description: danish ? "Ingen data at vise." : "No data to show.")
        svg.line(
            "<rect x=\"0.5\" y=\"0.5\" width=\"\(n(Self.width - 1))\" height=\"\(n(height - 1))\" fill=\"none\" "
                + "stroke=\"\(Self.gridColour)\"/>")
        svg.line(
            "<text class=\"empty-label\" x=\"\(n(Self.width / 2))\" y=\"\(n(height / 2 + 4))\" text-anchor=\"middle\" "
                + "fill=\"\(Self.muted)\" font-size=\"13\">\(HTML.escape(danish ? "Ingen data" : "No data"))</text>")
        svg.line("</svg>")
        return svg.text
    }

    var kindName: String {
        switch chart.kind {
        case .bar: return danish ? "Søjlediagram" : "Bar chart"
        case .line: return danish ? "Kurvediagram" : "Line chart"
        }
    }

    var accessibleTitle: String {
        if let title = chart.title, !title.isEmpty { return title }
        return kindName
    }

    // MARK: - Helpers

    /// A coordinate rounded to tenths, with a decimal point whatever the language.
    func n(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        if tenths == 0 { return "0" }
        let magnitude = tenths.magnitude
        let fraction = magnitude % 10
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + (fraction == 0 ? "" : "." + String(fraction))
    }

    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * glyphWidth }

    /// A text cut to `limit` characters with an ellipsis, and whether it was cut.
    static func truncate(_ text: String, to limit: Int) -> (shown: String, cut: Bool) {
        guard text.count > limit, limit > 1 else { return (text, false) }
        let kept = text.prefix(limit - 1).trimmingCharacters(in: .whitespaces)
        return (kept + "…", true)
    }

    /// A text in at most `lines` lines of `limit` characters, broken at spaces, the last shortened
    /// with an ellipsis when more is left; nil when a word does not fit on a line.
    static func wrap(_ text: String, limit: Int, lines maximum: Int = 2) -> (lines: [String], cut: Bool)? {
        guard limit >= 3 else { return nil }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            guard word.count <= limit else { return nil }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        guard lines.count > maximum else { return (lines, false) }
        var kept = Array(lines.prefix(maximum))
        let last = kept[maximum - 1]
        kept[maximum - 1] = last.count < limit ? last + "…" : String(last.prefix(limit - 1)) + "…"
        return (kept, true)
    }

    /// A text element's content: the shown text, with the full text as a tooltip when shortened.
    static func label(_ text: String, limit: Int) -> String {
        let (shown, cut) = truncate(text, to: limit)
        return cut ? "<title>\(HTML.escape(text))</title>\(HTML.escape(shown))" : HTML.escape(shown)
    }

    func colour(_ series: Int) -> String { Self.colours[series % Self.colours.count] }

    /// A bar series' fill: plain for the first two, patterns after (so they differ in grey).
    func fill(_ series: Int) -> String {
        series % 6 < 2 ? colour(series) : "url(#\(idPrefix)-fill-\(series))"
    }

    /// The patterns the bar series from the third on fill with.
    func patternDefinitions(seriesCount: Int) -> [String] {
        (0..<seriesCount).compactMap { series -> String? in
            let kind = series % 6
            guard kind >= 2 else { return nil }
            let head =
                "<pattern id=\"\(idPrefix)-fill-\(series)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            let background = "<rect width=\"6\" height=\"6\" fill=\"\(colour(series))\"/>"
            let white = "fill=\"#ffffff\" fill-opacity=\"0.75\""
            switch kind {
            case 2:
                return head + " patternTransform=\"rotate(45)\">" + background
                    + "<rect width=\"2\" height=\"6\" \(white)/></pattern>"
            case 3: return head + ">" + background + "<circle cx=\"3\" cy=\"3\" r=\"1.3\" \(white)/></pattern>"
            case 4: return head + ">" + background + "<rect width=\"6\" height=\"2\" \(white)/></pattern>"
            default:
                return head + " patternTransform=\"rotate(45)\">" + background
                    + "<rect width=\"1.5\" height=\"6\" \(white)/><rect width=\"6\" height=\"1.5\" \(white)/></pattern>"
            }
        }
    }

    /// A line series' point marker: circle, square, triangle, diamond, triangle pointing down.
    func marker(_ series: Int, x: Double, y: Double, tip: String? = nil) -> String {
        let shape = markerShape(series, x: x, y: y)
        guard let tip else { return shape + "/>" }
        let tag = shape.dropFirst().prefix { $0 != " " }
        return shape + "><title>\(HTML.escape(tip))</title></\(tag)>"
    }

    /// A marker's element, open at the end.
    private func markerShape(_ series: Int, x: Double, y: Double) -> String {
        switch series % 5 {
        case 0: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\""
        case 1: return "<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\""
        case 2:
            return "<polygon points=\"\(n(x)),\(n(y - 5)) \(n(x + 4.5)),\(n(y + 3.5)) \(n(x - 4.5)),\(n(y + 3.5))\""
        case 3:
            return
                "<polygon points=\"\(n(x)),\(n(y - 5)) \(n(x + 5)),\(n(y)) \(n(x)),\(n(y + 5)) \(n(x - 5)),\(n(y))\""
        default:
            return "<polygon points=\"\(n(x)),\(n(y + 5)) \(n(x + 4.5)),\(n(y - 3.5)) \(n(x - 4.5)),\(n(y - 3.5))\""
        }
    }

    func dash(_ series: Int) -> String {
        let dash = Self.dashes[series % Self.dashes.count]
        return dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
    }

    /// Round ticks covering `low...high`: steps of 1, 2 or 5 times a power of ten, about five of
    /// them, whole steps when every value is whole.
    static func ticks(low: Double, high: Double, whole: Bool) -> (values: [Double], decimals: Int) {
        var low = low
        var high = high
        if low == high {
            if low == 0 { high = 1 } else if low > 0 { low = 0 } else { high = 0 }
        }
        // The smallest step of 1, 2 or 5 times a power of ten that needs at most six intervals.
        let tolerance = 1e-9
        let magnitude = pow(10, log10((high - low) / 6).rounded(.down))
        func intervals(_ step: Double) -> Double {
            (high / step - tolerance).rounded(.up) - (low / step + tolerance).rounded(.down)
        }
        var step = [1.0, 2, 5, 10, 20].map { $0 * magnitude }.first { intervals($0) <= 6 } ?? 20 * magnitude
        if whole { step = max(step, 1) }
        let decimals = step >= 1 ? 0 : Int((-log10(step) - tolerance).rounded(.up))
        let first = (low / step + tolerance).rounded(.down)
        let last = (high / step - tolerance).rounded(.up)
        let scale = pow(10, Double(decimals))
        let values = stride(from: first, through: last, by: 1).map { index in
            let value = (index * step * scale).rounded() / scale
            return value == 0 ? 0 : value
        }
        return (values, decimals)
    }
}

/// The SVG text being written.
struct SVGText {
    private(set) var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    /// The root element with its title and description.
    mutating func open(_ chart: SVGChart, height: Double, description: String) {
        let prefix = chart.idPrefix
        line(
            "<svg class=\"chart-\(chart.chart.kind.rawValue)\" "
                + "viewBox=\"0 0 \(chart.n(SVGChart.width)) \(chart.n(height))\" "
                + "width=\"\(chart.n(SVGChart.width))\" height=\"\(chart.n(height))\" role=\"img\" "
                + "aria-labelledby=\"\(prefix)-title\" aria-describedby=\"\(prefix)-desc\" "
                + "font-size=\"\(chart.n(SVGChart.fontSize))\">")
        line("<title id=\"\(prefix)-title\">\(HTML.escape(chart.accessibleTitle))</title>")
        line("<desc id=\"\(prefix)-desc\">\(HTML.escape(description))</desc>")
    }
}

/// One chart with data, laid out and drawn.
private struct Plot {
    let chart: SVGChart
    /// Per series, a value per category (nil: none).
    let values: [[Double?]]
    let categories: [String]
    let ticks: [Double]
    let tickDecimals: Int
    let valueDecimals: Int
    let low: Double
    let high: Double

    // The layout.
    let plotLeft: Double
    let plotTop: Double
    let plotWidth: Double
    let band: Double
    let groupWidth: Double
    let barWidth: Double
    let valueFont: Double
    let valuesTurned: Bool
    /// Per series and category: whether the value goes below its mark (negative bars, crowded points).
    let below: [[Bool]]
    let labelEvery: Int
    let labelsTurned: Bool
    /// Per category, the label's lines as shown and whether it was shortened.
    let categoryLabels: [(lines: [String], cut: Bool)]
    let categoryTop: Double
    let categoryHeight: Double
    let legendRows: [[(series: Int, x: Double)]]
    let height: Double

    private static let legendRowHeight = 20.0
    private static let lineHeight = 13.0

    private var isBar: Bool { chart.chart.kind == .bar }
    private var plotBottom: Double { plotTop + SVGChart.plotHeight }
    private var formatting: NumberFormatting { NumberFormatting(chart.language) }

    init(chart: SVGChart, values: [[Double?]], known: [Double]) {
        self.chart = chart
        self.values = values
        self.categories = chart.chart.categories
        let whole = known.allSatisfy { $0 == $0.rounded() && $0.magnitude < 1e15 }
        let scale = SVGChart.ticks(low: min(0, known.min()!), high: max(0, known.max()!), whole: whole)
        ticks = scale.values
        tickDecimals = scale.decimals
        low = ticks.first!
        high = ticks.last!
        let largest = known.map(\.magnitude).max()!
        let decimals = whole ? 0 : largest < 1 ? 2 : 1
        valueDecimals = decimals
        let formatting = NumberFormatting(chart.language)
        let seriesCount = values.count
        let bar = chart.chart.kind == .bar

        // Left: the y label, the tick labels, the ticks.
        let tickWidth =
            ticks.map { SVGChart.textWidth(formatting.number($0, decimals: scale.decimals), size: SVGChart.tickFont) }
            .max() ?? 0
        plotLeft = (chart.chart.yLabel?.isEmpty == false ? 26 : 6) + tickWidth + 10
        plotWidth = SVGChart.width - plotLeft - 20
        band = plotWidth / Double(categories.count)
        groupWidth = band * (seriesCount == 1 ? 0.7 : 0.8)
        barWidth = groupWidth / Double(seriesCount)

        // The values: as large as fits beside each other, turned upright when nothing does.
        let valueTexts = known.map { formatting.number($0, decimals: decimals) }
        let longest = valueTexts.map(\.count).max() ?? 1
        let room = bar ? (seriesCount == 1 ? band - 4 : barWidth + 1) : band - 4
        var font = 11.0
        var turned = false
        while Double(longest) * font * SVGChart.glyphWidth > room {
            if font > 9 {
                font -= 1
            } else {
                turned = true
                font = min(10, max(6, room))
                break
            }
        }
        valueFont = font
        valuesTurned = turned
        let extent = turned ? Double(longest) * font * SVGChart.glyphWidth : font
        let gap = bar ? 4.0 : 7.0
        let (lowTick, highTick) = (low, high)
        let relative = { (value: Double) in (highTick - value) / (highTick - lowTick) * SVGChart.plotHeight }
        let placement =
            bar
            ? values.map { $0.map { ($0 ?? 0) < 0 } }
            : Self.placeLineLabels(values, y: relative, extent: extent, gap: gap)
        below = placement
        // Room above and below the plot for the values that stick out.
        var above = 0.0
        var underneath = 0.0
        for (series, seriesValues) in values.enumerated() {
            for (index, value) in seriesValues.enumerated() {
                guard let value else { continue }
                let point = relative(value)
                if placement[series][index] {
                    underneath = max(underneath, point + gap + extent - SVGChart.plotHeight)
                } else {
                    above = max(above, gap + extent - point)
                }
            }
        }
        plotTop = 14 + above

        // The category labels: straight (in up to two lines) when they fit, else turned 45°, thinned
        // when crowded, shortened with an ellipsis when long.
        let straightLimit = Int((band - 6) / (SVGChart.categoryFont * SVGChart.glyphWidth))
        let straight = categories.map { SVGChart.wrap($0, limit: straightLimit) }
        if straight.allSatisfy({ $0 != nil }) {
            let labels = straight.map { $0! }
            categoryLabels = labels
            labelEvery = 1
            labelsTurned = false
            categoryHeight = Double(labels.map(\.lines.count).max() ?? 1) * Self.lineHeight + 8
        } else if let every = Self.straightThinning(categories, band: band) {
            categoryLabels = categories.map { ([$0], false) }
            labelEvery = every
            labelsTurned = false
            categoryHeight = Self.lineHeight + 8
        } else {
            let labels = categories.map { SVGChart.truncate($0, to: SVGChart.maxCategoryCharacters) }
            categoryLabels = labels.map { ([$0.shown], $0.cut) }
            let widest = labels.map { SVGChart.textWidth($0.shown, size: SVGChart.categoryFont) }.max() ?? 0
            labelEvery = Self.turnedThinning(band: band)
            labelsTurned = true
            categoryHeight = widest * 0.7072 + SVGChart.categoryFont + 8
        }
        categoryTop = plotTop + SVGChart.plotHeight + (underneath > 0 ? underneath + 2 : 0) + 6
        var bottom = categoryTop + categoryHeight
        if chart.chart.xLabel?.isEmpty == false { bottom += 22 }

        // The legend, in rows as wide as the plot.
        var rows: [[(series: Int, x: Double)]] = []
        if seriesCount > 1 {
            var row: [(series: Int, x: Double)] = []
            var x = plotLeft
            for (index, series) in chart.chart.series.enumerated() {
                let name = SVGChart.truncate(series.name, to: SVGChart.maxLegendCharacters).shown
                let itemWidth = (bar ? 18 : 30) + SVGChart.textWidth(name, size: SVGChart.fontSize) + 22
                if !row.isEmpty, x + itemWidth > plotLeft + plotWidth {
                    rows.append(row)
                    row = []
                    x = plotLeft
                }
                row.append((index, x))
                x += itemWidth
            }
            rows.append(row)
            bottom += 8 + Double(rows.count) * Self.legendRowHeight
        }
        legendRows = rows
        height = (bottom + 8).rounded(.up)
    }

    private func y(_ value: Double) -> Double { plotTop + (high - value) / (high - low) * SVGChart.plotHeight }
    private func center(_ category: Int) -> Double { plotLeft + band * (Double(category) + 0.5) }
    private func n(_ value: Double) -> String { chart.n(value) }
    private func valueText(_ value: Double) -> String { formatting.number(value, decimals: valueDecimals) }

    // MARK: - Drawing

    func render() -> String {
        var svg = SVGText()
        svg.open(chart, height: height, description: description())
        let patterns = isBar ? chart.patternDefinitions(seriesCount: values.count) : []
        if !patterns.isEmpty {
            svg.line("<defs>")
            for pattern in patterns { svg.line(pattern) }
            svg.line("</defs>")
        }
        drawYAxis(&svg)
        if isBar { drawBars(&svg) } else { drawLines(&svg) }
        drawXAxis(&svg)
        drawLegend(&svg)
        svg.line("</svg>")
        return svg.text
    }

    /// For screen readers: the kind, the categories, the series and the range of values.
    private func description() -> String {
        let names = chart.chart.series.map(\.name).joined(separator: ", ")
        let known = values.flatMap { $0.compactMap { $0 } }
        let lowest = valueText(known.min()!)
        let highest = valueText(known.max()!)
        let count = categories.count
        let seriesCount = values.count
        if chart.language == .danish {
            return "\(chart.kindName) med \(count) \(count == 1 ? "kategori" : "kategorier") og \(seriesCount) "
                + "\(seriesCount == 1 ? "serie" : "serier") (\(names)). Værdier fra \(lowest) til \(highest)."
        }
        return "\(chart.kindName) with \(count) \(count == 1 ? "category" : "categories") and \(seriesCount) "
            + "series (\(names)). Values from \(lowest) to \(highest)."
    }

    private func drawYAxis(_ svg: inout SVGText) {
        let right = plotLeft + plotWidth
        svg.line("<g class=\"grid\" stroke=\"\(SVGChart.gridColour)\" stroke-width=\"1\">")
        for tick in ticks where tick != low {
            svg.line("<line x1=\"\(n(plotLeft))\" y1=\"\(n(y(tick)))\" x2=\"\(n(right))\" y2=\"\(n(y(tick)))\"/>")
        }
        svg.line("</g>")
        svg.line("<g class=\"axis y-axis\" stroke=\"\(SVGChart.axisColour)\" stroke-width=\"1\">")
        svg.line("<line x1=\"\(n(plotLeft))\" y1=\"\(n(plotTop))\" x2=\"\(n(plotLeft))\" y2=\"\(n(plotBottom))\"/>")
        for tick in ticks {
            svg.line(
                "<line x1=\"\(n(plotLeft - 5))\" y1=\"\(n(y(tick)))\" x2=\"\(n(plotLeft))\" y2=\"\(n(y(tick)))\"/>")
        }
        svg.line("</g>")
        svg.line(
            "<g class=\"ticks y-ticks\" fill=\"\(SVGChart.muted)\" font-size=\"\(n(SVGChart.tickFont))\" "
                + "text-anchor=\"end\">")
        for tick in ticks {
            let text = HTML.escape(formatting.number(tick, decimals: tickDecimals))
            svg.line("<text class=\"tick-label\" x=\"\(n(plotLeft - 8))\" y=\"\(n(y(tick) + 4))\">\(text)</text>")
        }
        svg.line("</g>")
        if let label = chart.chart.yLabel, !label.isEmpty {
            let limit = Int(SVGChart.plotHeight / (SVGChart.fontSize * SVGChart.glyphWidth))
            svg.line(
                "<text class=\"axis-label y-label\" transform=\"translate(16 \(n(plotTop + SVGChart.plotHeight / 2))) "
                    + "rotate(-90)\" text-anchor=\"middle\" fill=\"\(SVGChart.ink)\">"
                    + "\(SVGChart.label(label, limit: limit))</text>")
        }
        if low < 0 {
            svg.line(
                "<line class=\"zero-line\" x1=\"\(n(plotLeft))\" y1=\"\(n(y(0)))\" "
                    + "x2=\"\(n(right))\" y2=\"\(n(y(0)))\" "
                    + "stroke=\"\(SVGChart.ink)\" stroke-width=\"1\"/>")
        }
    }

    private func drawXAxis(_ svg: inout SVGText) {
        let right = plotLeft + plotWidth
        svg.line("<g class=\"axis x-axis\" stroke=\"\(SVGChart.axisColour)\" stroke-width=\"1\">")
        svg.line("<line x1=\"\(n(plotLeft))\" y1=\"\(n(plotBottom))\" x2=\"\(n(right))\" y2=\"\(n(plotBottom))\"/>")
        for index in categories.indices where index % labelEvery == 0 {
            let x = center(index)
            svg.line("<line x1=\"\(n(x))\" y1=\"\(n(plotBottom))\" x2=\"\(n(x))\" y2=\"\(n(plotBottom + 5))\"/>")
        }
        svg.line("</g>")
        let anchor = labelsTurned ? "end" : "middle"
        svg.line(
            "<g class=\"ticks x-ticks\" fill=\"\(SVGChart.ink)\" font-size=\"\(n(SVGChart.categoryFont))\" "
                + "text-anchor=\"\(anchor)\">")
        for (index, category) in categories.enumerated() where index % labelEvery == 0 {
            let x = center(index)
            let label = categoryLabels[index]
            let tip = label.cut ? "<title>\(HTML.escape(category))</title>" : ""
            if labelsTurned {
                let top = categoryTop + 6
                svg.line(
                    "<text class=\"category-label\" x=\"\(n(x + 3))\" y=\"\(n(top))\" "
                        + "transform=\"rotate(-45 \(n(x + 3)) \(n(top)))\">\(tip)\(HTML.escape(label.lines[0]))</text>")
            } else if label.lines.count == 1 {
                let baseline = categoryTop + SVGChart.categoryFont + 2
                svg.line(
                    "<text class=\"category-label\" x=\"\(n(x))\" y=\"\(n(baseline))\">"
                        + "\(tip)\(HTML.escape(label.lines[0]))</text>")
            } else {
                let lines = label.lines.enumerated().map { number, line in
                    let baseline = categoryTop + SVGChart.categoryFont + 2 + Double(number) * Self.lineHeight
                    return "<tspan x=\"\(n(x))\" y=\"\(n(baseline))\">\(HTML.escape(line))</tspan>"
                }
                svg.line(
                    "<text class=\"category-label\" x=\"\(n(x))\" y=\"\(n(categoryTop + SVGChart.categoryFont + 2))\">"
                        + "\(tip)\(lines.joined())</text>")
            }
        }
        svg.line("</g>")
        if let label = chart.chart.xLabel, !label.isEmpty {
            let limit = Int(plotWidth / (SVGChart.fontSize * SVGChart.glyphWidth))
            svg.line(
                "<text class=\"axis-label x-label\" x=\"\(n(plotLeft + plotWidth / 2))\" "
                    + "y=\"\(n(categoryTop + categoryHeight + 16))\" text-anchor=\"middle\" fill=\"\(SVGChart.ink)\">"
                    + "\(SVGChart.label(label, limit: limit))</text>")
        }
    }

    private func drawBars(_ svg: inout SVGText) {
        let zero = y(0)
        var labels: [String] = []
        for (series, seriesValues) in values.enumerated() {
            let name = chart.chart.series[series].name
            svg.line(
                "<g class=\"series series-\(series)\" fill=\"\(chart.fill(series))\" stroke=\"\(SVGChart.ink)\" "
                    + "stroke-opacity=\"0.55\" stroke-width=\"0.75\">")
            for (index, value) in seriesValues.enumerated() {
                guard let value else { continue }
                let inset = values.count > 1 ? 0.5 : 0
                let x = plotLeft + band * Double(index) + (band - groupWidth) / 2 + barWidth * Double(series) + inset
                let width = barWidth - 2 * inset
                let top = min(y(value), zero)
                let height = abs(y(value) - zero)
                let tip = values.count > 1 ? "\(categories[index]), \(name): " : "\(categories[index]): "
                svg.line(
                    "<rect x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(height))\">"
                        + "<title>\(HTML.escape(tip + valueText(value)))</title></rect>")
                labels.append(valueLabel(value, x: x + width / 2, y: y(value), below: below[series][index]))
            }
            svg.line("</g>")
        }
        writeValueLabels(labels, to: &svg)
    }

    private func drawLines(_ svg: inout SVGText) {
        for (series, seriesValues) in values.enumerated() {
            let colour = chart.colour(series)
            svg.line(
                "<g class=\"series series-\(series)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.25\" "
                    + "stroke-linejoin=\"round\" stroke-linecap=\"round\"\(chart.dash(series))>")
            // A missing value breaks the line: one polyline per run of values.
            var run: [String] = []
            func flush() {
                if run.count > 1 { svg.line("<polyline points=\"\(run.joined(separator: " "))\"/>") }
                run = []
            }
            for (index, value) in seriesValues.enumerated() {
                guard let value else {
                    flush()
                    continue
                }
                run.append("\(n(center(index))),\(n(y(value)))")
            }
            flush()
            svg.line("</g>")
        }
        for (series, seriesValues) in values.enumerated() {
            let name = chart.chart.series[series].name
            svg.line(
                "<g class=\"markers series-\(series)\" fill=\"\(chart.colour(series))\" stroke=\"#ffffff\" "
                    + "stroke-width=\"1\">")
            for (index, value) in seriesValues.enumerated() {
                guard let value else { continue }
                let tip = values.count > 1 ? "\(categories[index]), \(name): " : "\(categories[index]): "
                svg.line(chart.marker(series, x: center(index), y: y(value), tip: tip + valueText(value)))
            }
            svg.line("</g>")
        }
        // Every point's value where they fit; on a long trend (two years by month, several series)
        // only each series' last value: the markers' tooltips and the document's table hold the rest.
        let everyPoint = categories.count <= 12 || (values.count == 1 && categories.count <= 24)
        var labels: [String] = []
        for (series, seriesValues) in values.enumerated() {
            let last = seriesValues.lastIndex { $0 != nil }
            for (index, value) in seriesValues.enumerated() where everyPoint || index == last {
                guard let value else { continue }
                labels.append(valueLabel(value, x: center(index), y: y(value), below: below[series][index], gap: 7))
            }
        }
        writeValueLabels(labels, to: &svg)
    }

    /// Every how many categories a label turned 45° can be shown without overlapping the next.
    static func turnedThinning(band: Double) -> Int { max(1, Int((18 / band).rounded(.up))) }

    /// Every how many categories a straight label can be shown, when that thins them no more than
    /// turning them would (short labels such as day numbers); nil when turning is better.
    static func straightThinning(_ categories: [String], band: Double) -> Int? {
        let widest = categories.map { SVGChart.textWidth($0, size: SVGChart.categoryFont) }.max() ?? 0
        let every = max(1, Int(((widest + 6) / band).rounded(.up)))
        return every <= turnedThinning(band: band) ? every : nil
    }

    /// Where each point's value goes: above it, or below when above would cover another series'
    /// point or value and below would not. `y` gives a value's height in the plot.
    static func placeLineLabels(
        _ values: [[Double?]], y: (Double) -> Double, extent: Double, gap: Double
    ) -> [[Bool]] {
        var below = values.map { $0.map { _ in false } }
        guard let count = values.first?.count else { return below }
        for index in 0..<count {
            let points = values.indices.compactMap { series in values[series][index].map { (series, y($0)) } }
            var placed: [ClosedRange<Double>] = []
            for (series, point) in points.sorted(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) {
                let others = points.filter { $0.0 != series }.map { $0.1 - 5...$0.1 + 5 } + placed
                let above = point - gap - extent...point - gap
                let under = point + gap...point + gap + extent
                let place = others.contains { $0.overlaps(above) } && !others.contains { $0.overlaps(under) }
                below[series][index] = place
                placed.append(place ? under : above)
            }
        }
        return below
    }

    /// A value's text by its mark: above it, or below it; upright when turned.
    private func valueLabel(_ value: Double, x: Double, y: Double, below: Bool, gap: Double = 4) -> String {
        let text = HTML.escape(valueText(value))
        if valuesTurned {
            let anchorY = below ? y + gap : y - gap
            let anchor = below ? "end" : "start"
            let shift = valueFont * 0.35
            return "<text class=\"value-label\" x=\"\(n(x + shift))\" y=\"\(n(anchorY))\" text-anchor=\"\(anchor)\" "
                + "transform=\"rotate(-90 \(n(x + shift)) \(n(anchorY)))\">\(text)</text>"
        }
        let baseline = below ? y + gap + valueFont * 0.85 : y - gap
        return "<text class=\"value-label\" x=\"\(n(x))\" y=\"\(n(baseline))\">\(text)</text>"
    }

    private func writeValueLabels(_ labels: [String], to svg: inout SVGText) {
        svg.line(
            "<g class=\"values\" fill=\"\(SVGChart.ink)\" font-size=\"\(n(valueFont))\" text-anchor=\"middle\">")
        for label in labels { svg.line(label) }
        svg.line("</g>")
    }

    private func drawLegend(_ svg: inout SVGText) {
        guard !legendRows.isEmpty else { return }
        var top = categoryTop + categoryHeight + 8
        if chart.chart.xLabel?.isEmpty == false { top += 22 }
        svg.line("<g class=\"legend\" font-size=\"\(n(SVGChart.fontSize))\" fill=\"\(SVGChart.ink)\">")
        for (row, items) in legendRows.enumerated() {
            let middle = top + Double(row) * Self.legendRowHeight + Self.legendRowHeight / 2
            for item in items {
                let series = item.series
                let name = chart.chart.series[series].name
                var swatch: String
                let textX: Double
                if isBar {
                    swatch =
                        "<rect x=\"\(n(item.x))\" y=\"\(n(middle - 6))\" width=\"12\" height=\"12\" "
                        + "fill=\"\(chart.fill(series))\" stroke=\"\(SVGChart.ink)\" stroke-opacity=\"0.55\" "
                        + "stroke-width=\"0.75\"/>"
                    textX = item.x + 18
                } else {
                    swatch =
                        "<line x1=\"\(n(item.x))\" y1=\"\(n(middle))\" x2=\"\(n(item.x + 24))\" y2=\"\(n(middle))\" "
                        + "stroke=\"\(chart.colour(series))\" stroke-width=\"2.25\"\(chart.dash(series))/>"
                    swatch +=
                        "<g fill=\"\(chart.colour(series))\" stroke=\"#ffffff\" stroke-width=\"1\">"
                        + chart.marker(series, x: item.x + 12, y: middle) + "</g>"
                    textX = item.x + 30
                }
                svg.line("<g class=\"legend-item series-\(series)\">\(swatch)")
                svg.line(
                    "<text class=\"legend-label\" x=\"\(n(textX))\" y=\"\(n(middle + 4))\">"
                        + "\(SVGChart.label(name, limit: SVGChart.maxLegendCharacters))</text></g>")
            }
        }
        svg.line("</g>")
    }
}
