// Goals: numbering, required description, priorities, harm reduction, updates and status.
import Testing

@testable import Core

@Suite struct GoalTests {
    typealias F = PlanFixtures

    @Test func goalsAreNumberedWithinThePlanAndStartNotStarted() throws {
        let history = try F.applying(
            [
                .addGoal(goal: GoalDraft(area: .housing, description: " Own flat ", targetDate: F.day("2026-12-01"))),
                .addGoal(goal: GoalDraft(area: .employment, description: "Job training", priority: 2)),
            ], to: F.readyKIP())
        #expect(history.plan.goals.map(\.id) == [GoalID(1), GoalID(2), GoalID(3)])
        let flat = try #require(history.plan.goal(GoalID(2)))
        #expect(flat.description == "Own flat")
        #expect(flat.area == .housing)
        #expect(flat.targetDate == F.day("2026-12-01"))
        #expect(flat.status == .notStarted)
        #expect(flat.harmReduction == false)
        #expect(try #require(history.plan.goal(GoalID(1))).harmReduction)
        #expect(history.plan.goal(GoalID(3))?.priority == 2)
    }

    @Test func aGoalNeedsADescription() throws {
        var history = try F.draft(.behandlingsplan)
        #expect(throws: DomainError(field: "description", PlanProblem.required)) {
            try history.apply(.addGoal(goal: GoalDraft(area: .housing, description: " \n")), by: F.user, at: F.time)
        }
    }

    @Test(arguments: [0, -1])
    func aPriorityIsOneOrMore(priority: Int) throws {
        var history = try F.draft(.kip)
        #expect(throws: DomainError(field: "priority", PlanProblem.priorityNotPositive)) {
            try history.apply(
                .addGoal(goal: GoalDraft(area: .housing, description: "Flat", priority: priority)), by: F.user,
                at: F.time)
        }
    }

    @Test func anUpdateReplacesTheFieldsAndKeepsTheStatus() throws {
        var history = try F.applying([.setGoalStatus(id: GoalID(1), status: .inProgress)], to: F.readyKIP())
        var draft = try #require(history.plan.goal(GoalID(1))).draft
        draft.targetDate = F.day("2026-09-01")
        draft.priority = 1
        try history.apply(.updateGoal(id: GoalID(1), goal: draft), by: F.user, at: F.time)
        let goal = try #require(history.plan.goal(GoalID(1)))
        #expect(goal.targetDate == F.day("2026-09-01"))
        #expect(goal.priority == 1)
        #expect(goal.description == "Less heroin use")
        #expect(goal.status == .inProgress)
    }

    @Test(arguments: GoalStatus.allCases, GoalStatus.allCases)
    func anyGoalStatusMayFollowAnyOther(from: GoalStatus, to: GoalStatus) throws {
        var history = try F.readyKIP()
        if from != .notStarted {
            try history.apply(.setGoalStatus(id: GoalID(1), status: from), by: F.user, at: F.time)
        }
        if from == to {
            #expect(throws: DomainError(field: "change", PlanProblem.nothingChanged)) {
                try history.apply(.setGoalStatus(id: GoalID(1), status: to), by: F.user, at: F.time)
            }
        } else {
            try history.apply(.setGoalStatus(id: GoalID(1), status: to), by: F.user, at: F.time)
            #expect(history.plan.goal(GoalID(1))?.status == to)
        }
    }

    @Test func onlyNotStartedAndInProgressGoalsAreOpen() {
        #expect(GoalStatus.allCases.filter(\.isOpen) == [.notStarted, .inProgress])
    }

    @Test func anUnknownGoalIsNamed() throws {
        var history = try F.readyKIP()
        #expect(throws: DomainError(field: "goal", PlanProblem.unknownGoal(GoalID(9)))) {
            try history.apply(.setGoalStatus(id: GoalID(9), status: .achieved), by: F.user, at: F.time)
        }
    }

    @Test func everyAreaHasDistinctDanishAndEnglishNames() {
        for language in Language.allCases {
            #expect(Set(GoalArea.allCases.map { $0.text(language) }).count == GoalArea.allCases.count)
        }
        #expect(GoalArea.substanceUse.rawValue == "substance_use")
        #expect(GoalArea.mentalHealth.text(.danish) == "psykisk helbred")
    }
}
