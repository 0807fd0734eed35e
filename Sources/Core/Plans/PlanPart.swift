// The free-text parts of each kind of plan, named as the CLI (`--part`) and the diff paths name them.

/// A part of a plan's content that holds text. Each belongs to one ``PlanKind``; the raw value is
/// the part's path (`handleplan.purpose`, `kip.challenges.citizen`).
public enum PlanPart: String, CaseIterable, Codable, Sendable, LocalizedText {
    case treatmentOffer = "behandlingsplan.offer"
    case treatmentMethod = "behandlingsplan.method"
    case treatmentFrequency = "behandlingsplan.frequency"
    case treatmentDuration = "behandlingsplan.expectedDuration"
    case treatmentAftercare = "behandlingsplan.aftercare"

    case purpose = "handleplan.purpose"
    case efforts = "handleplan.efforts"
    case expectedDuration = "handleplan.expectedDuration"
    case housing = "handleplan.other.housing"
    case employment = "handleplan.other.employment"
    case personalHelp = "handleplan.other.personalHelp"
    case treatment = "handleplan.other.treatment"
    case aids = "handleplan.other.aids"

    case citizenName = "kip.name"
    case legalBasis = "kip.legalBasis"
    case consentNote = "kip.consent"
    case challengesPractitioners = "kip.challenges.practitioners"
    case challengesCitizen = "kip.challenges.citizen"
    case challengesRelatives = "kip.challenges.relatives"
    case challengesAcute = "kip.challenges.acute"
    case priorities = "kip.priorities"

    /// The kind of plan the part belongs to.
    public var kind: PlanKind {
        switch self {
        case .treatmentOffer, .treatmentMethod, .treatmentFrequency, .treatmentDuration, .treatmentAftercare:
            .behandlingsplan
        case .purpose, .efforts, .expectedDuration, .housing, .employment, .personalHelp, .treatment, .aids:
            .handleplan
        case .citizenName, .legalBasis, .consentNote, .challengesPractitioners, .challengesCitizen,
            .challengesRelatives, .challengesAcute, .priorities:
            .kip
        }
    }

    /// The parts of `kind`, in the order the plan is read.
    public static func parts(of kind: PlanKind) -> [PlanPart] { allCases.filter { $0.kind == kind } }

    public func text(_ language: Language) -> String {
        let (danish, english) = names
        return language == .danish ? danish : english
    }

    private var names: (String, String) {
        switch self {
        case .treatmentOffer: ("Behandlingstilbud", "Treatment offer")
        case .treatmentMethod: ("Metode", "Method")
        case .treatmentFrequency: ("Hyppighed", "Frequency")
        case .treatmentDuration: ("Forventet varighed", "Expected duration")
        case .treatmentAftercare: ("Efterbehandling og videre støtte", "Aftercare and later support")
        case .purpose: ("Formål", "Purpose")
        case .efforts: ("Indsatser", "Efforts")
        case .expectedDuration: ("Forventet varighed", "Expected duration")
        case .housing: ("Andre forhold: bolig", "Other matters: housing")
        case .employment: ("Andre forhold: beskæftigelse", "Other matters: employment")
        case .personalHelp: ("Andre forhold: personlig hjælp", "Other matters: personal help")
        case .treatment: ("Andre forhold: behandling", "Other matters: treatment")
        case .aids: ("Andre forhold: hjælpemidler", "Other matters: aids")
        case .citizenName: ("1. Stamdata: navn", "1. Master data: name")
        case .legalBasis: ("1. Stamdata: lovgrundlag", "1. Master data: legal basis")
        case .consentNote: ("1. Stamdata: samtykke", "1. Master data: consent")
        case .challengesPractitioners:
            ("3. Udfordringer set af fagpersoner", "3. Challenges seen by practitioners")
        case .challengesCitizen: ("3. Udfordringer set af borgeren", "3. Challenges seen by the citizen")
        case .challengesRelatives: ("3. Udfordringer set af pårørende", "3. Challenges seen by relatives")
        case .challengesAcute: ("3. Akutte udfordringer", "3. Acute challenges")
        case .priorities: ("4. Fælles prioriteringer", "4. Shared priorities")
        }
    }
}
