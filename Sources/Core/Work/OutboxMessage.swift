// A prepared message to an actor, allowed by the citizen's consent, that the caseworker sends by hand.

/// A message the caseworker sends through the municipality's own channels (e-Boks, secure mail,
/// letter): Tovholder never sends anything over a network. It is only ever created after the
/// consent check allowed every category of information it contains, and it remembers the
/// ``consents`` that did. Made by hand or by a workflow rule (``origin``).
public struct OutboxMessage: Codable, Sendable, Equatable {
    /// Nil until the message is stored.
    public var id: OutboxMessageID?
    /// The case the message is about.
    public let caseID: CaseID
    /// The actor it goes to.
    public let recipient: ActorID
    public let subject: String
    /// The message text; it may hold health information, so it is never written to the audit log.
    public let body: String
    /// A reference to an attached document, such as `plan:4@3` (plan 4, version 3); none without one.
    public let document: String?
    /// What the content contains, in ``DataCategory``'s fixed order; never empty.
    public let categories: [DataCategory]
    /// What the information is shared for.
    public let purpose: ConsentPurpose
    /// The consents that allowed it; empty when no consent was needed (a minor's parent).
    public let consents: [ConsentID]
    public let origin: TaskOrigin
    /// The day it was prepared.
    public let created: Day
    /// The user who prepared it (or under whose command a workflow rule did).
    public let createdBy: String
    public private(set) var status: OutboxStatus
    /// The day it was sent.
    public private(set) var sent: Day?
    /// The user who sent it.
    public private(set) var sentBy: String?
    /// How it was sent: `e-boks`, `sikker mail`, `brev` ...
    public private(set) var channel: String?
    /// The day it was cancelled.
    public private(set) var cancelled: Day?
    /// The user who cancelled it.
    public private(set) var cancelledBy: String?
    /// Why it was cancelled.
    public private(set) var cancelReason: String?

    /// A pending message. Subject and body are trimmed; an empty document reference counts as none.
    /// - Throws: `DomainError` for an empty subject (`subject`), body (`body`) or user (`user`), or
    ///   no categories (`category`).
    public init(
        id: OutboxMessageID? = nil, caseID: CaseID, recipient: ActorID, subject: String, body: String,
        document: String? = nil, categories: Set<DataCategory>, purpose: ConsentPurpose = .treatment,
        consents: [ConsentID], origin: TaskOrigin = .manual, created: Day, createdBy: String
    ) throws {
        guard !categories.isEmpty else { throw DomainError(field: "category", OutboxProblem.noCategories) }
        self.id = id
        self.caseID = caseID
        self.recipient = recipient
        self.subject = try requiredText(subject, field: "subject", problem: OutboxProblem.required)
        self.body = try requiredText(body, field: "body", problem: OutboxProblem.required)
        let document = document.map(trimmedText)
        self.document = document?.isEmpty == false ? document : nil
        self.categories = DataCategory.allCases.filter(categories.contains)
        self.purpose = purpose
        self.consents = consents
        self.origin = origin
        self.created = created
        self.createdBy = try requiredText(createdBy, field: "user", problem: OutboxProblem.required)
        status = .pending
    }

    /// Records that the caseworker sent the message on `day` by `user`, through `channel` if said.
    /// - Throws: `DomainError` when the message is not pending (`status`), `day` is before it was
    ///   created (`date`), or `user` is empty (`user`).
    public mutating func markSent(on day: Day, by user: String, channel: String? = nil) throws {
        try requirePending(on: day)
        sentBy = try requiredText(user, field: "user", problem: OutboxProblem.required)
        let channel = channel.map(trimmedText)
        self.channel = channel?.isEmpty == false ? channel : nil
        sent = day
        status = .sent
    }

    /// Cancels the pending message on `day` by `user`, saying why; same rules as
    /// ``markSent(on:by:channel:)``, and an empty reason is refused (`reason`).
    public mutating func cancel(on day: Day, by user: String, reason: String) throws {
        try requirePending(on: day)
        let user = try requiredText(user, field: "user", problem: OutboxProblem.required)
        cancelReason = try requiredText(reason, field: "reason", problem: OutboxProblem.required)
        cancelledBy = user
        cancelled = day
        status = .cancelled
    }

    private func requirePending(on day: Day) throws {
        guard status == .pending else { throw DomainError(field: "status", OutboxProblem.notPending(status)) }
        guard day >= created else { throw DomainError(field: "date", OutboxProblem.beforeCreated(created)) }
    }
}
