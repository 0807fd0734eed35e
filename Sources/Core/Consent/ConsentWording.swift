// Shared phrases for naming a consent in decisions: its number, its validity, its categories.

/// How decisions refer to a consent, in each language.
enum ConsentWording {
    /// `samtykke 7` / `consent 7`; `samtykket` / `the consent` before it is stored.
    static func name(of consent: Consent, _ language: Language) -> String {
        switch (consent.id, language) {
        case (let id?, .danish): return "samtykke \(id)"
        case (let id?, .english): return "consent \(id)"
        case (nil, .danish): return "samtykket"
        case (nil, .english): return "the consent"
        }
    }

    /// `gyldigt 2026-01-01 til og med 2026-12-31` / `valid 2026-01-01 to 2026-12-31`, or from a day on.
    static func validity(of consent: Consent, _ language: Language) -> String {
        let start = consent.validity.start
        switch (consent.validity.end, language) {
        case (let end?, .danish): return "gyldigt \(start) til og med \(end)"
        case (let end?, .english): return "valid \(start) to \(end)"
        case (nil, .danish): return "gyldigt fra \(start) uden slutdato"
        case (nil, .english): return "valid from \(start) with no end"
        }
    }

    /// The consent's categories, in their fixed order: `planer, helbredsoplysninger`.
    static func categories(of consent: Consent, _ language: Language) -> String {
        consent.sortedCategories.map { $0.displayName(language) }.joined(separator: ", ")
    }
}
