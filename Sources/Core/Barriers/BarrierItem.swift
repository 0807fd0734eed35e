// The barriers to treatment benefit named by the national guideline, in its three groups.

/// One of the guideline's three groups of barriers to benefit from treatment.
public enum BarrierGroup: String, CaseIterable, Codable, Sendable, LocalizedText {
    case basicLivingConditions = "basic_living_conditions"
    case socialRelations = "social_relations"
    /// Belonging to a community, including work-related ones.
    case community

    /// The items of the group, in the guideline's order.
    public var items: [BarrierItem] { BarrierItem.allCases.filter { $0.group == self } }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.basicLivingConditions, .danish): "Basale levevilkår"
        case (.basicLivingConditions, .english): "Basic living conditions"
        case (.socialRelations, .danish): "Sociale relationer"
        case (.socialRelations, .english): "Social relations"
        case (.community, .danish): "Tilhør til fællesskaber"
        case (.community, .english): "Belonging to a community"
        }
    }
}

/// A thing that can stand in the way of the citizen's benefit from treatment (national guideline
/// for social drug treatment, Socialstyrelsen). The raw value is what the CLI and Lua use.
public enum BarrierItem: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable, LocalizedText {
    case housing
    case sleep
    case nutrition
    case economy
    case hygiene
    case loneliness
    /// A network outside drug circles (its lack is the barrier).
    case network
    /// Children under 18: care duties, worry, contact with the family department.
    case children
    /// Belonging to a community: associations, leisure, peers.
    case community
    /// Work-related community: a job, education, activation.
    case workCommunity = "work_community"

    public var group: BarrierGroup {
        switch self {
        case .housing, .sleep, .nutrition, .economy, .hygiene: .basicLivingConditions
        case .loneliness, .network, .children: .socialRelations
        case .community, .workCommunity: .community
        }
    }

    public func text(_ language: Language) -> String {
        let (danish, english) = names
        return language == .danish ? danish : english
    }

    private var names: (String, String) {
        switch self {
        case .housing: ("bolig", "housing")
        case .sleep: ("søvn", "sleep")
        case .nutrition: ("kost", "nutrition")
        case .economy: ("økonomi", "economy")
        case .hygiene: ("hygiejne", "hygiene")
        case .loneliness: ("ensomhed", "loneliness")
        case .network: ("netværk uden for stofmiljøet", "network outside drug circles")
        case .children: ("børn under 18 år", "children under 18")
        case .community: ("fællesskaber", "communities")
        case .workCommunity: ("arbejdsfællesskab", "work-related community")
        }
    }
}
