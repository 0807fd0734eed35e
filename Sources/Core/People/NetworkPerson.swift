// A relative or other person in the citizen's network, and whether they count as the parent.
import Foundation

/// A relative or other person in the citizen's network. Involving them needs the citizen's consent,
/// except that the parents of a citizen under 18 are involved without one: ``isParent`` marks who
/// counts as a parent for that rule, and ``actor`` links the person to the ``Actor`` (of kind
/// ``ActorKind/relative``) that represents them when they take part in a case.
public struct NetworkPerson: Hashable, Codable, Sendable {
    public let name: String
    public let relation: NetworkRelation
    /// A parent or other holder of parental authority: the under-18 rule lets them receive
    /// information without the citizen's consent.
    public let isParent: Bool
    /// How to reach the person, or anything else the caseworker notes.
    public let contactNote: String?
    /// The actor that represents this person in cases, once there is one.
    public var actor: ActorID?

    /// - Parameters:
    ///   - isParent: defaults to `relation == .parent`; set it to `false` for a parent without
    ///     custody, or to `true` with relation `other` for a step-parent, foster parent or guardian.
    /// - Throws: `DomainError` for an empty name (`name`) or a parent flag that contradicts the
    ///   relation (`parent`).
    public init(
        name: String, relation: NetworkRelation, isParent: Bool? = nil, contactNote: String? = nil,
        actor: ActorID? = nil
    ) throws {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError(field: "name", CitizenProblem.emptyName) }
        let isParent = isParent ?? (relation == .parent)
        if isParent, !relation.canBeParent {
            throw DomainError(field: "parent", CitizenProblem.parentContradictsRelation(relation))
        }
        let note = contactNote?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.name = name
        self.relation = relation
        self.isParent = isParent
        self.contactNote = note?.isEmpty == false ? note : nil
        self.actor = actor
    }
}
