// Why a citizen was discharged, as a small stable code for statistics.

/// Why a course ended. Raw values are stable for storage and statistics.
public enum DischargeReason: String, CaseIterable, Codable, Hashable, Sendable {
    /// The course was completed as planned.
    case completed
    /// The citizen stopped attending.
    case droppedOut = "dropped_out"
    /// The citizen was referred to another offer.
    case referred
    /// The citizen moved away without the case being transferred.
    case moved
    /// The citizen died.
    case deceased
    /// Anything else; say what in the note.
    case other

    /// Whether the citizen should have been advised where to find support later: always, unless
    /// the citizen has died.
    public var expectsAdvice: Bool { self != .deceased }

    /// The words people read.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.completed, .danish): return "afsluttet som planlagt"
        case (.completed, .english): return "completed as planned"
        case (.droppedOut, .danish): return "ophørt med at møde op"
        case (.droppedOut, .english): return "stopped attending"
        case (.referred, .danish): return "henvist til andet tilbud"
        case (.referred, .english): return "referred to another offer"
        case (.moved, .danish): return "fraflyttet"
        case (.moved, .english): return "moved away"
        case (.deceased, .danish): return "død"
        case (.deceased, .english): return "deceased"
        case (.other, .danish): return "andet"
        case (.other, .english): return "other"
        }
    }
}
