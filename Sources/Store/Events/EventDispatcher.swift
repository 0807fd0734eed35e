// The seam between a command's events and the workflows that react to them, inside the command's transaction.

/// Handles the events a command raised, before the command commits. Implemented by the workflow
/// engine (in Scripting, which the store does not know); a database opened without one keeps
/// its events for later and runs nothing. A dispatcher that throws rolls back the whole command.
public protocol EventDispatcher: Sendable {
    /// Handles `events` (oldest first) in `transaction`. What the handlers do may raise more
    /// events; the store hands those over in the next round.
    func dispatch(_ events: [RecordedEvent], in transaction: StoreTransaction) throws
}

/// Events that keep raising events: a workflow rule that reacts to what it causes itself.
public struct EventCascadeError: Error, CustomStringConvertible {
    public let rounds: Int
    public let lastKinds: [String]

    public var description: String {
        "the workflows kept raising events for \(rounds) rounds (last: \(lastKinds.joined(separator: ", "))); "
            + "a rule probably reacts to its own effect"
    }
}

extension StoreTransaction {
    /// At most this many rounds of events raised by handlers of events per command.
    static let maximumDispatchRounds = 16

    /// Runs the workflows on the events raised so far now, instead of just before the commit: for a
    /// command that reports what the workflows did (`tick`). Without a dispatcher, does nothing.
    public func dispatchRaisedEvents() throws {
        try dispatchRaisedEvents(to: dispatcher)
    }

    /// Hands the events raised so far to `dispatcher`, then those its handlers raised, until none
    /// are left. Called by the database before a command commits.
    public func dispatchRaisedEvents(to dispatcher: (any EventDispatcher)?) throws {
        guard let dispatcher else { return }
        var rounds = 0
        while true {
            let events = raisedEvents.take()
            if events.isEmpty { return }
            rounds += 1
            guard rounds <= Self.maximumDispatchRounds else {
                throw EventCascadeError(rounds: rounds - 1, lastKinds: Array(Set(events.map(\.kind))).sorted())
            }
            try dispatcher.dispatch(events, in: self)
        }
    }
}

/// The events this transaction raised that no dispatcher has seen yet.
final class RaisedEvents {
    private var pending: [RecordedEvent] = []

    func append(_ event: RecordedEvent) { pending.append(event) }

    func snapshot() -> [RecordedEvent] { pending }

    func restore(_ events: [RecordedEvent]) { pending = events }

    func take() -> [RecordedEvent] {
        defer { pending = [] }
        return pending
    }
}
