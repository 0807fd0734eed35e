// Something that happened to a treatment case on a day, for the service layer to raise as an event.

/// A change to a ``TreatmentCase``: what happened and on which day. Each transition method returns
/// one, and ``TreatmentCase/events`` lists them all in order.
public struct CaseEvent: Hashable, Codable, Sendable {
    /// The case's id; nil while the case is not stored.
    public let caseID: CaseID?
    public let kind: CaseEventKind
    public let day: Day

    public init(caseID: CaseID?, kind: CaseEventKind, day: Day) {
        self.caseID = caseID
        self.kind = kind
        self.day = day
    }
}
