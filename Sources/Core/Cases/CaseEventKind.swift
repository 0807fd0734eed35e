// The kinds of thing that happen to a treatment case, for events and the case's timeline.

/// What happened to a case. Raw values are stable: they name the events the service layer raises
/// and workflows react to.
public enum CaseEventKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// The citizen asked for treatment; the case was opened.
    case requested
    /// Treatment started.
    case started
    /// Treatment moved into aftercare.
    case aftercare
    /// The citizen relapsed during aftercare; treatment resumed in the same case.
    case relapse
    /// The citizen was discharged; the case is closed.
    case discharged
    /// The case moved to another acting municipality.
    case transferred

    /// The word people read.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.requested, .danish): return "henvendelse"
        case (.requested, .english): return "request"
        case (.started, .danish): return "behandlingsstart"
        case (.started, .english): return "start of treatment"
        case (.aftercare, .danish): return "efterbehandling"
        case (.aftercare, .english): return "aftercare"
        case (.relapse, .danish): return "tilbagefald"
        case (.relapse, .english): return "relapse"
        case (.discharged, .danish): return "udskrivning"
        case (.discharged, .english): return "discharge"
        case (.transferred, .danish): return "overflytning"
        case (.transferred, .english): return "transfer"
        }
    }
}
