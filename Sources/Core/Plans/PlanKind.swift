// The three kinds of plan the municipality writes: behandlingsplan, handleplan and the coordinated KIP.

/// What kind of plan a ``Plan`` is; the raw value is what the CLI and Lua use.
public enum PlanKind: String, CaseIterable, Codable, Sendable, LocalizedText {
    /// The treatment plan, drawn up by the treatment offer at the start of treatment.
    case behandlingsplan
    /// The social action plan of Serviceloven §141: purpose, efforts, expected duration, other
    /// matters. Not made for anonymous treatment under §101a.
    case handleplan
    /// The coordinated plan (koordinerende indsatsplan) across psychiatry, addiction treatment and
    /// the municipality, in five parts.
    case kip

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.behandlingsplan, .danish): "Behandlingsplan"
        case (.behandlingsplan, .english): "Treatment plan"
        case (.handleplan, .danish): "Handleplan (SEL § 141)"
        case (.handleplan, .english): "Action plan (Social Services Act § 141)"
        case (.kip, .danish): "Koordinerende indsatsplan (KIP)"
        case (.kip, .english): "Coordinated plan (KIP)"
        }
    }
}
