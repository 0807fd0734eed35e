// Why sharing is allowed: the consent that covers it, or the parents-of-a-minor rule.

/// What allows a piece of sharing.
public enum ConsentGround: Hashable, Sendable {
    /// This consent covers the recipient, purpose, category and day.
    case consent(Consent)
    /// The citizen is under 18 and the recipient is their parent: parents are involved without consent.
    case parentOfMinor

    /// The words people read.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.consent(let consent), .danish):
            let name = ConsentWording.name(of: consent, .danish)
            return "Tilladt efter \(name), \(ConsentWording.validity(of: consent, .danish))."
        case (.consent(let consent), .english):
            let name = ConsentWording.name(of: consent, .english)
            return "Allowed by \(name), \(ConsentWording.validity(of: consent, .english))."
        case (.parentOfMinor, .danish):
            return "Tilladt uden samtykke: borgeren er under 18 år, og modtageren er borgerens forælder."
        case (.parentOfMinor, .english):
            return "Allowed without consent: the citizen is under 18 and the recipient is the citizen's parent."
        }
    }
}
