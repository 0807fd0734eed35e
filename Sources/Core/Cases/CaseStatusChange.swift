// One entry in a treatment case's status history: the status it entered and the day.

/// The case entered ``status`` on ``day``. The first entry of every case is `requested` on the
/// request day.
public struct CaseStatusChange: Hashable, Codable, Sendable {
    public let status: CaseStatus
    public let day: Day

    public init(status: CaseStatus, day: Day) {
        self.status = status
        self.day = day
    }
}
