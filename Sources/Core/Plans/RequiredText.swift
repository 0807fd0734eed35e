// Trimming typed text, and refusing it when a rule needs something written.
import Foundation

/// Trims `text`, or throws `problem` (by default ``PlanProblem/required``) for `field` when nothing is left.
func requiredText(_ text: String, field: String, problem: any LocalizedText = PlanProblem.required) throws -> String {
    let trimmed = trimmedText(text)
    guard !trimmed.isEmpty else { throw DomainError(field: field, problem) }
    return trimmed
}

/// Trims `text`; empty text is allowed.
func trimmedText(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
}
