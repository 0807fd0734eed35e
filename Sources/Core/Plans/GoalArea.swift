// The life areas a goal can be about.

/// What a ``Goal`` is about; the raw value is what the CLI (`--area`) and Lua use.
public enum GoalArea: String, CaseIterable, Codable, Sendable, LocalizedText {
    case substanceUse = "substance_use"
    case housing
    case employment
    case education
    case relations
    case family
    case physicalHealth = "physical_health"
    case mentalHealth = "mental_health"
    case economy
    case other

    public func text(_ language: Language) -> String {
        let (danish, english) = names
        return language == .danish ? danish : english
    }

    private var names: (String, String) {
        switch self {
        case .substanceUse: ("rusmidler", "substance use")
        case .housing: ("bolig", "housing")
        case .employment: ("beskæftigelse", "employment")
        case .education: ("uddannelse", "education")
        case .relations: ("relationer og netværk", "relations and network")
        case .family: ("familie", "family")
        case .physicalHealth: ("fysisk helbred", "physical health")
        case .mentalHealth: ("psykisk helbred", "mental health")
        case .economy: ("økonomi", "economy")
        case .other: ("andet", "other")
        }
    }
}
