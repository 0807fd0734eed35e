// Diffs between versions: exact paths and values for specific changes, fixed order, readable lines.
import Testing

@testable import Core

@Suite struct PlanDiffTests {
    typealias F = PlanFixtures

    /// The diff made by applying `changes` to `history`'s current version.
    static func diff(_ changes: [PlanChange], after history: PlanHistory) throws -> PlanDiff {
        let changed = try F.applying(changes, to: history)
        return PlanDiff(from: history.current, to: changed.current)
    }

    @Test func aVersionDoesNotDifferFromItself() throws {
        let history = try F.fullKIP()
        #expect(PlanDiff(from: history.current, to: history.current).isEmpty)
    }

    @Test func aNewTargetDateIsOneChangedField() throws {
        let history = try F.fullKIP()
        var goal = try #require(history.plan.goal(GoalID(2))).draft
        goal.targetDate = F.day("2026-09-01")
        let diff = try Self.diff([.updateGoal(id: GoalID(2), goal: goal)], after: history)
        #expect(diff.differences.count == 1)
        let difference = try #require(diff.differences.first)
        #expect(difference.kind == .changed)
        #expect(difference.path == "goals[2].targetDate")
        #expect(difference.old?.text(.english) == "2026-06-01")
        #expect(difference.new?.text(.english) == "2026-09-01")
        #expect(difference.line(.danish) == "Mål 2 › måldato: 2026-06-01 → 2026-09-01")
        #expect(difference.line(.english) == "Goal 2 › target date: 2026-06-01 → 2026-09-01")
    }

    @Test func aClearedTargetDateIsRemoved() throws {
        let history = try F.fullKIP()
        var goal = try #require(history.plan.goal(GoalID(2))).draft
        goal.targetDate = nil
        let diff = try Self.diff([.updateGoal(id: GoalID(2), goal: goal)], after: history)
        #expect(diff.differences.map(\.kind) == [.removed])
        #expect(diff.lines(.english) == ["Goal 2 › target date removed: 2026-06-01"])
    }

    @Test func aNewGoalIsOneAddedDifference() throws {
        let diff = try Self.diff(
            [.addGoal(goal: GoalDraft(area: .employment, description: "Job training"))], after: F.fullKIP())
        #expect(diff.differences.count == 1)
        let difference = try #require(diff.differences.first)
        #expect(difference.kind == .added)
        #expect(difference.path == "goals[3]")
        #expect(difference.old == nil)
        #expect(difference.new?.text(.danish) == "Job training")
        #expect(difference.line(.danish) == "Mål 3 tilføjet: Job training")
        #expect(difference.line(.english) == "Goal 3 added: Job training")
    }

