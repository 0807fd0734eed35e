// The answer to "queue this message": queued, or refused for want of consent.

/// What became of an ``OutboxDraft``: stored as a pending message, or refused because the citizen
/// has not consented to sharing its content with the recipient. A refusal is an expected answer,
/// not an error, so that a workflow rule can react to it.
public enum OutboxQueueing: Sendable, Equatable {
    case queued(OutboxMessage)
    case refused(OutboxRefusal)

    /// The queued message; nil when refused.
    public var message: OutboxMessage? {
        if case .queued(let message) = self { return message }
        return nil
    }

    /// The refusal; nil when queued.
    public var refusal: OutboxRefusal? {
        if case .refused(let refusal) = self { return refusal }
        return nil
    }
}
