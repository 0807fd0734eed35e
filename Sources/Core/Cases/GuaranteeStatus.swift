// Where a case stands against the 14-day treatment guarantee on a given day.

/// A case's standing against the treatment guarantee. Days count whole calendar days from the
/// request: treatment that starts on the 14th day after the request meets the guarantee.
public enum GuaranteeStatus: Hashable, Sendable, LocalizedText {
    /// No guarantee applies (§ 101 a anonymous treatment).
    case notApplicable
    /// The guarantee would apply, but the case is excluded from it.
    case excluded(GuaranteeExclusion)
    /// Treatment started in time, `daysUsed` days after the request.
    case met(daysUsed: Int)
    /// Treatment has not started; `daysLeft` days remain until the deadline (0 on the deadline).
    case pending(daysLeft: Int)
    /// Treatment started after the deadline, or has not started and the deadline has passed, or
    /// the case was closed after the deadline without a start: by `daysOver` days.
    case breached(daysOver: Int)

    /// Whether the guarantee was broken: what the compliance report counts.
    public var isBreached: Bool {
        if case .breached = self { return true }
        return false
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notApplicable, .danish): return "ingen behandlingsgaranti (anonym behandling, § 101 a)"
        case (.notApplicable, .english): return "no treatment guarantee (anonymous treatment, § 101 a)"
        case (.excluded(.citizenChoseOtherOffer(let reason)), .danish):
            return "undtaget: borgeren valgte et andet tilbud (\(reason))"
        case (.excluded(.citizenChoseOtherOffer(let reason)), .english):
            return "excluded: the citizen chose another offer (\(reason))"
        case (.excluded(.closedBeforeStart(let day)), .danish):
            return "undtaget: sagen blev lukket \(day), før behandlingen startede"
        case (.excluded(.closedBeforeStart(let day)), .english):
            return "excluded: the case was closed on \(day) before treatment started"
        case (.met(let days), .danish): return "overholdt: behandlingen startede efter \(days) dage"
        case (.met(let days), .english): return "met: treatment started after \(days) days"
        case (.pending(let days), .danish): return "afventer start: \(days) dage tilbage"
        case (.pending(let days), .english): return "awaiting start: \(days) days left"
        case (.breached(let days), .danish): return "overskredet med \(days) dage"
        case (.breached(let days), .english): return "breached by \(days) days"
        }
    }
}
