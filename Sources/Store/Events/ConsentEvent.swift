// The payload of the consent events: consent.granted, consent.revoked and the time event consent.expiring.
import Core

/// What a workflow learns when a consent is granted, revoked or about to expire: which consent,
/// to whom, for what and for how long. Never the citizen's name or CPR number, and never the free
/// text reason of a revocation. Encoded with snake_case keys.
public struct ConsentEvent: Codable, Sendable, Equatable {
    /// A consent was recorded.
    public static let granted = "consent.granted"
    /// A consent was revoked.
    public static let revoked = "consent.revoked"
    /// A consent's last day is near (a time event, raised by `tick`).
    public static let expiring = "consent.expiring"

    public let consentID: ConsentID
    public let caseID: CaseID
    /// `{"actor": 5}` or `{"kind": "gp"}`.
    public let recipient: ConsentRecipient
    /// `treatment` or `other`.
    public let purpose: String
    /// The categories' raw values in their fixed order.
    public let categories: [String]
    /// The first day the consent applies, `YYYY-MM-DD`.
    public let from: String
    /// The last day the consent applies; absent for an open-ended consent.
    public let until: String?
    /// The day of the event: the grant's command day, the revocation's first day, or the tick's day.
    public let day: String
    /// Days from ``day`` to ``until`` (0 on the last day); only for `consent.expiring`.
    public let daysLeft: Int?

    init(_ consent: Consent, id: ConsentID, day: Day, daysLeft: Int? = nil) {
        consentID = id
        caseID = consent.caseID
        recipient = consent.recipient
        purpose = consent.purpose.rawValue
        categories = consent.sortedCategories.map(\.rawValue)
        from = consent.validity.start.description
        until = consent.validity.end?.description
        self.day = day.description
        self.daysLeft = daysLeft
    }

    enum CodingKeys: String, CodingKey {
        case consentID = "consent_id"
        case caseID = "case_id"
        case recipient, purpose, categories, day
        case from = "valid_from"
        case until = "valid_until"
        case daysLeft = "days_left"
    }
}
