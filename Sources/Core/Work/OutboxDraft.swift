// A message someone wants to send an actor, before the consent check has allowed it.

/// What a caseworker or a workflow rule asks to send: to whom, about which case, the text, and the
/// categories of information it contains. ``queueing(consents:citizen:recipient:createdBy:)``
/// checks it against the case's consents.
public struct OutboxDraft: Sendable, Equatable {
    public var caseID: CaseID
    public var recipient: ActorID
    public var subject: String
    public var body: String
    /// A reference to an attached document, such as `plan:4@3`.
    public var document: String?
    /// What the content contains: every one must be allowed.
    public var categories: Set<DataCategory>
    public var purpose: ConsentPurpose
    public var origin: TaskOrigin
    /// The day the message is prepared, and the day consent is checked for.
    public var day: Day

    public init(
        caseID: CaseID, recipient: ActorID, subject: String, body: String, document: String? = nil,
        categories: Set<DataCategory>, purpose: ConsentPurpose = .treatment, origin: TaskOrigin = .manual, day: Day
    ) {
        self.caseID = caseID
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.document = document
        self.categories = categories
        self.purpose = purpose
        self.origin = origin
        self.day = day
    }

    /// The message, when every category is allowed for `recipient` on ``day`` by the case's
    /// `consents` (see ``ConsentDecision/decide(consents:citizen:recipient:kind:category:on:purpose:)``),
    /// recording the consents that allowed it; otherwise the refusal naming each refused category.
    /// - Parameter recipient: the stored actor with id ``recipient``.
    /// - Throws: `DomainError` for a draft that is no message (empty subject, body or categories),
    ///   checked before consent.
    public func queueing(consents: [Consent], citizen: Citizen, recipient actor: Actor, createdBy: String) throws
        -> OutboxQueueing
    {
        _ = try message(consents: [], createdBy: createdBy)
        var allowedBy = Set<ConsentID>()
        var refused: [OutboxRefusal.RefusedCategory] = []
        for category in DataCategory.allCases where categories.contains(category) {
            let decision = ConsentDecision.decide(
                consents: consents, citizen: citizen, recipient: recipient, kind: actor.kind, category: category,
                on: day, purpose: purpose)
            switch decision {
            case .allowed(.consent(let consent)): if let id = consent.id { allowedBy.insert(id) }
            case .allowed(.parentOfMinor): break
            case .refused(let reason): refused.append(.init(category: category, reason: reason))
            }
        }
        guard refused.isEmpty else {
            return .refused(
                OutboxRefusal(recipient: recipient, recipientName: actor.name, purpose: purpose, refused: refused))
        }
        return .queued(try message(consents: allowedBy.sorted(), createdBy: createdBy))
    }

    private func message(consents: [ConsentID], createdBy: String) throws -> OutboxMessage {
        try OutboxMessage(
            caseID: caseID, recipient: recipient, subject: subject, body: body, document: document,
            categories: categories, purpose: purpose, consents: consents, origin: origin, created: day,
            createdBy: createdBy)
    }
}
