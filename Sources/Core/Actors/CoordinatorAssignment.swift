// One actor's time as the case's coordinator (tovholder).

/// An actor held the coordinating function from ``from`` until the day before ``endedOn``.
public struct CoordinatorAssignment: Hashable, Codable, Sendable {
    public let actor: ActorID
    /// The first day the actor held the role.
    public let from: Day
    /// The first day the actor no longer held it (the next coordinator's first day, or the day the
    /// role ended); nil while they hold it. Equal to ``from`` for an assignment replaced the same day.
    public let endedOn: Day?
    /// Why the role moved to this actor (for example, "borgeren er startet i jobtræning").
    public let reason: String?

    public init(actor: ActorID, from: Day, endedOn: Day? = nil, reason: String? = nil) {
        self.actor = actor
        self.from = from
        self.endedOn = endedOn
        self.reason = reason
    }

    /// Whether the actor held the role on `day`.
    public func covers(_ day: Day) -> Bool { from <= day && (endedOn.map { day < $0 } ?? true) }
}
