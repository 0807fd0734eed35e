// The payload of a case's lifecycle events: case.requested, case.opened, case.started, case.aftercare, ...
import Core

/// What a workflow learns when a case moves: which case, what happened on which day, and where the
/// case stands now. Never the citizen's name or CPR number (the journal row carries the citizen's id).
/// Encoded with snake_case keys.
public struct CaseLifecycleEvent: Codable, Sendable, Equatable {
    /// `case.requested` (the request), `case.opened` (the case was recorded; its day is the request's too),
    /// `case.started`, `case.aftercare`, `case.relapse`, `case.discharged`, `case.transferred`.
    public static func kind(_ event: CaseEventKind) -> String { "case." + event.rawValue }
    public static let opened = "case.opened"

    public let caseID: CaseID
    /// The day it happened, `YYYY-MM-DD`.
    public let day: String
    /// The legal basis: `sel101`, `sel101a`, `sul141`, `sul142`.
    public let basis: String
    /// The day of the request the treatment guarantee counts from.
    public let requested: String
    /// The case's status after the event.
    public let status: String
    /// The acting municipality after the event.
    public let municipality: String

    init(_ treatmentCase: TreatmentCase, id: CaseID, day: Day) {
        caseID = id
        self.day = day.description
        basis = treatmentCase.basis.rawValue
        requested = treatmentCase.requested.description
        status = treatmentCase.status.rawValue
        municipality = treatmentCase.municipality.description
    }

    enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case day, basis, requested, status, municipality
    }
}

extension StoreTransaction {
    /// Raises the lifecycle events `after` has that `before` had not (none for a change that moved
    /// nothing, such as recording the citizen's choice of another offer).
    func raiseCaseEvents(from before: [CaseEvent], to after: TreatmentCase, id: CaseID) throws {
        for event in after.events.dropFirst(before.count) where !before.contains(event) {
            try raise(
                CaseLifecycleEvent.kind(event.kind), case: id, subject: "treatment_case:\(id.rawValue)",
                payload: CaseLifecycleEvent(after, id: id, day: event.day))
        }
    }
}
