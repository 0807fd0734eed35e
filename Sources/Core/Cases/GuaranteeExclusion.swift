// Why a case is left out of the 14-day treatment guarantee count.

/// Why a case that the guarantee would cover is excluded from it.
public enum GuaranteeExclusion: Hashable, Sendable {
    /// The citizen chose another offer of a similar type by the deadline (free choice).
    case citizenChoseOtherOffer(reason: String)
    /// The case was closed by the deadline without treatment starting (for example, the citizen
    /// withdrew the request).
    case closedBeforeStart(on: Day)
}
