// Part 1 of a KIP: the citizen's name, the legal basis, consent and the participants.

/// Part 1 of a coordinated plan, filled in by the coordinator (tovholder).
public struct KIPMasterData: Codable, Sendable, Equatable {
    /// The citizen's name as written in the plan.
    public var citizenName: String
    /// The legal basis of the efforts, in words (e.g. "SEL § 101, SUL § 142").
    public var legalBasis: String
    /// What the citizen consented to, in words.
    public var consentNote: String
    /// The recorded consents the plan rests on. Activation needs at least one; whether each is
    /// valid today is checked where consents are kept, not here.
    public var consents: [ConsentID]
    /// The coordinator: the actor closest to the citizen. The role moves over time; the plan's
    /// versions keep who held it when. Activation needs one.
    public var coordinator: ActorID?
    /// The practitioners taking part (the citizen always takes part and is not listed).
    public var participants: [ActorID]

    public init(
        citizenName: String = "", legalBasis: String = "", consentNote: String = "", consents: [ConsentID] = [],
        coordinator: ActorID? = nil, participants: [ActorID] = []
    ) {
        self.citizenName = citizenName
        self.legalBasis = legalBasis
        self.consentNote = consentNote
        self.consents = consents
        self.coordinator = coordinator
        self.participants = participants
    }
}
