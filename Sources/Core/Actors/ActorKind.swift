// The kinds of actor around a citizen, and which of them are necessary participants by default.

/// What an actor is: the citizen, a relative, or a professional or service. Raw values are stable
/// snake_case for storage, the CLI, Lua and consent scopes.
public enum ActorKind: String, CaseIterable, Codable, Hashable, Sendable {
    case citizen
    case relative
    case outpatientPsychiatry = "outpatient_psychiatry"
    case drugTreatment = "drug_treatment"
    case alcoholTreatment = "alcohol_treatment"
    case gp
    case supportContactPerson = "support_contact_person"
    case mentor
    case housingSupport = "housing_support"
    /// The PSP cooperation: police, social services and psychiatry.
    case psp
    case jobCentre = "job_centre"
    case educationGuidance = "education_guidance"
    /// The Prison and Probation Service (Kriminalforsorgen).
    case prisonAndProbation = "prison_and_probation"
    case other

    /// Whether actors of this kind are necessary participants in the coordinated plan: the citizen,
    /// relatives, outpatient psychiatry, the drug and alcohol treatment offers and the GP. The rest
    /// are called as needed.
    public var isNecessaryByDefault: Bool {
        switch self {
        case .citizen, .relative, .outpatientPsychiatry, .drugTreatment, .alcoholTreatment, .gp: return true
        case .supportContactPerson, .mentor, .housingSupport, .psp, .jobCentre, .educationGuidance,
            .prisonAndProbation, .other:
            return false
        }
    }

    /// Whether an actor of this kind is always a single person, never an organisation.
    public var isAlwaysPerson: Bool { self == .citizen || self == .relative }

    /// Whether this kind can hold the coordinating function: a professional, not the citizen or a relative.
    public var canCoordinate: Bool { !isAlwaysPerson }

    /// The name people read.
    public func displayName(_ language: Language) -> String {
        switch language {
        case .danish: return danishName
        case .english: return englishName
        }
    }

    private var danishName: String {
        switch self {
        case .citizen: return "borger"
        case .relative: return "pårørende"
        case .outpatientPsychiatry: return "ambulant psykiatri"
        case .drugTreatment: return "stofmisbrugsbehandling"
        case .alcoholTreatment: return "alkoholbehandling"
        case .gp: return "praktiserende læge"
        case .supportContactPerson: return "støtte- og kontaktperson"
        case .mentor: return "mentor"
        case .housingSupport: return "bostøtte"
        case .psp: return "PSP-samarbejdet (politi, socialforvaltning, psykiatri)"
        case .jobCentre: return "jobcenter"
        case .educationGuidance: return "uddannelsesvejledning"
        case .prisonAndProbation: return "Kriminalforsorgen"
        case .other: return "anden aktør"
        }
    }

    private var englishName: String {
        switch self {
        case .citizen: return "citizen"
        case .relative: return "relative"
        case .outpatientPsychiatry: return "outpatient psychiatry"
        case .drugTreatment: return "drug treatment"
        case .alcoholTreatment: return "alcohol treatment"
        case .gp: return "general practitioner"
        case .supportContactPerson: return "support and contact person"
        case .mentor: return "mentor"
        case .housingSupport: return "housing support"
        case .psp: return "PSP cooperation (police, social services, psychiatry)"
        case .jobCentre: return "job centre"
        case .educationGuidance: return "education guidance"
        case .prisonAndProbation: return "Prison and Probation Service"
        case .other: return "other actor"
        }
    }
}
