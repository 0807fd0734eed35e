// Whether an actor is a named person or an organisation.

/// Whether an ``Actor`` is a named person (a GP, a counsellor, a relative) or an organisation (a
/// treatment centre, a job centre). Raw values are stable for storage.
public enum ActorForm: String, CaseIterable, Codable, Hashable, Sendable {
    case person
    case organisation

    /// The word people read.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.person, .danish): return "person"
        case (.person, .english): return "person"
        case (.organisation, .danish): return "organisation"
        case (.organisation, .english): return "organisation"
        }
    }
}
