// Where a task is: open, done or cancelled.

/// The life of a ``WorkTask``: `open → done` or `open → cancelled`; both are final.
public enum TaskStatus: String, CaseIterable, Codable, Sendable, LocalizedText {
    case open
    case done
    case cancelled

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .danish): "åben"
        case (.open, .english): "open"
        case (.done, .danish): "udført"
        case (.done, .english): "done"
        case (.cancelled, .danish): "annulleret"
        case (.cancelled, .english): "cancelled"
        }
    }
}
