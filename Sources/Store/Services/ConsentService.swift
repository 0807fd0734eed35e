// Consent: granting and revoking it, listing it, and the one question every sharing asks.
import Core
import GRDB

extension StoreTransaction {
    static let consents = EntityTable(name: "consent")

    /// Records the citizen's consent on a case and raises `consent.granted`. A recipient actor must
    /// exist (field `to`).
    public func grantConsent(
        case caseID: CaseID, to recipient: ConsentRecipient, purpose: ConsentPurpose, categories: Set<DataCategory>,
        from: Day, until: Day?
    ) throws -> Consent {
        let caseCitizenID = try caseCitizen(caseID)
        if case .actor(let actorID) = recipient { _ = try actor(actorID, field: "to") }
        var consent = try Consent(
            caseID: caseID, recipient: recipient, purpose: purpose, categories: categories, from: from, until: until,
            grantedBy: context.user, grantedAt: now)
        let id = try Self.consents.insert(db, consentColumns(consent))
        consent.id = ConsentID(id)
        try Self.consents.update(db, id: id, ["data": try JSONColumn.encode(consent)])
        try audit(
            entity: "consent", id: id, citizen: caseCitizenID.rawValue, action: "grant",
            summary: "consent on case \(caseID) to \(Self.describe(recipient)) for \(purpose.rawValue): "
                + consent.sortedCategories.map(\.rawValue).joined(separator: ",") + " from \(from)"
                + (until.map { " until \($0)" } ?? ""))
        try raise(
            ConsentEvent.granted, case: caseID, subject: "consent:\(id)",
            payload: ConsentEvent(consent, id: ConsentID(id), day: today))
        return consent
    }

    /// Revokes a consent from `day` and raises `consent.revoked`; the consent stays, marked revoked.
    public func revokeConsent(_ id: ConsentID, on day: Day, reason: String?) throws -> Consent {
        guard var consent = try Self.consents.value(db, id: id.rawValue, as: Consent.self) else {
            throw DomainError(field: "consent", StoreProblem.unknownConsent(id.rawValue))
        }
        let caseCitizenID = try caseCitizen(consent.caseID)
        try consent.revoke(on: day, by: context.user, at: now, reason: reason)
        try Self.consents.update(db, id: id.rawValue, consentColumns(consent))
        try audit(
            entity: "consent", id: id, citizen: caseCitizenID.rawValue, action: "revoke",
            summary: "consent \(id) revoked from \(day)\(reason.map { ": " + $0 } ?? "")")
        try raise(
            ConsentEvent.revoked, case: consent.caseID, subject: "consent:\(id)",
            payload: ConsentEvent(consent, id: id, day: day))
        return consent
    }

    /// A case's consents, revoked ones included, oldest first; the read is audited.
    public func consents(case caseID: CaseID) throws -> [Consent] {
        let caseCitizenID = try caseCitizen(caseID)
        let consents = try caseConsents(caseID)
        try audit(
            entity: "consent", citizen: caseCitizenID.rawValue, action: "read",
            summary: "consents of case \(caseID) read")
        return consents
    }

    /// May data of `category` from this case go to `actor` on `day`? The answer names its reason.
    public func checkConsent(
        case caseID: CaseID, actor actorID: ActorID, category: DataCategory, on day: Day,
        purpose: ConsentPurpose = .treatment
    ) throws -> ConsentDecision {
        let caseCitizenID = try caseCitizen(caseID)
        let actor = try actor(actorID, field: "to")
        let citizen = try existingCitizen(caseCitizenID)
        let decision = ConsentDecision.decide(
            consents: try caseConsents(caseID), citizen: citizen, recipient: actorID, kind: actor.kind,
            category: category, on: day, purpose: purpose)
        try audit(
            entity: "consent", citizen: citizen.id?.rawValue, action: "check",
            summary: "may \(category.rawValue) of case \(caseID) go to actor \(actorID) on \(day): "
                + (decision.isAllowed ? "yes" : "no"))
        return decision
    }

    func caseConsents(_ caseID: CaseID) throws -> [Consent] {
        try Self.consents.values(
            db, Consent.self, sql: "SELECT data FROM consent WHERE case_id = ? ORDER BY id",
            arguments: [caseID.rawValue])
    }

    private func consentColumns(_ consent: Consent) throws -> [String: (any DatabaseValueConvertible)?] {
        var recipientActor: Int64?
        var recipientKind: String?
        switch consent.recipient {
        case .actor(let id): recipientActor = id.rawValue
        case .kind(let kind): recipientKind = kind.rawValue
        }
        return [
            "case_id": consent.caseID.rawValue, "recipient_actor_id": recipientActor, "recipient_kind": recipientKind,
            "valid_from": consent.validity.start.description, "valid_until": consent.validity.end?.description,
            "revoked": consent.isRevoked, "data": try JSONColumn.encode(consent),
        ]
    }

    static func describe(_ recipient: ConsentRecipient) -> String {
        switch recipient {
        case .actor(let id): return "actor \(id)"
        case .kind(let kind): return "every \(kind.rawValue)"
        }
    }
}
