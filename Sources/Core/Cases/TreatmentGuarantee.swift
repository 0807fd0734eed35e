// The 14-day treatment guarantee for one case as it stood on a given day.

/// The treatment guarantee of Serviceloven § 101 stk. 4 and Sundhedsloven §§ 141–142 for one case:
/// treatment must start no later than 14 days after the citizen's request. Computed as things
/// stood at the end of `today`: starts, choices and discharges dated later are not yet known, so a
/// report for a past day gives the answer it would have given then.
public struct TreatmentGuarantee: Hashable, Sendable {
    /// The last day treatment may start; nil where no guarantee applies.
    public let deadline: Day?
    public let status: GuaranteeStatus

    /// The rules, in order: no guarantee for § 101 a; excluded when the citizen chose another offer
    /// on or before the deadline (a later choice does not undo a breach); met or breached by the
    /// start of treatment; for a case closed without a start, excluded if closed by the deadline
    /// and breached (up to the discharge day) if not; otherwise pending until the deadline and
    /// breached after it.
    public init(for treatmentCase: TreatmentCase, today: Day) {
        self.init(
            basis: treatmentCase.basis, requested: treatmentCase.requested, started: treatmentCase.treatmentStart,
            otherOffer: treatmentCase.otherOfferChoice, closed: treatmentCase.discharge?.day, today: today)
    }

    /// The same rules from a case's parts, as reports read them from the store's columns.
    public init(
        basis: LegalBasis, requested: Day, started: Day?, otherOffer: OtherOfferChoice?, closed: Day?, today: Day
    ) {
        guard let days = basis.guaranteeDays else {
            deadline = nil
            status = .notApplicable
            return
        }
        let deadline = requested.adding(days: days)
        self.deadline = deadline
        if let choice = otherOffer, choice.day <= today, choice.day <= deadline {
            status = .excluded(.citizenChoseOtherOffer(reason: choice.reason))
        } else if let start = started, start <= today {
            let over = deadline.days(until: start)
            status = over <= 0 ? .met(daysUsed: requested.days(until: start)) : .breached(daysOver: over)
        } else if let closed, closed <= today {
            let over = deadline.days(until: closed)
            status = over <= 0 ? .excluded(.closedBeforeStart(on: closed)) : .breached(daysOver: over)
        } else {
            let over = deadline.days(until: today)
            status = over <= 0 ? .pending(daysLeft: -over) : .breached(daysOver: over)
        }
    }
}
