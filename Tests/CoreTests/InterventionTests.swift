// Interventions: the KIP responsible-actor rule, links to goals, and the status lifecycle.
import Testing

@testable import Core

@Suite struct InterventionTests {
    typealias F = PlanFixtures

    static let housingSupport = InterventionDraft(
        description: "Housing support twice a week", sector: .social, mode: .integrated, responsible: ActorID(14),
        goals: [GoalID(1)], period: Period(start: PlanFixtures.day("2026-02-01"), end: PlanFixtures.day("2026-08-01")))

    @Test func aKIPInterventionNeedsAResponsibleActor() throws {
        var history = try F.readyKIP()
        var draft = Self.housingSupport
        draft.responsible = nil
        #expect(throws: DomainError(field: "responsible", PlanProblem.kipInterventionNeedsResponsible)) {
            try history.apply(.addIntervention(intervention: draft), by: F.user, at: F.time)
        }
        #expect(history.plan.interventions.count == 1)
    }

    @Test func aKIPInterventionCannotLoseItsResponsibleActor() throws {
        var history = try F.readyKIP()
        var draft = try #require(history.plan.intervention(InterventionID(1))).draft
        draft.responsible = nil
        #expect(throws: DomainError(field: "responsible", PlanProblem.kipInterventionNeedsResponsible)) {
            try history.apply(.updateIntervention(id: InterventionID(1), intervention: draft), by: F.user, at: F.time)
        }
        #expect(history.plan.intervention(InterventionID(1))?.responsible == F.gp)
    }

    @Test(arguments: [PlanKind.behandlingsplan, .handleplan])
    func otherPlansAllowAnInterventionWithoutResponsible(kind: PlanKind) throws {
        let history = try F.applying(
            [.addIntervention(intervention: InterventionDraft(description: "Group therapy", sector: .health))],
            to: F.draft(kind))
        let intervention = try #require(history.plan.intervention(InterventionID(1)))
        #expect(intervention.responsible == nil)
        #expect(intervention.mode == .coordinated)
        #expect(intervention.status == .planned)
    }

    @Test func anInterventionKeepsItsFieldsAndSortsItsGoals() throws {
        var draft = Self.housingSupport
        draft.goals = [GoalID(2), GoalID(1), GoalID(2)]
        let history = try F.applying(
            [
                .addGoal(goal: GoalDraft(area: .housing, description: "Keep the flat")),
                .addIntervention(intervention: draft),
            ],
            to: F.readyKIP())
        let intervention = try #require(history.plan.intervention(InterventionID(2)))
        #expect(intervention.description == "Housing support twice a week")
        #expect(intervention.sector == .social)
        #expect(intervention.mode == .integrated)
        #expect(intervention.responsible == ActorID(14))
        #expect(intervention.goals == [GoalID(1), GoalID(2)])
        #expect(intervention.period == Period(start: F.day("2026-02-01"), end: F.day("2026-08-01")))
    }

    @Test func anInterventionServesGoalsOfItsOwnPlanOnly() throws {
        var history = try F.readyKIP()
        var draft = Self.housingSupport
        draft.goals = [GoalID(1), GoalID(5)]
        #expect(throws: DomainError(field: "goals", PlanProblem.unknownGoal(GoalID(5)))) {
            try history.apply(.addIntervention(intervention: draft), by: F.user, at: F.time)
        }
    }

    @Test func anInterventionNeedsADescription() throws {
        var history = try F.readyKIP()
        var draft = Self.housingSupport
        draft.description = ""
        #expect(throws: DomainError(field: "description", PlanProblem.required)) {
            try history.apply(.addIntervention(intervention: draft), by: F.user, at: F.time)
        }
    }

    static let legalTransitions: Set<[InterventionStatus]> = [
        [.planned, .active], [.planned, .completed], [.planned, .cancelled], [.active, .completed],
        [.active, .cancelled],
    ]

    @Test(arguments: InterventionStatus.allCases, InterventionStatus.allCases)
    func statusTransitions(from: InterventionStatus, to: InterventionStatus) throws {
        #expect(from.canChange(to: to) == Self.legalTransitions.contains([from, to]))
        var history = try F.readyKIP()
        switch from {
        case .planned: break
        case .active:
            try history.apply(.setInterventionStatus(id: InterventionID(1), status: .active), by: F.user, at: F.time)
        case .completed, .cancelled:
            try history.apply(.setInterventionStatus(id: InterventionID(1), status: from), by: F.user, at: F.time)
        }
        if from.canChange(to: to) {
            try history.apply(.setInterventionStatus(id: InterventionID(1), status: to), by: F.user, at: F.time)
            #expect(history.plan.intervention(InterventionID(1))?.status == to)
        } else {
            #expect(
                throws: DomainError(field: "status", PlanProblem.interventionTransitionNotAllowed(from: from, to: to))
            ) {
                try history.apply(.setInterventionStatus(id: InterventionID(1), status: to), by: F.user, at: F.time)
            }
        }
    }

    @Test func anUpdateKeepsTheStatus() throws {
        var history = try F.applying(
            [.setInterventionStatus(id: InterventionID(1), status: .active)], to: F.readyKIP())
        var draft = try #require(history.plan.intervention(InterventionID(1))).draft
        draft.description = "Substitution with methadone"
        try history.apply(.updateIntervention(id: InterventionID(1), intervention: draft), by: F.user, at: F.time)
        #expect(history.plan.intervention(InterventionID(1))?.status == .active)
        #expect(history.plan.intervention(InterventionID(1))?.description == "Substitution with methadone")
    }

    @Test func anUnknownInterventionIsNamed() throws {
        var history = try F.readyKIP()
        #expect(throws: DomainError(field: "intervention", PlanProblem.unknownIntervention(InterventionID(4)))) {
            try history.apply(.setInterventionStatus(id: InterventionID(4), status: .active), by: F.user, at: F.time)
        }
    }
}
