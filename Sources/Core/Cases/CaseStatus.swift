// Where a treatment case is in its course: requested, in treatment, aftercare, discharged.

/// The status of a ``TreatmentCase``. The course is `requested → inTreatment → aftercare →
/// discharged`; a relapse takes aftercare back to `inTreatment` in the same case, and discharge is
/// possible from every open status. Raw values are stable for storage.
public enum CaseStatus: String, CaseIterable, Codable, Hashable, Sendable {
    /// The citizen has asked for treatment; it has not started.
    case requested
    /// Treatment has started (or resumed after a relapse).
    case inTreatment = "in_treatment"
    /// The lower-intensity phase after treatment, in the same course.
    case aftercare
    /// The course has ended; a returning citizen gets a new case.
    case discharged

    /// Whether the case is still open (not discharged).
    public var isOpen: Bool { self != .discharged }

    /// The word people read.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.requested, .danish): return "henvendelse modtaget"
        case (.requested, .english): return "requested"
        case (.inTreatment, .danish): return "i behandling"
        case (.inTreatment, .english): return "in treatment"
        case (.aftercare, .danish): return "efterbehandling"
        case (.aftercare, .english): return "aftercare"
        case (.discharged, .danish): return "udskrevet"
        case (.discharged, .english): return "discharged"
        }
    }
}
