// An actor's part in one case: who, in what role, for which days.
import Foundation

/// An actor taking part in a case for a ``period``. The role is free text (for example
/// "behandler", "bostøttemedarbejder", "kontaktperson i jobcenteret"): what the actor *is* is
/// already structured in ``Actor/kind`` and ``Actor/isNecessary``, and the coordinating function
/// has its own history in ``CoordinatorHistory``, so a role enum would only repeat them.
public struct Participant: Hashable, Codable, Sendable {
    /// Nil until stored.
    public var id: ParticipantID?
    public let caseID: CaseID
    public let actor: ActorID
    /// The actor's role in this case, in the caseworker's words; nil when the kind says enough.
    public let role: String?
    /// The days the actor takes part, both ends included; open while they still do.
    public private(set) var period: Period

    /// - Throws: `DomainError(field: "until", ...)` when `until` is before `from`.
    public init(
        id: ParticipantID? = nil, caseID: CaseID, actor: ActorID, role: String? = nil, from: Day, until: Day? = nil
    ) throws {
        guard let period = Period(start: from, end: until) else {
            throw DomainError(field: "until", ActorProblem.endsBeforeStart(from))
        }
        let role = role?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.id = id
        self.caseID = caseID
        self.actor = actor
        self.role = role?.isEmpty == false ? role : nil
        self.period = period
    }

    /// Whether the actor takes part on `day`.
    public func isActive(on day: Day) -> Bool { period.contains(day) }

    /// Ends the participation; `day` is the last day the actor takes part.
    /// - Throws: `DomainError(field: "until", ...)` when it already ended or `day` is before the start.
    public mutating func end(on day: Day) throws {
        if let end = period.end { throw DomainError(field: "until", ActorProblem.participationEnded(end)) }
        guard let ended = Period(start: period.start, end: day) else {
            throw DomainError(field: "until", ActorProblem.endsBeforeStart(period.start))
        }
        period = ended
    }
}
