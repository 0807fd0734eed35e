// The law a treatment case is opened under, and what follows from it: guarantee, handleplan, CPR.

/// The legal basis of a treatment case. Raw values are stable for storage and the CLI.
public enum LegalBasis: String, CaseIterable, Codable, Hashable, Sendable {
    /// Serviceloven § 101: social drug treatment.
    case sel101
    /// Serviceloven § 101 a: anonymous drug treatment; no guarantee, no handleplan, no CPR number.
    case sel101a
    /// Sundhedsloven § 141: alcohol treatment.
    case sul141
    /// Sundhedsloven § 142: medical drug treatment, including substitution.
    case sul142

    /// The name caseworkers read, with the paragraph.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.sel101, .danish): return "Serviceloven § 101 (social stofmisbrugsbehandling)"
        case (.sel101, .english): return "Social Services Act § 101 (social drug treatment)"
        case (.sel101a, .danish): return "Serviceloven § 101 a (anonym stofmisbrugsbehandling)"
        case (.sel101a, .english): return "Social Services Act § 101 a (anonymous drug treatment)"
        case (.sul141, .danish): return "Sundhedsloven § 141 (alkoholbehandling)"
        case (.sul141, .english): return "Health Act § 141 (alcohol treatment)"
        case (.sul142, .danish): return "Sundhedsloven § 142 (lægelig stofmisbrugsbehandling)"
        case (.sul142, .english): return "Health Act § 142 (medical drug treatment)"
        }
    }

    /// The days from the citizen's request within which treatment must start; nil where no
    /// treatment guarantee applies (§ 101 a). § 142 also gives a right to a doctor's consultation
    /// within the same 14 days.
    public var guaranteeDays: Int? { self == .sel101a ? nil : 14 }

    /// Whether the 14-day treatment guarantee applies.
    public var hasTreatmentGuarantee: Bool { guaranteeDays != nil }

    /// Whether a handleplan (Serviceloven § 141) may be made for the case; not for § 101 a.
    public var allowsHandleplan: Bool { self != .sel101a }

    /// Whether the citizen must be identified by a CPR number; § 101 a treatment is anonymous.
    public var requiresCPR: Bool { self != .sel101a }

    /// Whether the treatment is anonymous, so the citizen must have a pseudonym and no CPR number.
    public var isAnonymous: Bool { self == .sel101a }
}
