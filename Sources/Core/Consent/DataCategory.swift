// The categories of information a consent can cover.

/// A category of information about the citizen that may be shared. Raw values are stable for
/// storage and the CLI.
///
/// There is deliberately no `all` case: a consent lists its categories, so a category added to
/// the product later is not silently covered by consents given before it existed. A CLI that
/// accepts `all` should expand it to ``allCases`` when the consent is recorded.
public enum DataCategory: String, CaseIterable, Codable, Hashable, Sendable {
    /// Screening results (ASI, AUDIT, DUDIT, the psychiatric basic screening).
    case screening
    /// Plans: the treatment plan, the handleplan, the coordinated plan.
    case plan
    /// Health information.
    case health
    /// Social circumstances: housing, economy, employment, network.
    case social
    /// Substance use.
    case substanceUse = "substance_use"

    /// The words people read.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.screening, .danish): return "screeninger"
        case (.screening, .english): return "screenings"
        case (.plan, .danish): return "planer"
        case (.plan, .english): return "plans"
        case (.health, .danish): return "helbredsoplysninger"
        case (.health, .english): return "health information"
        case (.social, .danish): return "sociale forhold"
        case (.social, .english): return "social circumstances"
        case (.substanceUse, .danish): return "rusmiddelbrug"
        case (.substanceUse, .english): return "substance use"
        }
    }
}
