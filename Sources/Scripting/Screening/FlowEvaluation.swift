// What evaluating a set of answers gave: a result, or the reasons the flow refused to score them.
import Core

/// The outcome of ``LoadedFlow/evaluate(_:context:)``.
public enum FlowEvaluation: Sendable, Equatable {
    case scored(ScreeningResult)
    /// The missing-answer policy is "error" and these visible, required items are unanswered.
    case missingAnswers([String])
    /// A validation rule refused an answer.
    case invalidAnswer(id: String, message: FlowText)

    /// The result; throws the refusal as a `DomainError` naming the item(s).
    public func result() throws -> ScreeningResult {
        switch self {
        case .scored(let result): return result
        case .missingAnswers(let ids): throw DomainError(field: "answers", ScreeningProblem.missingAnswers(ids))
        case .invalidAnswer(let id, let message): throw DomainError(field: id, ScreeningProblem.invalid(message))
        }
    }
}
