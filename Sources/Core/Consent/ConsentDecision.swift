// Whether information may be shared with an actor on a day, and why, from the case's consents.

/// The answer to "may this category of information about the citizen go to this actor on this day,
/// for this purpose?", with the reason in words that name the consent concerned.
public enum ConsentDecision: Hashable, Sendable, LocalizedText {
    case allowed(ConsentGround)
    case refused(ConsentRefusal)

    /// Whether the sharing is allowed.
    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    /// The decision and its reason, in words.
    public func text(_ language: Language) -> String {
        switch self {
        case .allowed(let ground): return ground.text(language)
        case .refused(let refusal): return refusal.text(language)
        }
    }

    /// Decides from one case's consents.
    ///
    /// The rules, in order:
    /// 1. A citizen under 18 on `day` (see ``Citizen/isMinor(on:)``) involves their parents without
    ///    consent: sharing for treatment with an actor of kind ``ActorKind/relative`` that the
    ///    citizen's network marks as a parent is allowed. For other purposes, and for adults (from
    ///    the 18th birthday on), relatives need consent like everyone else.
    /// 2. Otherwise a consent must cover the recipient (the actor itself, or its kind), the purpose,
    ///    the category and the day, and not be revoked on or before the day. The first such consent
    ///    in `consents` is named.
    /// 3. If none does, the refusal says why: no consent in the case; none for this recipient; or
    ///    what is wrong with the recipient's consent that comes closest (checked in the order
    ///    revocation, validity, purpose, category; the first of equally close ones).
    ///
    /// - Parameters:
    ///   - consents: the case's consents, revoked ones included.
    ///   - actor: the actor that would receive the information, and `kind` its kind.
    ///   - purpose: what the information is for; treatment and coordination unless said otherwise.
    public static func decide(
        consents: [Consent], citizen: Citizen, recipient actor: ActorID, kind: ActorKind, category: DataCategory,
        on day: Day, purpose: ConsentPurpose = .treatment
    ) -> ConsentDecision {
        if purpose == .treatment, kind == .relative, citizen.hasParent(actor), citizen.isMinor(on: day) {
            return .allowed(.parentOfMinor)
        }
        guard !consents.isEmpty else { return .refused(.noConsent) }
        var closest = ConsentRefusal.recipientNotCovered
        for consent in consents where consent.recipient.covers(actor, kind: kind) {
            guard let refusal = consent.refusal(of: category, for: purpose, on: day) else {
                return .allowed(.consent(consent))
            }
            if refusal.closeness > closest.closeness { closest = refusal }
        }
        return .refused(closest)
    }
}
