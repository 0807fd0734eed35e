// What each kind of plan needs before activation; for a KIP the next meeting within six months.
import Testing

@testable import Core

@Suite struct PlanActivationTests {
    typealias F = PlanFixtures

    @Test func anEmptyKIPListsEverythingItLacks() throws {
        let plan = try F.draft(.kip).plan
        let activation = F.day("2026-01-15")
        #expect(
            plan.activationProblems(on: activation) == [
                DomainError(field: "coordinator", PlanProblem.kipNeedsCoordinator),
                DomainError(field: "consent", PlanProblem.kipNeedsConsent),
                DomainError(field: "goals", PlanProblem.needsGoal),
                DomainError(field: "due", PlanProblem.kipNeedsNextMeeting(from: activation, by: F.day("2026-07-15"))),
            ])
    }

    @Test func activationThrowsTheFirstProblemAndKeepsTheDraft() throws {
        var history = try F.applying([.removeConsent(consent: F.consent)], to: F.readyKIP())
        let before = history
        #expect(throws: DomainError(field: "consent", PlanProblem.kipNeedsConsent)) {
            try history.apply(.activate(on: F.day("2026-01-15")), by: F.user, at: F.time)
        }
        #expect(history == before)
    }

    @Test func aReadyKIPIsActivatedOnTheGivenDay() throws {
        let history = try F.activeKIP()
        #expect(history.plan.status == .active)
        #expect(history.plan.activated == F.day("2026-01-15"))
        #expect(history.plan.ended == nil)
    }

    /// The KIP is activated on 2026-01-15; its only planned follow-up falls due on `due`.
    @Test(arguments: [
        ("2026-01-14", false), ("2026-01-15", true), ("2026-03-01", true), ("2026-07-15", true), ("2026-07-16", false),
    ])
    func theNextMeetingMustFallWithinSixMonthsOfActivation(due: String, allowed: Bool) throws {
        let history = try F.applying(
            [.rescheduleFollowUp(id: FollowUpID(1), due: F.day(due))], to: F.readyKIP())
        #expect(history.plan.activationProblems(on: F.day("2026-01-15")).isEmpty == allowed)
    }

    @Test func sixMonthsFromAMonthsLastDayEndsOnTheLastDayOfTheMonth() throws {
        let history = try F.applying(
            [.rescheduleFollowUp(id: FollowUpID(1), due: F.day("2027-02-28"))], to: F.readyKIP())
        #expect(history.plan.activationProblems(on: F.day("2026-08-31")).isEmpty)
        let later = try F.applying([.rescheduleFollowUp(id: FollowUpID(1), due: F.day("2027-03-01"))], to: F.readyKIP())
        #expect(
            later.plan.activationProblems(on: F.day("2026-08-31")) == [
                DomainError(
                    field: "due", PlanProblem.kipNeedsNextMeeting(from: F.day("2026-08-31"), by: F.day("2027-02-28")))
            ])
    }

    @Test func aHeldOrCancelledFollowUpIsNotTheNextMeeting() throws {
        let held = try F.applying(
            [.recordFollowUp(id: FollowUpID(1), held: F.day("2026-01-10"), outcome: "pre-meeting")], to: F.readyKIP())
        #expect(held.plan.activationProblems(on: F.day("2026-01-15")).map(\.field) == ["due"])
        let cancelled = try F.applying([.cancelFollowUp(id: FollowUpID(1))], to: F.readyKIP())
        #expect(cancelled.plan.activationProblems(on: F.day("2026-01-15")).map(\.field) == ["due"])
    }

    @Test func aDroppedGoalDoesNotCount() throws {
        let history = try F.applying([.setGoalStatus(id: GoalID(1), status: .dropped)], to: F.readyKIP())
        #expect(
            history.plan.activationProblems(on: F.day("2026-01-15")) == [
                DomainError(field: "goals", PlanProblem.needsGoal)
            ])
    }

    @Test func aBehandlingsplanNeedsAGoal() throws {
        var history = try F.draft(.behandlingsplan)
        #expect(throws: DomainError(field: "goals", PlanProblem.needsGoal)) {
            try history.apply(.activate(on: F.day("2026-01-15")), by: F.user, at: F.time)
        }
        try history.apply(
            .addGoal(goal: GoalDraft(area: .substanceUse, description: "Stop injecting", harmReduction: true)),
            by: F.user,
            at: F.time)
        try history.apply(.activate(on: F.day("2026-01-15")), by: F.user, at: F.time)
        #expect(history.plan.status == .active)
    }

    @Test func aHandleplanNeedsItsPurpose() throws {
        var history = try F.draft(.handleplan)
        #expect(throws: DomainError(field: "part", PlanProblem.partRequired(.purpose))) {
            try history.apply(.activate(on: F.day("2026-01-15")), by: F.user, at: F.time)
        }
        try history.apply(.setText(part: .purpose, text: "A stable everyday life"), by: F.user, at: F.time)
        try history.apply(.activate(on: F.day("2026-01-15")), by: F.user, at: F.time)
        #expect(history.plan.status == .active)
    }
}
