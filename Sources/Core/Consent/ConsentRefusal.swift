// Why sharing is not allowed: no consent, or what is wrong with the consent that comes closest.

/// Why a piece of sharing is not allowed. Where a consent comes close, it is named.
public enum ConsentRefusal: Hashable, Sendable {
    /// The case has no consent at all.
    case noConsent
    /// The case has consents, but none for this recipient.
    case recipientNotCovered
    /// The consent was revoked from this day.
    case revoked(Consent, on: Day)
    /// The consent applies only from this day.
    case notYetValid(Consent, from: Day)
    /// The consent's last day has passed.
    case expired(Consent, on: Day)
    /// The consent is for another purpose than the one asked about.
    case purposeNotCovered(Consent, ConsentPurpose)
    /// The consent does not cover this category.
    case categoryNotCovered(Consent, DataCategory)

    /// How close the named consent comes to allowing the sharing: checks fail in the order
    /// revocation, validity, purpose, category, so a higher value passed more of them.
    var closeness: Int {
        switch self {
        case .noConsent, .recipientNotCovered: return 0
        case .revoked: return 1
        case .notYetValid, .expired: return 2
        case .purposeNotCovered: return 3
        case .categoryNotCovered: return 4
        }
    }

    /// The words people read.
    public func text(_ language: Language) -> String {
        switch language {
        case .danish: return "Ikke tilladt: " + danish
        case .english: return "Not allowed: " + english
        }
    }

    private var danish: String {
        switch self {
        case .noConsent: return "der er intet samtykke i sagen."
        case .recipientNotCovered: return "intet samtykke i sagen omfatter denne modtager."
        case .revoked(let consent, let day):
            return "\(ConsentWording.name(of: consent, .danish)) blev tilbagekaldt \(day)."
        case .notYetValid(let consent, let day):
            return "\(ConsentWording.name(of: consent, .danish)) gælder først fra \(day)."
        case .expired(let consent, let day):
            return "\(ConsentWording.name(of: consent, .danish)) er udløbet; det gjaldt til og med \(day)."
        case .purposeNotCovered(let consent, let purpose):
            return "\(ConsentWording.name(of: consent, .danish)) gælder \(consent.purpose.displayName(.danish)), "
                + "ikke \(purpose.displayName(.danish))."
        case .categoryNotCovered(let consent, let category):
            return "\(ConsentWording.name(of: consent, .danish)) omfatter ikke \(category.displayName(.danish)), "
                + "kun \(ConsentWording.categories(of: consent, .danish))."
        }
    }

    private var english: String {
        switch self {
        case .noConsent: return "the case has no consent."
        case .recipientNotCovered: return "no consent in the case covers this recipient."
        case .revoked(let consent, let day):
            return "\(ConsentWording.name(of: consent, .english)) was revoked on \(day)."
        case .notYetValid(let consent, let day):
            return "\(ConsentWording.name(of: consent, .english)) applies only from \(day)."
        case .expired(let consent, let day):
            return "\(ConsentWording.name(of: consent, .english)) has expired; its last day was \(day)."
        case .purposeNotCovered(let consent, let purpose):
            return "\(ConsentWording.name(of: consent, .english)) is for \(consent.purpose.displayName(.english)), "
                + "not \(purpose.displayName(.english))."
        case .categoryNotCovered(let consent, let category):
            return "\(ConsentWording.name(of: consent, .english)) does not cover \(category.displayName(.english)), "
                + "only \(ConsentWording.categories(of: consent, .english))."
        }
    }
}
