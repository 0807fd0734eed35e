// What shared information may be used for: treatment and coordination, or other purposes.

/// The purpose a consent allows sharing for. Sharing between professionals for treatment needs
/// consent; sharing for other purposes, or with authorities, needs a consent of its own. Raw values
/// are stable for storage and the CLI.
public enum ConsentPurpose: String, CaseIterable, Codable, Hashable, Sendable {
    /// Treatment and the coordination of the citizen's course between professionals, relatives included.
    case treatment
    /// Any other purpose, including giving information to authorities.
    case other

    /// The words people read.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.treatment, .danish): return "behandling og koordinering"
        case (.treatment, .english): return "treatment and coordination"
        case (.other, .danish): return "andre formål, herunder myndigheder"
        case (.other, .english): return "other purposes, including authorities"
        }
    }
}
