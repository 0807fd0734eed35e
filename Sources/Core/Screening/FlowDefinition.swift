// A screening flow's definition as the host reads it from the flow file: everything but the Lua rules.

/// A named score a flow computes, in the order it is shown.
public struct ScoreDefinition: Hashable, Sendable {
    public let id: String
    public let text: FlowText
    public let minimum: Double?
    public let maximum: Double?
    /// Decimals shown; whole numbers when nil.
    public let decimals: Int?

    public init(id: String, text: FlowText, minimum: Double? = nil, maximum: Double? = nil, decimals: Int? = nil) {
        self.id = id
        self.text = text
        self.minimum = minimum
        self.maximum = maximum
        self.decimals = decimals
    }
}

/// A flow: id, version, texts, policies, scores, labels, settings and items. The scoring,
/// interpretation and recommendation functions stay in the flow's Lua state.
public struct FlowDefinition: Sendable {
    public let id: String
    public let version: SemanticVersion
    public let title: FlowText
    public let description: FlowText?
    public let source: FlowText?
    public let policies: FlowPolicies
    public let scores: [ScoreDefinition]
    /// Texts for band and flag codes.
    public let labels: [String: FlowText]
    public let settings: [String: FlowSetting]
    public let items: [FlowItem]
    public let hasInterpretation: Bool
    public let hasRecommendations: Bool
    /// Answer id → the item that takes it (a grid cell's id → the grid).
    private let itemsByAnswerID: [String: FlowItem]

    public init(
        id: String, version: SemanticVersion, title: FlowText, description: FlowText? = nil, source: FlowText? = nil,
        policies: FlowPolicies = FlowPolicies(), scores: [ScoreDefinition], labels: [String: FlowText] = [:],
        settings: [String: FlowSetting] = [:], items: [FlowItem], hasInterpretation: Bool = false,
        hasRecommendations: Bool = false
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.source = source
        self.policies = policies
        self.scores = scores
        self.labels = labels
        self.settings = settings
        self.items = items
        self.hasInterpretation = hasInterpretation
        self.hasRecommendations = hasRecommendations
        var byAnswerID: [String: FlowItem] = [:]
        for item in items {
            for answerID in item.answerIDs { byAnswerID[answerID] = item }
        }
        itemsByAnswerID = byAnswerID
    }

    /// The item that takes answers under `answerID`, if any.
    public func item(answering answerID: String) -> FlowItem? { itemsByAnswerID[answerID] }

    /// Every answer id in the order the items ask them.
    public var answerIDs: [String] { items.flatMap(\.answerIDs) }

    /// The text for a band or flag code: the flow's label, or the code itself.
    public func label(_ code: String, _ language: Language) -> String {
        labels[code]?.text(language) ?? code
    }

    /// A flow's id: lower-case letters, digits and `_`, starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLowercase else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }
}
