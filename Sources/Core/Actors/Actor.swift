// A person or organisation around the citizen: the citizen, a relative, or a professional or service.
import Foundation

/// Someone who takes part in a citizen's course: the citizen, a relative, a GP, a treatment offer, a
/// job centre. Actors are shared between cases; their part in one case is a ``Participant``.
public struct Actor: Hashable, Codable, Sendable {
    /// Nil until the actor is stored.
    public var id: ActorID?
    /// The person's or the organisation's name, trimmed.
    public let name: String
    public let kind: ActorKind
    public let form: ActorForm
    /// The organisation the actor belongs to (a GP's clinic, a counsellor's treatment centre).
    public let organisation: String?
    /// Whether the actor is a necessary participant in the coordinated plan, rather than called as needed.
    public let isNecessary: Bool

    /// - Parameter isNecessary: defaults to the kind's ``ActorKind/isNecessaryByDefault``.
    /// - Throws: `DomainError` for an empty name (`name`) or an organisation of a kind that is
    ///   always a person (`kind`).
    public init(
        id: ActorID? = nil, name: String, kind: ActorKind, form: ActorForm = .person, organisation: String? = nil,
        isNecessary: Bool? = nil
    ) throws {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError(field: "name", ActorProblem.emptyName) }
        if kind.isAlwaysPerson, form == .organisation {
            throw DomainError(field: "kind", ActorProblem.mustBePerson(kind))
        }
        let organisation = organisation?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.id = id
        self.name = name
        self.kind = kind
        self.form = form
        self.organisation = organisation?.isEmpty == false ? organisation : nil
        self.isNecessary = isNecessary ?? kind.isNecessaryByDefault
    }
}
