// Barrier assessments: the guideline's groups, severities, what counts as a barrier, the summary.
import Foundation
import Testing

@testable import Core

@Suite struct BarrierAssessmentTests {
    typealias F = PlanFixtures

    static func assessment() throws -> BarrierAssessment {
        try BarrierAssessment(
            caseID: CaseID(7), day: F.day("2026-01-08"), assessedBy: " mette ",
            ratings: [
                .housing: BarrierRating(.considerable, note: " sofa-surfing with friends "),
                .sleep: BarrierRating(.none),
                .children: BarrierRating(.some, note: "two children in foster care"),
                .workCommunity: BarrierRating(.some),
            ])
    }

    @Test func theGuidelinesGroupsHoldTheirItems() {
        #expect(BarrierGroup.basicLivingConditions.items == [.housing, .sleep, .nutrition, .economy, .hygiene])
        #expect(BarrierGroup.socialRelations.items == [.loneliness, .network, .children])
        #expect(BarrierGroup.community.items == [.community, .workCommunity])
        #expect(BarrierGroup.allCases.flatMap(\.items) == BarrierItem.allCases)
    }

    @Test func severitiesAreOrdered() {
        #expect(BarrierSeverity.allCases.sorted() == [.none, .some, .considerable])
        #expect(BarrierSeverity.some < .considerable)
    }

    @Test func barriersAreTheItemsRatedAboveNone() throws {
        let assessment = try Self.assessment()
        #expect(assessment.assessedBy == "mette")
        #expect(assessment.barriers == [.housing, .children, .workCommunity])
        #expect(assessment.barriers(in: .socialRelations) == [.children])
        #expect(assessment.barriers(in: .basicLivingConditions) == [.housing])
        #expect(assessment.unassessed == [.nutrition, .economy, .hygiene, .loneliness, .network, .community])
        #expect(assessment.highestSeverity == .considerable)
        #expect(assessment.ratings[.housing]?.note == "sofa-surfing with friends")
    }

    @Test func theSummaryListsEachBarrierInItsGroup() throws {
        let assessment = try Self.assessment()
        #expect(
            assessment.summary(.danish) == [
                "Basale levevilkår › bolig: betydelig barriere – sofa-surfing with friends",
                "Sociale relationer › børn under 18 år: nogen barriere – two children in foster care",
                "Tilhør til fællesskaber › arbejdsfællesskab: nogen barriere",
            ])
        #expect(
            assessment.summary(.english).first
                == "Basic living conditions › housing: considerable barrier – sofa-surfing with friends")
    }

    @Test func anAssessmentWithoutBarriersHasAnEmptySummary() throws {
        let assessment = try BarrierAssessment(
            caseID: CaseID(7), day: F.day("2026-01-08"), assessedBy: "mette", ratings: [.economy: BarrierRating(.none)])
        #expect(assessment.barriers.isEmpty)
        #expect(assessment.summary(.english).isEmpty)
        #expect(assessment.highestSeverity == .none)
    }

    @Test func anAssessmentNeedsAnAssessorAndARating() {
        #expect(throws: DomainError(field: "user", BarrierProblem.required)) {
            try BarrierAssessment(
                caseID: CaseID(7), day: F.day("2026-01-08"), assessedBy: "", ratings: [.sleep: BarrierRating(.some)])
        }
        #expect(throws: DomainError(field: "item", BarrierProblem.nothingRated)) {
            try BarrierAssessment(caseID: CaseID(7), day: F.day("2026-01-08"), assessedBy: "mette", ratings: [:])
        }
    }

    @Test func ratingsAreStoredAsAnObjectKeyedByItem() throws {
        let assessment = try Self.assessment()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(assessment)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains(#""work_community":{"note":"","severity":"some"}"#))
        #expect(try JSONDecoder().decode(BarrierAssessment.self, from: data) == assessment)
    }

    @Test func everyItemHasDistinctNames() {
        for language in Language.allCases {
            #expect(Set(BarrierItem.allCases.map { $0.text(language) }).count == BarrierItem.allCases.count)
        }
    }
}
