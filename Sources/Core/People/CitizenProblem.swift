// What can be wrong with a citizen's master data or a person in the citizen's network.

/// A citizen or network person that cannot be recorded. Thrown as `DomainError(field:, ...)` with
/// the field named as the CLI option (`name`, `cpr`, `pseudonym`, `birth-year`, `sex`, `parent`).
public enum CitizenProblem: LocalizedText, Hashable {
    /// The name is empty or only white space.
    case emptyName
    /// Neither a CPR number nor a pseudonym (for anonymous treatment) was given.
    case missingIdentity
    /// A CPR number and a pseudonym were both given: an anonymous citizen has no CPR number.
    case anonymousWithCPR
    /// The pseudonym of an anonymous citizen is empty.
    case emptyPseudonym
    /// A year of birth or sex was given for a citizen with a CPR number, which already says both.
    case derivedFromCPR
    /// The year of birth lies outside ``Citizen/birthYears``.
    case birthYearOutOfRange(Int)
    /// A network person is flagged as the citizen's parent but related otherwise (a child, a friend...).
    case parentContradictsRelation(NetworkRelation)

    public func text(_ language: Language) -> String {
        let (first, last) = (Citizen.birthYears.lowerBound, Citizen.birthYears.upperBound)
        switch (self, language) {
        case (.emptyName, .danish): return "Navnet mangler."
        case (.emptyName, .english): return "The name is missing."
        case (.missingIdentity, .danish):
            return "Angiv et CPR-nummer, eller et pseudonym hvis borgeren er anonym (§ 101 a)."
        case (.missingIdentity, .english):
            return "Give a CPR number, or a pseudonym if the citizen is anonymous (§ 101 a)."
        case (.anonymousWithCPR, .danish):
            return "En anonym borger (pseudonym) kan ikke have et CPR-nummer."
        case (.anonymousWithCPR, .english):
            return "An anonymous citizen (pseudonym) cannot have a CPR number."
        case (.emptyPseudonym, .danish): return "Pseudonymet mangler."
        case (.emptyPseudonym, .english): return "The pseudonym is missing."
        case (.derivedFromCPR, .danish):
            return "Fødselsår og køn kommer fra CPR-nummeret og kan kun angives for anonyme borgere."
        case (.derivedFromCPR, .english):
            return "Year of birth and sex come from the CPR number; give them only for anonymous citizens."
        case (.birthYearOutOfRange(let year), .danish):
            return "Fødselsåret \(year) skal ligge mellem \(first) og \(last)."
        case (.birthYearOutOfRange(let year), .english):
            return "The year of birth \(year) must be between \(first) and \(last)."
        case (.parentContradictsRelation(let relation), .danish):
            return "En person med relationen '\(relation.displayName(.danish))' kan ikke være borgerens forælder."
        case (.parentContradictsRelation(let relation), .english):
            return "A person related as '\(relation.displayName(.english))' cannot be the citizen's parent."
        }
    }
}
