// One item of a screening flow as the host sees it: its kind, texts, options, ranges and rules.

/// A coded answer option of a choice or multiple-choice item.
public struct FlowOption: Hashable, Sendable {
    /// The code stored as the answer: an ``Answer/integer(_:)`` or an ``Answer/text(_:)``.
    public let code: Answer
    public let text: FlowText
    /// The points the option counts for; defaults to the code when that is a number.
    public let points: Double?

    public init(code: Answer, text: FlowText, points: Double? = nil) {
        self.code = code
        self.text = text
        self.points = points ?? code.numberValue
    }
}

/// A row of a grid item: its id is the answer id of the first column's cell.
public struct FlowGridRow: Hashable, Sendable {
    public let id: String
    public let text: FlowText

    public init(id: String, text: FlowText) {
        self.id = id
        self.text = text
    }
}

/// A column of a grid item: each cell's answer id is the row's id followed by `suffix`.
public struct FlowGridColumn: Hashable, Sendable {
    public let suffix: String
    public let text: FlowText
    public let minimum: Int64?
    public let maximum: Int64?

    public init(suffix: String, text: FlowText, minimum: Int64? = nil, maximum: Int64? = nil) {
        self.suffix = suffix
        self.text = text
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// One item of a flow. The rules (visibility, validation) stay in Lua; the host knows only
/// whether an item has them.
public struct FlowItem: Hashable, Sendable {
    public let id: String
    public let kind: FlowItemKind
    public let text: FlowText
    public let help: FlowText?
    /// May be skipped even when the flow's missing-answer policy is ``MissingAnswerPolicy/error``.
    public let optional: Bool
    public let options: [FlowOption]
    /// The range of an integer or number item, or the number of selections of a multiple choice.
    public let minimum: Double?
    public let maximum: Double?
    /// For a date item.
    public let earliest: Day?
    public let latest: Day?
    public let unit: FlowText?
    /// The most decimals a number item takes.
    public let decimals: Int?
    /// The longest text a text item takes, in characters.
    public let maxLength: Int
    public let rows: [FlowGridRow]
    public let columns: [FlowGridColumn]
    public let hasVisibilityRule: Bool
    public let hasValidationRule: Bool

    public static let defaultMaxLength = 2000

    public init(
        id: String, kind: FlowItemKind, text: FlowText, help: FlowText? = nil, optional: Bool = false,
        options: [FlowOption] = [], minimum: Double? = nil, maximum: Double? = nil, earliest: Day? = nil,
        latest: Day? = nil, unit: FlowText? = nil, decimals: Int? = nil, maxLength: Int = FlowItem.defaultMaxLength,
        rows: [FlowGridRow] = [], columns: [FlowGridColumn] = [], hasVisibilityRule: Bool = false,
        hasValidationRule: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.help = help
        self.optional = optional
        self.options = options
        self.minimum = minimum
        self.maximum = maximum
        self.earliest = earliest
        self.latest = latest
        self.unit = unit
        self.decimals = decimals
        self.maxLength = maxLength
        self.rows = rows
        self.columns = columns
        self.hasVisibilityRule = hasVisibilityRule
        self.hasValidationRule = hasValidationRule
    }

    /// The ids answers are given under: the item's own id, each grid cell's id, none for a section.
    public var answerIDs: [String] {
        switch kind {
        case .section: []
        case .grid: rows.flatMap { row in columns.map { row.id + $0.suffix } }
        default: [id]
        }
    }

    /// The option with `code`, for a choice or multiple-choice item.
    public func option(_ code: Answer) -> FlowOption? {
        options.first { $0.code == code }
    }
}
