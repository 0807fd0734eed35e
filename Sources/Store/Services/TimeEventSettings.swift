// What `tick` counts from (warning day, notice periods, the KIP meeting interval) and what one tick raised.
import Core

/// The intervals the time events use. The defaults (``standard``) are the product's; a
/// municipality may choose others.
public struct TimeEventSettings: Sendable, Equatable {
    /// `guarantee.warning` once this many days have passed since the request and treatment has
    /// not started (day 10 of the 14).
    public var guaranteeWarningDay: Int
    /// A KIP without a planned follow-up is due its next meeting this many months after its last
    /// meeting (or its activation, when it has had none).
    public var kipMeetingMonths: Int
    /// `followup.due` for that KIP meeting this many days before it is due.
    public var kipMeetingNoticeDays: Int
    /// `consent.expiring` when a consent's last day is at most this many days away.
    public var consentNoticeDays: Int

    public init(
        guaranteeWarningDay: Int = 10, kipMeetingMonths: Int = 6, kipMeetingNoticeDays: Int = 30,
        consentNoticeDays: Int = 30
    ) {
        self.guaranteeWarningDay = guaranteeWarningDay
        self.kipMeetingMonths = kipMeetingMonths
        self.kipMeetingNoticeDays = kipMeetingNoticeDays
        self.consentNoticeDays = consentNoticeDays
    }

    /// Day 10 warnings, a KIP meeting every 6 months with 30 days' notice, 30 days' notice of an
    /// expiring consent.
    public static let standard = TimeEventSettings()
}

/// What one tick raised: the events in the order raised, and how many of each kind.
public struct TimeEventSummary: Sendable, Equatable {
    /// The time event kinds in the order a tick raises them.
    public static let kinds = [
        GuaranteeEvent.warning, GuaranteeEvent.breached, FollowUpEvent.due, FollowUpEvent.overdue,
        ConsentEvent.expiring, TaskEvent.overdue,
    ]

    /// The day the tick acted on.
    public let day: Day
    /// The events raised, in order (by kind as in ``kinds``, then by id).
    public let events: [RecordedEvent]

    public init(day: Day, events: [RecordedEvent]) {
        self.day = day
        self.events = events
    }

    /// The ids of the events raised.
    public var ids: [EventID] { events.map(\.id) }

    /// How many events of each kind were raised; kinds with none are left out.
    public var counts: [String: Int] { events.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    /// `guarantee.warning 1, followup.due 2`: the counts in the order of ``kinds``.
    public var countsText: String {
        let counts = counts
        return Self.kinds.compactMap { kind in counts[kind].map { "\(kind) \($0)" } }.joined(separator: ", ")
    }
}
