// Reading typed values from command-line text: ids, days and names from a fixed list, each error naming its option.
import Core

/// What is wrong with a value typed on the command line.
enum CLIProblem: LocalizedText {
    case invalidID(String)
    case invalidDay(String)
    case unknownValue(String, allowed: [String])
    case missingMunicipality
    case needsStart
    case endsBeforeStart(Day)

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.invalidID(let text), .danish): return "'\(text)' er ikke et id (et positivt heltal)."
        case (.invalidID(let text), .english): return "'\(text)' is not an id (a positive whole number)."
        case (.invalidDay(let text), .danish): return "'\(text)' er ikke en dato på formen ÅÅÅÅ-MM-DD."
        case (.invalidDay(let text), .english): return "'\(text)' is not a date of the form YYYY-MM-DD."
        case (.unknownValue(let text, let allowed), .danish):
            return "'\(text)' kendes ikke; brug en af: \(allowed.joined(separator: ", "))."
        case (.unknownValue(let text, let allowed), .english):
            return "'\(text)' is unknown; use one of: \(allowed.joined(separator: ", "))."
        case (.needsStart, .danish): return "En slutdato kræver en startdato (--from)."
        case (.needsStart, .english): return "An end date needs a start date (--from)."
        case (.endsBeforeStart(let start), .danish): return "Slutdatoen ligger før startdatoen \(start)."
        case (.endsBeforeStart(let start), .english): return "The end date is before the start date \(start)."
        case (.missingMunicipality, .danish):
            return "Angiv kommunekoden (--municipality), eller sæt en standard med 'tovholder init --municipality'."
        case (.missingMunicipality, .english):
            return "Give the municipality code (--municipality), or set a default with 'tovholder init --municipality'."
        }
    }
}

func parseID<Tag>(_ text: String, as type: EntityID<Tag>.Type, field: String) throws -> EntityID<Tag> {
    guard let id = EntityID<Tag>(text) else { throw DomainError(field: field, CLIProblem.invalidID(text)) }
    return id
}

func parseDay(_ text: String, field: String) throws -> Day {
    guard let day = Day(text) else { throw DomainError(field: field, CLIProblem.invalidDay(text)) }
    return day
}

/// The day typed, or today when none was.
func parseDayOrToday(_ text: String?, field: String) throws -> Day {
    try text.map { try parseDay($0, field: field) } ?? Day.today()
}

func parseChoice<T: RawRepresentable & CaseIterable>(_ text: String, as type: T.Type, field: String) throws -> T
where T.RawValue == String {
    guard let value = T(rawValue: text) else {
        throw DomainError(field: field, CLIProblem.unknownValue(text, allowed: T.allCases.map(\.rawValue)))
    }
    return value
}
