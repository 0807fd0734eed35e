// What a flow says missing and hidden answers count as.

/// How an item that is visible but unanswered counts.
public enum MissingAnswerPolicy: String, CaseIterable, Codable, Hashable, Sendable {
    /// The response cannot be completed until every visible, non-optional item is answered.
    case error
    /// The item counts as 0.
    case zero
    /// The item counts as nothing, so the scores that need it are left empty.
    case empty
}

/// How an item hidden by its visibility rule counts (its answer, if one was given, never does).
public enum HiddenAnswerPolicy: String, CaseIterable, Codable, Hashable, Sendable {
    /// Not part of any score.
    case absent
    /// Counts as 0.
    case zero
}

/// A flow's policies.
public struct FlowPolicies: Hashable, Sendable, Codable {
    public let missing: MissingAnswerPolicy
    public let hidden: HiddenAnswerPolicy

    public init(missing: MissingAnswerPolicy = .error, hidden: HiddenAnswerPolicy = .absent) {
        self.missing = missing
        self.hidden = hidden
    }
}
