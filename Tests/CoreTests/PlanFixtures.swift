// Plans the plan tests start from: an empty draft of each kind and a KIP ready to activate.
import Foundation

@testable import Core

enum PlanFixtures {
    static let user = "mette"
    static let time = Date(timeIntervalSince1970: 1_780_000_000)
    static let gp = ActorID(11)
    static let counsellor = ActorID(12)
    static let jobConsultant = ActorID(13)
    static let consent = ConsentID(21)

    /// A day written as a literal in a test.
    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { preconditionFailure("not a day: \(text)") }
        return day
    }

    /// Version 1 of an empty draft of `kind` (plan 1 of case 7).
    static func draft(_ kind: PlanKind) throws -> PlanHistory {
        try PlanHistory(creating: PlanID(1), case: CaseID(7), kind: kind, caseIsAnonymous: false, by: user, at: time)
    }

    /// `history` after each of `changes`, one version each.
    static func applying(_ changes: [PlanChange], to history: PlanHistory) throws -> PlanHistory {
        var history = history
        for (offset, change) in changes.enumerated() {
            try history.apply(change, by: user, at: time.addingTimeInterval(Double(offset + 1) * 60))
        }
        return history
    }

    /// A draft KIP with everything activation on 2026-01-15 needs: coordinator, consent, one goal,
    /// one intervention with a responsible actor, and the next meeting on 2026-04-15.
    static func readyKIP() throws -> PlanHistory {
        try applying(
            [
                .setCoordinator(actor: counsellor),
                .addConsent(consent: consent),
                .addGoal(goal: GoalDraft(area: .substanceUse, description: "Less heroin use", harmReduction: true)),
                .addIntervention(
                    intervention: InterventionDraft(
                        description: "Substitution treatment", sector: .health, responsible: gp,
                        goals: [GoalID(1)])),
                .addFollowUp(due: day("2026-04-15"), purpose: "next KIP meeting"),
            ], to: draft(.kip))
    }

    /// A KIP activated on 2026-01-15 (version 7).
    static func activeKIP() throws -> PlanHistory {
        try applying([.activate(on: day("2026-01-15"))], to: readyKIP())
    }

    /// An active KIP with every part filled in, a held follow-up and a meeting the citizen missed
    /// and accepted afterwards (version 21).
    static func fullKIP() throws -> PlanHistory {
        try applying(
            [
                .setText(part: .citizenName, text: "Jens Hansen"),
                .setText(part: .legalBasis, text: "SEL § 101, SUL § 142"),
                .setText(part: .consentNote, text: "Sharing with GP, psychiatry and job centre"),
                .addParticipant(actor: gp),
                .addParticipant(actor: jobConsultant),
                .addExternalPlan(
                    plan: ExternalPlanDraft(
                        kind: .gpTreatmentPlan, owner: gp, day: day("2025-12-01"), status: "ongoing",
                        goals: "Stable blood pressure", interventions: "Monthly check")),
                .linkPlan(plan: PlanID(2), version: 3),
                .setText(part: .challengesCitizen, text: "Sleeps badly"),
                .setText(part: .challengesAcute, text: "Eviction notice"),
                .addGoal(
                    goal: GoalDraft(
                        area: .housing, description: "Keep the flat", targetDate: day("2026-06-01"), priority: 1)),
                .addMeeting(
                    meeting: MeetingDraft(
                        day: day("2026-01-10"), participants: [gp, counsellor], citizenPresent: false,
                        note: "First plan meeting")),
                .activate(on: day("2026-01-15")),
                .recordCitizenAcceptance(
                    meeting: MeetingID(1), acceptance: CitizenAcceptance(day: day("2026-01-12"), method: .phone)),
                .addIntervention(
                    intervention: InterventionDraft(
                        description: "Housing support", sector: .social, mode: .integrated, responsible: counsellor,
                        goals: [GoalID(2)], period: Period(start: day("2026-01-20")))),
                .recordFollowUp(id: FollowUpID(1), held: day("2026-04-14"), outcome: "Flat kept"),
            ], to: readyKIP())
    }
}
