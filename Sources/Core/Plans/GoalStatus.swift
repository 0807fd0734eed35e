// How far a goal has come, as judged at follow-up.

/// How far a ``Goal`` has come. Any status may follow any other: a relapse can take an achieved
/// goal back to in progress, and a dropped goal can be taken up again.
public enum GoalStatus: String, CaseIterable, Codable, Sendable, LocalizedText {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case achieved
    case partlyAchieved = "partly_achieved"
    case notAchieved = "not_achieved"
    /// Given up by agreement; the goal stays in the plan's history but no longer counts.
    case dropped

    /// Whether the goal is still being worked towards.
    public var isOpen: Bool { self == .notStarted || self == .inProgress }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notStarted, .danish): "ikke påbegyndt"
        case (.notStarted, .english): "not started"
        case (.inProgress, .danish): "i gang"
        case (.inProgress, .english): "in progress"
        case (.achieved, .danish): "opnået"
        case (.achieved, .english): "achieved"
        case (.partlyAchieved, .danish): "delvist opnået"
        case (.partlyAchieved, .english): "partly achieved"
        case (.notAchieved, .danish): "ikke opnået"
        case (.notAchieved, .english): "not achieved"
        case (.dropped, .danish): "opgivet"
        case (.dropped, .english): "dropped"
        }
    }
}
