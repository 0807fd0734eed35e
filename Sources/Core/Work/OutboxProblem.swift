// What can be wrong with an outbox message or a change to it, in Danish and English.

/// A broken rule of outbox messages, thrown inside a ``DomainError`` that names the field
/// (`subject`, `body`, `category`, `user`, `reason`, `status`, `date`).
public enum OutboxProblem: LocalizedText, Equatable {
    /// A text that must be written is empty.
    case required
    /// A message must say which categories of information it contains.
    case noCategories
    /// Only a pending message can be sent or cancelled.
    case notPending(OutboxStatus)
    /// A message cannot be sent or cancelled before the day it was prepared.
    case beforeCreated(Day)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.required, .danish): "skal udfyldes"
        case (.required, .english): "is required"
        case (.noCategories, .danish): "beskeden skal angive mindst én kategori af oplysninger, den indeholder"
        case (.noCategories, .english): "the message must name at least one category of information it contains"
        case (.notPending(let status), .danish): "beskeden er \(status.text(.danish)) og kan ikke ændres"
        case (.notPending(let status), .english): "the message is \(status.text(.english)) and cannot change"
        case (.beforeCreated(let day), .danish): "kan ikke være før beskeden blev oprettet (\(day))"
        case (.beforeCreated(let day), .english): "cannot be before the message was created (\(day))"
        }
    }
}
