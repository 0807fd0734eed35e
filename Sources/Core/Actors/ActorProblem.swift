// What can be wrong with an actor, a participation or a coordinator assignment.

/// An actor, participation or coordinator change the rules do not allow. Thrown as
/// `DomainError(field:, ...)` with the field named as the CLI option: `name`, `kind`, `actor`,
/// `date`, `until`.
public enum ActorProblem: LocalizedText, Hashable {
    /// The name is empty or only white space.
    case emptyName
    /// An organisation of a kind that is always a person (the citizen, a relative).
    case mustBePerson(ActorKind)
    /// The actor has no id yet: store it first.
    case actorNotStored
    /// An organisation cannot be coordinator: the role belongs to a named person.
    case coordinatorMustBePerson
    /// The citizen or a relative cannot be coordinator: the role belongs to a professional.
    case coordinatorMustBeProfessional(ActorKind)
    /// The actor is already the coordinator.
    case alreadyCoordinator
    /// The day lies before the current coordinator's start.
    case beforeCurrentCoordinator(since: Day)
    /// The day lies before the last coordinator's assignment ended.
    case beforeLastAssignmentEnded(Day)
    /// The case has no coordinator now.
    case noCoordinator
    /// The participation would end before it starts.
    case endsBeforeStart(Day)
    /// The participation has already ended.
    case participationEnded(Day)

    public func text(_ language: Language) -> String {
        switch language {
        case .danish: return danish
        case .english: return english
        }
    }

    private var danish: String {
        switch self {
        case .emptyName: return "Navnet mangler."
        case .mustBePerson(let kind): return "En aktør af typen '\(kind.displayName(.danish))' skal være en person."
        case .actorNotStored: return "Aktøren skal være oprettet først."
        case .coordinatorMustBePerson: return "Tovholderen skal være en navngiven person, ikke en organisation."
        case .coordinatorMustBeProfessional(let kind):
            return "En aktør af typen '\(kind.displayName(.danish))' kan ikke være tovholder; det er en fagperson."
        case .alreadyCoordinator: return "Aktøren er allerede tovholder."
        case .beforeCurrentCoordinator(let day):
            return "Datoen må ikke ligge før den nuværende tovholders start \(day)."
        case .beforeLastAssignmentEnded(let day):
            return "Datoen må ikke ligge før den seneste tovholders ophør \(day)."
        case .noCoordinator: return "Sagen har ingen tovholder."
        case .endsBeforeStart(let day): return "Slutdatoen må ikke ligge før startdatoen \(day)."
        case .participationEnded(let day): return "Deltagelsen er allerede afsluttet \(day)."
        }
    }

    private var english: String {
        switch self {
        case .emptyName: return "The name is missing."
        case .mustBePerson(let kind): return "An actor of kind '\(kind.displayName(.english))' must be a person."
        case .actorNotStored: return "Store the actor first."
        case .coordinatorMustBePerson: return "The coordinator must be a named person, not an organisation."
        case .coordinatorMustBeProfessional(let kind):
            return "An actor of kind '\(kind.displayName(.english))' cannot be coordinator; "
                + "the role is a professional's."
        case .alreadyCoordinator: return "The actor is already the coordinator."
        case .beforeCurrentCoordinator(let day):
            return "The date must not be before the current coordinator's start on \(day)."
        case .beforeLastAssignmentEnded(let day):
            return "The date must not be before the last coordinator's assignment ended on \(day)."
        case .noCoordinator: return "The case has no coordinator."
        case .endsBeforeStart(let day): return "The end date must not be before the start date \(day)."
        case .participationEnded(let day): return "The participation already ended on \(day)."
        }
    }
}
