// KIP parts 1 and 2: coordinator, participants, consents, and the survey of the citizen's plans.
import Testing

@testable import Core

@Suite struct KIPTests {
    typealias F = PlanFixtures

    static let gpPlan = ExternalPlanDraft(
        kind: .gpTreatmentPlan, owner: PlanFixtures.gp, day: PlanFixtures.day("2025-12-01"), status: "ongoing",
        goals: "Stable blood pressure", interventions: "Monthly check")

    @Test func theCoordinatorRoleMovesAndTheVersionsKeepWhoHeldIt() throws {
        let history = try F.applying([.setCoordinator(actor: F.jobConsultant)], to: F.activeKIP())
        #expect(history.plan.content.kip?.masterData.coordinator == F.jobConsultant)
        #expect(history.version(6)?.plan.content.kip?.masterData.coordinator == F.counsellor)
    }

    @Test func participantsAreASortedListWithoutRepeats() throws {
        var history = try F.applying(
            [.addParticipant(actor: F.jobConsultant), .addParticipant(actor: F.gp)], to: F.readyKIP())
        #expect(history.plan.content.kip?.masterData.participants == [F.gp, F.jobConsultant])
        #expect(throws: DomainError(field: "actor", PlanProblem.alreadyListed)) {
            try history.apply(.addParticipant(actor: F.gp), by: F.user, at: F.time)
        }
        try history.apply(.removeParticipant(actor: F.gp), by: F.user, at: F.time)
        #expect(throws: DomainError(field: "actor", PlanProblem.notListed)) {
            try history.apply(.removeParticipant(actor: F.gp), by: F.user, at: F.time)
        }
        #expect(history.plan.content.kip?.masterData.participants == [F.jobConsultant])
    }

    @Test func consentsAreListedOnce() throws {
        var history = try F.readyKIP()
        #expect(throws: DomainError(field: "consent", PlanProblem.alreadyListed)) {
            try history.apply(.addConsent(consent: F.consent), by: F.user, at: F.time)
        }
        #expect(throws: DomainError(field: "consent", PlanProblem.notListed)) {
            try history.apply(.removeConsent(consent: ConsentID(99)), by: F.user, at: F.time)
        }
    }

    @Test func externalPlansAreNumberedAndUpdated() throws {
        var history = try F.applying(
            [
                .addExternalPlan(plan: Self.gpPlan),
                .addExternalPlan(
                    plan: ExternalPlanDraft(
                        kind: .jobCentrePlan, owner: F.jobConsultant, day: F.day("2026-01-05"), status: "clarification")
                ),
            ], to: F.readyKIP())
        var draft = try #require(history.plan.content.kip?.survey.externalPlans.first).draft
        draft.status = "ended"
        try history.apply(.updateExternalPlan(id: ExternalPlanID(1), plan: draft), by: F.user, at: F.time)
        let plans = try #require(history.plan.content.kip?.survey.externalPlans)
        #expect(plans.map(\.id) == [ExternalPlanID(1), ExternalPlanID(2)])
        #expect(plans.map(\.kind) == [.gpTreatmentPlan, .jobCentrePlan])
        #expect(plans[0].status == "ended")
        #expect(plans[0].goals == "Stable blood pressure")
        #expect(plans[0].name.text(.danish) == "Lægens behandlingsplan")
        #expect(throws: DomainError(field: "external", PlanProblem.unknownExternalPlan(ExternalPlanID(3)))) {
            try history.apply(.updateExternalPlan(id: ExternalPlanID(3), plan: draft), by: F.user, at: F.time)
        }
    }

    @Test func anOtherExternalPlanNeedsATitle() throws {
        var history = try F.readyKIP()
        var draft = Self.gpPlan
        draft.kind = .other
        #expect(throws: DomainError(field: "title", PlanProblem.required)) {
            try history.apply(.addExternalPlan(plan: draft), by: F.user, at: F.time)
        }
        draft.title = "Kriminalforsorgens plan"
        try history.apply(.addExternalPlan(plan: draft), by: F.user, at: F.time)
        #expect(history.plan.content.kip?.survey.externalPlans.first?.name.text(.english) == "Kriminalforsorgens plan")
    }

    @Test func linkedPlansKeepOneVersionPerPlan() throws {
        var history = try F.applying(
            [.linkPlan(plan: PlanID(5), version: 3), .linkPlan(plan: PlanID(2), version: 1)], to: F.readyKIP())
        try history.apply(.linkPlan(plan: PlanID(5), version: 4), by: F.user, at: F.time)
        #expect(
            history.plan.content.kip?.survey.linkedPlans == [
                KIPSurvey.LinkedPlan(plan: PlanID(2), version: 1), KIPSurvey.LinkedPlan(plan: PlanID(5), version: 4),
            ])
        try history.apply(.unlinkPlan(plan: PlanID(2)), by: F.user, at: F.time)
        #expect(history.plan.content.kip?.survey.linkedPlans.map(\.plan) == [PlanID(5)])
        #expect(throws: DomainError(field: "plan", PlanProblem.notListed)) {
            try history.apply(.unlinkPlan(plan: PlanID(2)), by: F.user, at: F.time)
        }
    }

    @Test func aPlanCannotLinkItselfOrAVersionBelowOne() throws {
        var history = try F.readyKIP()
        #expect(throws: DomainError(field: "plan", PlanProblem.linkToSelf)) {
            try history.apply(.linkPlan(plan: PlanID(1), version: 2), by: F.user, at: F.time)
        }
        #expect(throws: DomainError(field: "version", PlanProblem.versionNotPositive)) {
            try history.apply(.linkPlan(plan: PlanID(2), version: 0), by: F.user, at: F.time)
        }
    }

    @Test func theTextPartsLandInTheirParts() throws {
        let history = try F.applying(
            [
                .setText(part: .citizenName, text: "Jens Hansen"), .setText(part: .legalBasis, text: "SEL § 101"),
                .setText(part: .challengesRelatives, text: "Mother worries"),
                .setText(part: .priorities, text: "Housing"),
            ], to: F.readyKIP())
        let kip = try #require(history.plan.content.kip)
        #expect(kip.masterData.citizenName == "Jens Hansen")
        #expect(kip.masterData.legalBasis == "SEL § 101")
        #expect(kip.challenges.relatives == "Mother worries")
        #expect(kip.challenges.citizen == "")
        #expect(kip.priorities == "Housing")
    }
}
