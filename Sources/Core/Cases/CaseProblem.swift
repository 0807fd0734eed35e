// What can be wrong when a treatment case is opened, moved along its course, or transferred.

/// A case change the rules do not allow. Thrown as `DomainError(field:, ...)` with the field named
/// as the CLI option: `municipality`, `to`, `citizen`, `basis`, `date`, `status`, `reason`, `advice`.
public enum CaseProblem: LocalizedText, Hashable {
    /// A municipality code that is not exactly four digits.
    case invalidMunicipalityCode(String)
    /// The citizen has no id yet: store the citizen before opening a case.
    case citizenNotStored
    /// § 101 a is anonymous treatment, but the citizen has a CPR number.
    case anonymousBasisForIdentifiedCitizen
    /// The basis needs a CPR number, but the citizen is anonymous.
    case basisRequiresCPR(LegalBasis)
    /// The case is discharged, so nothing more can be recorded on it.
    case closed
    /// The change is not possible from the case's current status.
    case notPossible(CaseEventKind, from: CaseStatus)
    /// The day lies before the request day.
    case beforeRequest(Day)
    /// The day lies before the previous status change.
    case beforePreviousChange(Day)
    /// The day lies before the previous transfer.
    case beforePreviousTransfer(Day)
    /// A transfer to the municipality already acting.
    case sameMunicipality(MunicipalityCode)
    /// A reason that must be given is empty.
    case emptyReason
    /// The citizen's choice of another offer is already recorded.
    case otherOfferAlreadyRecorded(Day)
    /// The choice of another offer is dated after treatment started.
    case otherOfferAfterStart(Day)

    public func text(_ language: Language) -> String {
        switch language {
        case .danish: return danish
        case .english: return english
        }
    }

    private var danish: String {
        switch self {
        case .invalidMunicipalityCode(let text):
            return "Kommunekoden skal være præcis 4 cifre (f.eks. 0101 for København), ikke '\(text)'."
        case .citizenNotStored: return "Borgeren skal være oprettet, før der kan oprettes en sag."
        case .anonymousBasisForIdentifiedCitizen:
            return "§ 101 a er anonym behandling: borgeren må ikke have et CPR-nummer."
        case .basisRequiresCPR(let basis):
            return "\(basis.displayName(.danish)) kræver et CPR-nummer; anonym behandling sker efter § 101 a."
        case .closed: return "Sagen er lukket (borgeren er udskrevet)."
        case .notPossible(let kind, let status):
            return "'\(kind.displayName(.danish))' er ikke muligt for en sag med status "
                + "'\(status.displayName(.danish))'."
        case .beforeRequest(let day): return "Datoen må ikke ligge før henvendelsen \(day)."
        case .beforePreviousChange(let day): return "Datoen må ikke ligge før sagens seneste ændring \(day)."
        case .beforePreviousTransfer(let day): return "Datoen må ikke ligge før den seneste overflytning \(day)."
        case .sameMunicipality(let code): return "Sagen hører allerede til kommune \(code)."
        case .emptyReason:
            return "Begrundelsen mangler."
                + "(foreninger, efterbehandling, andre tilbud)."
        case .otherOfferAlreadyRecorded(let day):
            return "Borgerens valg af andet tilbud er allerede registreret \(day)."
        case .otherOfferAfterStart(let day):
            return "Valget af andet tilbud må ikke ligge efter behandlingsstarten \(day)."
        }
    }

    private var english: String {
        switch self {
        case .invalidMunicipalityCode(let text):
            return "A municipality code is exactly 4 digits (such as 0101 for København), not '\(text)'."
        case .citizenNotStored: return "Store the citizen before opening a case."
        case .anonymousBasisForIdentifiedCitizen:
            return "§ 101 a is anonymous treatment: the citizen must not have a CPR number."
        case .basisRequiresCPR(let basis):
            return "\(basis.displayName(.english)) needs a CPR number; anonymous treatment is § 101 a."
        case .closed: return "The case is closed (the citizen was discharged)."
        case .notPossible(let kind, let status):
            return "'\(kind.displayName(.english))' is not possible for a case that is "
                + "'\(status.displayName(.english))'."
        case .beforeRequest(let day): return "The date must not be before the request on \(day)."
        case .beforePreviousChange(let day): return "The date must not be before the case's last change on \(day)."
        case .beforePreviousTransfer(let day): return "The date must not be before the last transfer on \(day)."
        case .sameMunicipality(let code): return "The case already belongs to municipality \(code)."
        case .emptyReason:
            return "The reason is missing."
                + "(associations, aftercare, other offers)."
        case .otherOfferAlreadyRecorded(let day):
            return "The citizen's choice of another offer was already recorded on \(day)."
        case .otherOfferAfterStart(let day):
            return "The choice of another offer must not be dated after treatment started on \(day)."
        }
    }
}
