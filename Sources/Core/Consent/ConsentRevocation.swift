// The citizen's withdrawal of a consent: from which day, recorded by whom and when, and why.
import Foundation

/// A consent's revocation. From ``day`` on (that day included) the consent allows nothing; what was
/// shared before stays lawful. The consent itself is kept, marked revoked.
public struct ConsentRevocation: Hashable, Codable, Sendable {
    /// The first day the consent no longer applies.
    public let day: Day
    /// The user who recorded the revocation.
    public let revokedBy: String
    /// When it was recorded.
    public let recordedAt: Date
    /// Why, if the citizen said.
    public let reason: String?

    public init(day: Day, revokedBy: String, recordedAt: Date, reason: String?) {
        self.day = day
        self.revokedBy = revokedBy
        self.recordedAt = recordedAt
        self.reason = reason
    }
}
