// An assessment of the citizen's social barriers to treatment benefit, made on a day by a user.

/// The barriers to benefit from treatment as assessed on one day (national guideline: as early as
/// possible, and again when needs change). Items not rated were not assessed. An assessment is a
/// record: a later view is a new assessment, so earlier ones stay to compare with.
public struct BarrierAssessment: Codable, Sendable, Equatable {
    /// Nil until the assessment is stored.
    public var id: BarrierAssessmentID?
    public let caseID: CaseID
    public let day: Day
    /// The user who made the assessment.
    public let assessedBy: String
    /// The rated items; encoded as an object keyed by item (`{"housing": {...}}`).
    public let ratings: [BarrierItem: BarrierRating]

    /// - Throws: `DomainError` when `assessedBy` is empty (`user`) or nothing is rated (`item`).
    public init(
        id: BarrierAssessmentID? = nil, caseID: CaseID, day: Day, assessedBy: String,
        ratings: [BarrierItem: BarrierRating]
    ) throws {
        guard !ratings.isEmpty else { throw DomainError(field: "item", BarrierProblem.nothingRated) }
        self.id = id
        self.caseID = caseID
        self.day = day
        self.assessedBy = try requiredText(assessedBy, field: "user", problem: BarrierProblem.required)
        self.ratings = ratings
    }

    /// The items rated as some or considerable barrier, in the guideline's order.
    public var barriers: [BarrierItem] {
        BarrierItem.allCases.filter { (ratings[$0]?.severity ?? .none) > .none }
    }

    /// The items of `group` rated as a barrier.
    public func barriers(in group: BarrierGroup) -> [BarrierItem] { barriers.filter { $0.group == group } }

    /// The items not rated in this assessment, in the guideline's order.
    public var unassessed: [BarrierItem] { BarrierItem.allCases.filter { ratings[$0] == nil } }

    /// The heaviest severity rated.
    public var highestSeverity: BarrierSeverity { ratings.values.map(\.severity).max() ?? .none }

    /// One line per barrier, grouped as the guideline groups them:
    /// "Basale levevilkår › bolig: betydelig barriere – sofasurfer hos venner".
    public func summary(_ language: Language) -> [String] {
        barriers.compactMap { item in
            guard let rating = ratings[item] else { return nil }
            let note = rating.note.isEmpty ? "" : " – \(rating.note)"
            return "\(item.group.text(language)) › \(item.text(language)): \(rating.severity.text(language))\(note)"
        }
    }
}
