// Plan rules: creation, the status lifecycle, activation per kind, text parts and closed plans.
import Foundation
import Testing

@testable import Core

@Suite struct PlanTests {
    typealias F = PlanFixtures

    @Test(arguments: PlanKind.allCases)
    func aNewPlanIsAnEmptyDraftOfItsKind(kind: PlanKind) throws {
        let history = try F.draft(kind)
        #expect(history.versions.count == 1)
        #expect(history.current.number == 1)
        #expect(history.current.change == nil)
        #expect(history.plan.kind == kind)
        #expect(history.plan.status == .draft)
        #expect(history.plan.goals.isEmpty && history.plan.interventions.isEmpty)
        for part in PlanPart.parts(of: kind) { #expect(history.plan.content.text(part) == "") }
    }

    @Test func aHandleplanIsRefusedForAnAnonymousCase() {
        #expect(throws: DomainError(field: "kind", PlanProblem.handleplanForAnonymousCase)) {
            try PlanHistory(
                creating: PlanID(1), case: CaseID(7), kind: .handleplan, caseIsAnonymous: true, by: F.user, at: F.time)
        }
    }

    @Test(arguments: [PlanKind.behandlingsplan, .kip])
    func otherPlansAreAllowedForAnAnonymousCase(kind: PlanKind) throws {
        let history = try PlanHistory(
            creating: PlanID(1), case: CaseID(7), kind: kind, caseIsAnonymous: true, by: F.user, at: F.time)
        #expect(history.plan.kind == kind)
    }

    static let legalTransitions: Set<[PlanStatus]> = [
        [.draft, .active], [.active, .completed], [.draft, .revoked], [.active, .revoked],
    ]

    @Test(arguments: PlanStatus.allCases, PlanStatus.allCases)
    func statusTransitions(from: PlanStatus, to: PlanStatus) {
        #expect(from.canChange(to: to) == Self.legalTransitions.contains([from, to]))
    }

    @Test func onlyDraftAndActivePlansAreOpen() {
        #expect(PlanStatus.allCases.filter(\.isOpen) == [.draft, .active])
    }

