// Who has been the case's coordinator (tovholder) and when; the role moves and the history stays.

/// The coordinating function of one case over time. The coordinator is the professional closest to
/// the citizen, and the role moves (from the addiction counsellor to the job consultant, say):
/// assigning a new one ends the current assignment, and every assignment is kept.
public struct CoordinatorHistory: Hashable, Codable, Sendable {
    public let caseID: CaseID
    /// Every assignment, oldest first; only the last can still be open.
    public private(set) var assignments: [CoordinatorAssignment]

    /// A case without a coordinator yet.
    public init(caseID: CaseID) {
        self.caseID = caseID
        self.assignments = []
    }

    /// The coordinator now: the open assignment, if any.
    public var current: CoordinatorAssignment? {
        assignments.last.flatMap { $0.endedOn == nil ? $0 : nil }
    }

    /// The coordinator on `day`.
    public func current(on day: Day) -> CoordinatorAssignment? {
        assignments.last { $0.covers(day) }
    }

    /// Makes `actor` the coordinator from `day`, ending the current assignment that day.
    /// - Throws: `DomainError(field: "actor", ...)` when the actor is not stored, is an organisation,
    ///   is the citizen or a relative, or already is the coordinator; `DomainError(field: "date", ...)`
    ///   when `day` is before the current assignment's start or before the last one ended.
    public mutating func assign(_ actor: Actor, on day: Day, reason: String? = nil) throws {
        guard let actorID = actor.id else { throw DomainError(field: "actor", ActorProblem.actorNotStored) }
        guard actor.form == .person else { throw DomainError(field: "actor", ActorProblem.coordinatorMustBePerson) }
        guard actor.kind.canCoordinate else {
            throw DomainError(field: "actor", ActorProblem.coordinatorMustBeProfessional(actor.kind))
        }
        if let current {
            guard current.actor != actorID else { throw DomainError(field: "actor", ActorProblem.alreadyCoordinator) }
            guard day >= current.from else {
                throw DomainError(field: "date", ActorProblem.beforeCurrentCoordinator(since: current.from))
            }
            endCurrent(on: day)
        } else if let ended = assignments.last?.endedOn, day < ended {
            throw DomainError(field: "date", ActorProblem.beforeLastAssignmentEnded(ended))
        }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        assignments.append(
            CoordinatorAssignment(actor: actorID, from: day, reason: reason?.isEmpty == false ? reason : nil))
    }

    /// Ends the current assignment without a successor (for example at discharge); `day` is the
    /// first day without a coordinator.
    /// - Throws: `DomainError` when there is no coordinator (`actor`) or `day` is before the current
    ///   assignment's start (`date`).
    public mutating func end(on day: Day) throws {
        guard let current else { throw DomainError(field: "actor", ActorProblem.noCoordinator) }
        guard day >= current.from else {
            throw DomainError(field: "date", ActorProblem.beforeCurrentCoordinator(since: current.from))
        }
        endCurrent(on: day)
    }

    /// Closes the last assignment on `day`.
    private mutating func endCurrent(on day: Day) {
        guard let last = assignments.popLast() else { return }
        assignments.append(CoordinatorAssignment(actor: last.actor, from: last.from, endedOn: day, reason: last.reason))
    }
}
