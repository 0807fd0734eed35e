// A chart of a report: bars or lines over named categories, one or more series, drawn by the host.

/// A bar or line chart: categories along the x axis (months, legal bases, day counts), one or
/// more series of values (nil: no value for that category).
public struct ReportChart: Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case bar, line
    }

    public var kind: Kind
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var categories: [String]
    public var series: [ReportSeries]

    public init(
        kind: Kind, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, categories: [String],
        series: [ReportSeries]
    ) {
        self.kind = kind
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.categories = categories
        self.series = series
    }
}

/// One series: its name (the legend) and a value per category.
public struct ReportSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}