    @Test func aDraftCannotBeCompleted() throws {
        var history = try F.readyKIP()
        #expect(throws: DomainError(field: "status", PlanProblem.transitionNotAllowed(from: .draft, to: .completed))) {
            try history.apply(.complete(on: F.day("2026-02-01")), by: F.user, at: F.time)
        }
    }

    @Test func anActivePlanCannotBeActivatedAgain() throws {
        var history = try F.activeKIP()
        #expect(throws: DomainError(field: "status", PlanProblem.transitionNotAllowed(from: .active, to: .active))) {
            try history.apply(.activate(on: F.day("2026-02-01")), by: F.user, at: F.time)
        }
    }

    @Test func aDraftCanBeRevokedWithAReason() throws {
        var history = try F.draft(.behandlingsplan)
        #expect(throws: DomainError(field: "reason", PlanProblem.required)) {
            try history.apply(.revoke(on: F.day("2026-02-01"), reason: "  "), by: F.user, at: F.time)
        }
        try history.apply(.revoke(on: F.day("2026-02-01"), reason: " Made by mistake "), by: F.user, at: F.time)
        #expect(history.plan.status == .revoked)
        #expect(history.plan.ended == F.day("2026-02-01"))
        #expect(history.plan.revocationReason == "Made by mistake")
    }

    @Test func anActivePlanIsCompletedOnADayNotBeforeItsActivation() throws {
        var history = try F.activeKIP()
        #expect(throws: DomainError(field: "date", PlanProblem.dayBefore(F.day("2026-01-15")))) {
            try history.apply(.complete(on: F.day("2026-01-14")), by: F.user, at: F.time)
        }
        try history.apply(.complete(on: F.day("2026-01-15")), by: F.user, at: F.time)
        #expect(history.plan.status == .completed)
        #expect(history.plan.ended == F.day("2026-01-15"))
    }

    static let laterChanges: [PlanChange] = [
        .setText(part: .priorities, text: "Housing first"),
        .addGoal(goal: GoalDraft(area: .housing, description: "Own flat")),
        .setGoalStatus(id: GoalID(1), status: .achieved),
        .addFollowUp(due: PlanFixtures.day("2026-09-01"), purpose: ""),
        .addParticipant(actor: PlanFixtures.jobConsultant),
        .activate(on: PlanFixtures.day("2026-06-01")),
        .revoke(on: PlanFixtures.day("2026-06-01"), reason: "again"),
    ]

    @Test(arguments: [PlanStatus.completed, .revoked], laterChanges)
    func aClosedPlanCannotChange(closed: PlanStatus, change: PlanChange) throws {
        let closing: PlanChange =
            closed == .completed
            ? .complete(on: F.day("2026-05-01")) : .revoke(on: F.day("2026-05-01"), reason: "moved")
        var history = try F.applying([closing], to: F.activeKIP())
        let before = history
        #expect(throws: DomainError(field: "status", PlanProblem.planClosed(closed))) {
            try history.apply(change, by: F.user, at: F.time)
        }
        #expect(history == before)
    }

    @Test func closingAPlanCancelsItsPlannedFollowUpsOnly() throws {
        let history = try F.applying(
            [
                .addFollowUp(due: F.day("2026-02-01"), purpose: "status"),
                .recordFollowUp(id: FollowUpID(2), held: F.day("2026-02-01"), outcome: "stable"),
                .complete(on: F.day("2026-03-01")),
            ], to: F.activeKIP())
        #expect(history.plan.followUps.map(\.status) == [.cancelled, .held])
        #expect(history.plan.overdueFollowUps(on: F.day("2027-01-01")).isEmpty)
    }

    @Test func aTextPartMustBelongToThePlansKind() throws {
        var history = try F.draft(.handleplan)
        #expect(throws: DomainError(field: "part", PlanProblem.partNotInKind(.challengesCitizen, .handleplan))) {
            try history.apply(.setText(part: .challengesCitizen, text: "x"), by: F.user, at: F.time)
        }
        try history.apply(.setText(part: .housing, text: "  Needs a flat near the centre \n"), by: F.user, at: F.time)
        #expect(history.plan.content.text(.housing) == "Needs a flat near the centre")
        guard case .handleplan(let content) = history.plan.content else {
            Issue.record("not a handleplan")
            return
        }
        #expect(content.otherMatters.housing == "Needs a flat near the centre")
    }

    @Test(arguments: PlanPart.allCases)
    func everyPartIsStoredInItsKindOnly(part: PlanPart) throws {
        for kind in PlanKind.allCases {
            var history = try F.draft(kind)
            if kind == part.kind {
                try history.apply(.setText(part: part, text: "text of \(part.rawValue)"), by: F.user, at: F.time)
                #expect(history.plan.content.text(part) == "text of \(part.rawValue)")
                let others = PlanPart.parts(of: kind).filter { $0 != part }
                #expect(others.allSatisfy { history.plan.content.text($0) == "" })
            } else {
                #expect(history.plan.content.text(part) == nil)
                #expect(throws: DomainError.self) {
                    try history.apply(.setText(part: part, text: "x"), by: F.user, at: F.time)
                }
            }
        }
    }

    @Test func aChangeThatChangesNothingIsRefused() throws {
        var history = try F.applying([.setText(part: .purpose, text: "Stable life")], to: F.draft(.handleplan))
        #expect(throws: DomainError(field: "change", PlanProblem.nothingChanged)) {
            try history.apply(.setText(part: .purpose, text: "Stable life "), by: F.user, at: F.time)
        }
        #expect(history.versions.count == 2)
    }

    @Test func kipChangesAreRefusedForOtherKinds() throws {
        var history = try F.draft(.behandlingsplan)
        #expect(throws: DomainError(field: "kind", PlanProblem.onlyForKIP)) {
            try history.apply(.setCoordinator(actor: F.counsellor), by: F.user, at: F.time)
        }
        #expect(throws: DomainError(field: "kind", PlanProblem.onlyForKIP)) {
            try history.apply(.linkPlan(plan: PlanID(2), version: 1), by: F.user, at: F.time)
        }
    }

    @Test func nextAndOverdueFollowUps() throws {
        let history = try F.applying(
            [
                .addFollowUp(due: F.day("2026-03-01"), purpose: "status after 3 months"),
                .addFollowUp(due: F.day("2026-02-01"), purpose: "check housing"),
                .cancelFollowUp(id: FollowUpID(3)),
            ], to: F.activeKIP())
        #expect(history.plan.nextFollowUp?.id == FollowUpID(2))
        #expect(history.plan.overdueFollowUps(on: F.day("2026-03-01")).isEmpty)
        #expect(history.plan.overdueFollowUps(on: F.day("2026-04-16")).map(\.id) == [FollowUpID(2), FollowUpID(1)])
    }
}
