// The sector an intervention belongs to and whether it is coordinated or integrated.

/// The sector that delivers an ``Intervention``.
public enum InterventionSector: String, CaseIterable, Codable, Sendable, LocalizedText {
    case social
    case health
    case employment
    case justice
    case education

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.social, .danish): "socialområdet"
        case (.social, .english): "social services"
        case (.health, .danish): "sundhedsområdet"
        case (.health, .english): "health"
        case (.employment, .danish): "beskæftigelsesområdet"
        case (.employment, .english): "employment"
        case (.justice, .danish): "retsområdet"
        case (.justice, .english): "justice"
        case (.education, .danish): "uddannelsesområdet"
        case (.education, .english): "education"
        }
    }
}

/// How an intervention relates to the citizen's other courses (national guideline for social drug
/// treatment).
public enum InterventionMode: String, CaseIterable, Codable, Sendable, LocalizedText {
    /// Separate courses that support each other.
    case coordinated
    /// One course across fields.
    case integrated

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.coordinated, .danish): "koordineret"
        case (.coordinated, .english): "coordinated"
        case (.integrated, .danish): "integreret"
        case (.integrated, .english): "integrated"
        }
    }
}
