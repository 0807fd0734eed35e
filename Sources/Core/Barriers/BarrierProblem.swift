// What can be wrong with a barrier assessment, in Danish and English.

/// A broken rule of barrier assessments, thrown inside a ``DomainError`` that names the field.
public enum BarrierProblem: LocalizedText, Equatable {
    case required
    case nothingRated

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.required, .danish): "skal udfyldes"
        case (.required, .english): "is required"
        case (.nothingRated, .danish): "mindst ét punkt skal vurderes"
        case (.nothingRated, .english): "at least one item must be rated"
        }
    }
}