    @Test func aTextPartIsComparedByItsPath() throws {
        let diff = try Self.diff(
            [.setText(part: .challengesCitizen, text: "Sleeps badly, eats little")], after: F.fullKIP())
        #expect(diff.differences.map(\.path) == ["kip.challenges.citizen"])
        #expect(diff.differences.first?.old?.text(.english) == "Sleeps badly")
        #expect(diff.differences.first?.new?.text(.english) == "Sleeps badly, eats little")
        #expect(
            diff.lines(.danish) == ["3. Udfordringer set af borgeren: Sleeps badly → Sleeps badly, eats little"])
    }

    @Test func activationChangesStatusAndAddsTheDay() throws {
        let diff = try Self.diff([.activate(on: F.day("2026-01-15"))], after: F.readyKIP())
        #expect(diff.differences.map(\.path) == ["status", "activated"])
        #expect(diff.differences.map(\.kind) == [.changed, .added])
        #expect(diff.lines(.english) == ["Status: draft → active", "Activated added: 2026-01-15"])
        #expect(diff.lines(.danish) == ["Status: kladde → aktiv", "Aktiveret tilføjet: 2026-01-15"])
    }

    @Test func completingShowsTheCancelledFollowUp() throws {
        let history = try F.activeKIP()
        let diff = try Self.diff([.complete(on: F.day("2026-05-01"))], after: history)
        #expect(diff.differences.map(\.path) == ["status", "ended", "followUps[1].status"])
        #expect(diff.differences.last?.old?.text(.english) == "planned")
        #expect(diff.differences.last?.new?.text(.english) == "cancelled")
    }

    @Test func kipListsAreComparedAsAWhole() throws {
        let diff = try Self.diff(
            [.addParticipant(actor: ActorID(15)), .setCoordinator(actor: F.jobConsultant)], after: F.fullKIP())
        #expect(diff.differences.map(\.path) == ["kip.coordinator", "kip.participants"])
        #expect(
            diff.lines(.english) == [
                "1. Master data: coordinator: actor 12 → actor 13",
                "1. Master data: participants: actor 11, actor 13 → actor 11, actor 13, actor 15",
            ])
    }

    @Test func theOrderIsPlanThenSurveyGoalsInterventionsFollowUpsMeetings() throws {
        let history = try F.readyKIP()
        let full = try F.fullKIP()
        let diff = PlanDiff(from: history.current, to: full.current)
        #expect(
            diff.differences.map(\.path) == [
                "status", "activated", "kip.participants", "kip.linkedPlans", "kip.name", "kip.legalBasis",
                "kip.consent", "kip.challenges.citizen", "kip.challenges.acute", "kip.externalPlans[1]", "goals[2]",
                "interventions[2]", "followUps[1].status", "followUps[1].held", "followUps[1].outcome", "meetings[1]",
            ])
        #expect(diff.differences.first { $0.path == "kip.linkedPlans" }?.new?.text(.english) == "plan 2 v3")
        #expect(diff.differences.first { $0.path == "meetings[1]" }?.new?.text(.english) == "2026-01-10")
        #expect(
            diff.differences.first { $0.path == "kip.externalPlans[1]" }?.label.text(.english) == "2. External plan 1")
    }

    @Test func theReverseDiffRemovesWhatWasAdded() throws {
        let history = try F.fullKIP()
        let diff = try #require(history.diff(from: 21, to: 6))
        let goal = try #require(diff.differences.first { $0.path == "goals[2]" })
        #expect(goal.kind == .removed)
        #expect(goal.line(.english) == "Goal 2 removed: Keep the flat")
        #expect(diff.differences.first { $0.path == "kip.name" }?.kind == .removed)
        #expect(history.diff(from: 21, to: 22) == nil)
    }

    @Test func fieldsOfAnEntityAreComparedOneByOne() throws {
        let history = try F.fullKIP()
        var draft = try #require(history.plan.intervention(InterventionID(2))).draft
        draft.mode = .coordinated
        draft.goals = [GoalID(1), GoalID(2)]
        let diff = try Self.diff(
            [
                .updateIntervention(id: InterventionID(2), intervention: draft),
                .setInterventionStatus(id: InterventionID(2), status: .active),
            ], after: history)
        #expect(
            diff.lines(.english) == [
                "Intervention 2 › mode: integrated → coordinated",
                "Intervention 2 › goals: goal 2 → goal 1, goal 2",
                "Intervention 2 › status: planned → active",
            ])
    }

    @Test func anAcceptanceIsAddedToItsMeeting() throws {
        let history = try F.applying(
            [
                .addMeeting(
                    meeting: MeetingDraft(day: F.day("2026-03-01"), participants: [F.gp], citizenPresent: false))
            ], to: F.fullKIP())
        let diff = try Self.diff(
            [
                .recordCitizenAcceptance(
                    meeting: MeetingID(2),
                    acceptance: CitizenAcceptance(day: F.day("2026-03-03"), method: .written, note: "signed copy"))
            ], after: history)
        #expect(diff.lines(.danish) == ["Møde 2 › borgerens accept tilføjet: 2026-03-03, skriftligt: signed copy"])
    }
}
