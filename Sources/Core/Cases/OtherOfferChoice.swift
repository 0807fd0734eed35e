// The citizen's choice of another treatment offer, which may set the 14-day deadline aside.

/// The citizen chose another offer of a similar type (free choice), on ``day``, for ``reason``.
/// Made on or before the guarantee's deadline, it excludes the case from the treatment guarantee.
public struct OtherOfferChoice: Hashable, Codable, Sendable {
    public let day: Day
    /// Why, in the caseworker's words (for example, the chosen offer and its waiting time).
    public let reason: String

    public init(day: Day, reason: String) {
        self.day = day
        self.reason = reason
    }
}
