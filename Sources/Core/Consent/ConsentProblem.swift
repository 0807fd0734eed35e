// What can be wrong when a consent is recorded or revoked.

/// A consent that cannot be recorded or revoked. Thrown as `DomainError(field:, ...)` with the
/// field named as the CLI option: `categories`, `until`, `user`, `consent`.
public enum ConsentProblem: LocalizedText, Hashable {
    /// A consent must cover at least one category.
    case noCategories
    /// The validity ends before it starts.
    case endsBeforeStart(Day)
    /// The user who records the consent or its revocation is not named.
    case missingUser
    /// The consent was already revoked.
    case alreadyRevoked(Day)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.noCategories, .danish): return "Samtykket skal omfatte mindst én kategori af oplysninger."
        case (.noCategories, .english): return "The consent must cover at least one category of information."
        case (.endsBeforeStart(let day), .danish): return "Samtykket kan ikke udløbe før det gælder fra \(day)."
        case (.endsBeforeStart(let day), .english): return "The consent cannot end before it starts on \(day)."
        case (.missingUser, .danish): return "Brugeren, der registrerer, mangler."
        case (.missingUser, .english): return "The user recording this is missing."
        case (.alreadyRevoked(let day), .danish): return "Samtykket er allerede tilbagekaldt \(day)."
        case (.alreadyRevoked(let day), .english): return "The consent was already revoked on \(day)."
        }
    }
}
