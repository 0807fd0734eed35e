// The citizen's consent to share information: to whom, for what, which categories, for how long.
import Foundation

/// A scoped consent: ``recipient`` may receive the ``categories`` of information for ``purpose``
/// during ``validity``. A limited consent must be respected: sharing more than it covers is a
/// breach. Revoking keeps the consent, marked with its ``revocation``.
public struct Consent: Hashable, Sendable {
    /// Nil until stored.
    public var id: ConsentID?
    public let caseID: CaseID
    public let recipient: ConsentRecipient
    public let purpose: ConsentPurpose
    /// Never empty.
    public let categories: Set<DataCategory>
    /// The days the consent applies, both ends included; open-ended when no end was given.
    public let validity: Period
    /// The user who recorded the consent.
    public let grantedBy: String
    /// When it was recorded.
    public let grantedAt: Date
    /// The revocation, once the citizen withdraws the consent.
    public private(set) var revocation: ConsentRevocation?

    /// - Throws: `DomainError` for no categories (`categories`), `until` before `from` (`until`) or
    ///   an empty `grantedBy` (`user`).
    public init(
        id: ConsentID? = nil, caseID: CaseID, recipient: ConsentRecipient, purpose: ConsentPurpose,
        categories: Set<DataCategory>, from: Day, until: Day?, grantedBy: String, grantedAt: Date
    ) throws {
        guard !categories.isEmpty else { throw DomainError(field: "categories", ConsentProblem.noCategories) }
        guard let validity = Period(start: from, end: until) else {
            throw DomainError(field: "until", ConsentProblem.endsBeforeStart(from))
        }
        let grantedBy = grantedBy.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !grantedBy.isEmpty else { throw DomainError(field: "user", ConsentProblem.missingUser) }
        self.id = id
        self.caseID = caseID
        self.recipient = recipient
        self.purpose = purpose
        self.categories = categories
        self.validity = validity
        self.grantedBy = grantedBy
        self.grantedAt = grantedAt
        self.revocation = nil
    }

    /// Whether the consent has been revoked (from any day).
    public var isRevoked: Bool { revocation != nil }

    /// Whether the consent was revoked on or before `day`.
    public func isRevoked(on day: Day) -> Bool { revocation.map { $0.day <= day } ?? false }

    /// Revokes the consent from `day` on (that day included), keeping it in the history.
    /// - Throws: `DomainError` when already revoked (`consent`) or `user` is empty (`user`).
    public mutating func revoke(on day: Day, by user: String, at time: Date, reason: String? = nil) throws {
        if let revocation { throw DomainError(field: "consent", ConsentProblem.alreadyRevoked(revocation.day)) }
        let user = user.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !user.isEmpty else { throw DomainError(field: "user", ConsentProblem.missingUser) }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        revocation = ConsentRevocation(
            day: day, revokedBy: user, recordedAt: time, reason: reason?.isEmpty == false ? reason : nil)
    }

    /// Why this consent does not allow sharing `category` for `purpose` on `day`; nil when it does.
    /// Does not look at the recipient. Checked in the order revocation, validity, purpose, category.
    public func refusal(of category: DataCategory, for purpose: ConsentPurpose, on day: Day) -> ConsentRefusal? {
        if let revocation, revocation.day <= day { return .revoked(self, on: revocation.day) }
        if day < validity.start { return .notYetValid(self, from: validity.start) }
        if let end = validity.end, day > end { return .expired(self, on: end) }
        if purpose != self.purpose { return .purposeNotCovered(self, purpose) }
        if !categories.contains(category) { return .categoryNotCovered(self, category) }
        return nil
    }

    /// The categories in their fixed order, for display and stable encoding.
    public var sortedCategories: [DataCategory] { DataCategory.allCases.filter(categories.contains) }
}

extension Consent: Codable {
    /// Writes the categories in their fixed order, so the same consent always encodes the same way.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(caseID, forKey: .caseID)
        try container.encode(recipient, forKey: .recipient)
        try container.encode(purpose, forKey: .purpose)
        try container.encode(sortedCategories, forKey: .categories)
        try container.encode(validity, forKey: .validity)
        try container.encode(grantedBy, forKey: .grantedBy)
        try container.encode(grantedAt, forKey: .grantedAt)
        try container.encodeIfPresent(revocation, forKey: .revocation)
    }
}
