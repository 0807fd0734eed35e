// What scoring a set of answers gave: named scores, bands, flags and recommendations.

/// One named score; nil when the flow left it empty (an answer it needs is missing).
public struct ScoreValue: Hashable, Sendable, Codable {
    public let id: String
    public let value: Double?

    public init(id: String, value: Double?) {
        self.id = id
        self.value = value
    }
}

/// A suggestion for the caseworker and the workflows: refer to a psychologist, send a summary to the GP.
public struct Recommendation: Hashable, Sendable, Codable {
    /// What workflows match on: `refer_psychologist`, `summary_to_gp`.
    public let code: String
    public let text: FlowText
    /// The role or actor kind it concerns: `psychologist`, `gp`.
    public let to: String?
    /// The data category the citizen must have consented to share with `to` before anything is sent.
    public let consent: DataCategory?

    public init(code: String, text: FlowText, to: String? = nil, consent: DataCategory? = nil) {
        self.code = code
        self.text = text
        self.to = to
        self.consent = consent
    }
}

/// The outcome of scoring a response under one flow version.
public struct ScreeningResult: Hashable, Sendable, Codable {
    /// In the order the flow declares them.
    public let scores: [ScoreValue]
    /// Score id → band code.
    public let bands: [String: String]
    public let flags: [String]
    public let recommendations: [Recommendation]
    /// Answer ids the flow's visibility rules hid (their answers did not count).
    public let hidden: [String]
    /// Visible answer ids left unanswered (counted by the flow's missing-answer policy).
    public let missing: [String]

    public init(
        scores: [ScoreValue], bands: [String: String] = [:], flags: [String] = [],
        recommendations: [Recommendation] = [],
        hidden: [String] = [], missing: [String] = []
    ) {
        self.scores = scores
        self.bands = bands
        self.flags = flags
        self.recommendations = recommendations
        self.hidden = hidden
        self.missing = missing
    }

    /// The value of the score `id` (nil when absent or empty).
    public func score(_ id: String) -> Double? {
        scores.first { $0.id == id }?.value
    }
}
