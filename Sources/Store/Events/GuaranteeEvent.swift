// The payload of the time events guarantee.warning and guarantee.breached: a case against its 14-day deadline.
import Core

/// What a workflow learns when a case nears or passes the deadline of the treatment guarantee:
/// the case, its basis, the request and the deadline, and how many days are left or over on the
/// tick's day. Encoded with snake_case keys.
public struct GuaranteeEvent: Codable, Sendable, Equatable {
    /// A case still waiting for treatment has reached the warning day (day 10 by default).
    public static let warning = "guarantee.warning"
    /// The guarantee is broken: no start by the deadline, or a start or closure after it.
    public static let breached = "guarantee.breached"

    public let caseID: CaseID
    /// The legal basis: `sel101`, `sul141`, `sul142`.
    public let basis: String
    /// The day of the request, `YYYY-MM-DD`.
    public let requested: String
    /// The last day treatment may start.
    public let deadline: String
    /// The tick's day.
    public let day: String
    /// Days left until the deadline (0 on it); only for a warning.
    public let daysLeft: Int?
    /// Days past the deadline; only for a breach.
    public let daysOver: Int?
    /// `pending` or `breached`.
    public let status: String

    init(_ treatmentCase: TreatmentCase, id: CaseID, deadline: Day, status: GuaranteeStatus, day: Day) {
        caseID = id
        basis = treatmentCase.basis.rawValue
        requested = treatmentCase.requested.description
        self.deadline = deadline.description
        self.day = day.description
        switch status {
        case .pending(let days):
            daysLeft = days
            daysOver = nil
            self.status = "pending"
        case .breached(let days):
            daysLeft = nil
            daysOver = days
            self.status = "breached"
        default:
            daysLeft = nil
            daysOver = nil
            self.status = "other"
        }
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case basis, requested, deadline, day
        case daysLeft = "days_left"
        case daysOver = "days_over"
        case status
    }
}
