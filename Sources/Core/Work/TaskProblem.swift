// What can be wrong with a task or a change to it, in Danish and English.

/// A broken rule of tasks, thrown inside a ``DomainError`` that names the field.
public enum TaskProblem: LocalizedText, Equatable {
    case required
    case notOpen(TaskStatus)
    case closedBeforeCreated(Day)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.required, .danish): "skal udfyldes"
        case (.required, .english): "is required"
        case (.notOpen(let status), .danish): "opgaven er \(status.text(.danish)) og kan ikke ændres"
        case (.notOpen(let status), .english): "the task is \(status.text(.english)) and cannot change"
        case (.closedBeforeCreated(let day), .danish): "kan ikke være før opgaven blev oprettet (\(day))"
        case (.closedBeforeCreated(let day), .english): "cannot be before the task was created (\(day))"
        }
    }
}
