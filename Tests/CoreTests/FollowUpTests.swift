// Follow-ups: overdue when still planned after the due day; held with an outcome, moved or cancelled once.
import Testing

@testable import Core

@Suite struct FollowUpTests {
    typealias F = PlanFixtures

    /// Follow-up 1 of the ready KIP falls due on 2026-04-15.
    @Test(arguments: [("2026-04-14", false), ("2026-04-15", false), ("2026-04-16", true), ("2027-01-01", true)])
    func aPlannedFollowUpIsOverdueAfterItsDueDay(today: String, overdue: Bool) throws {
        let followUp = try #require(try F.readyKIP().plan.followUp(FollowUpID(1)))
        #expect(followUp.isOverdue(on: F.day(today)) == overdue)
    }

    @Test func aHeldFollowUpIsNeverOverdue() throws {
        let history = try F.applying(
            [.recordFollowUp(id: FollowUpID(1), held: F.day("2026-04-20"), outcome: " Goals reviewed ")],
            to: F.activeKIP())
        let followUp = try #require(history.plan.followUp(FollowUpID(1)))
        #expect(followUp.status == .held)
        #expect(followUp.held == F.day("2026-04-20"))
        #expect(followUp.outcome == "Goals reviewed")
        #expect(!followUp.isOverdue(on: F.day("2026-05-01")))
    }

    @Test func aCancelledFollowUpIsNeverOverdue() throws {
        let history = try F.applying([.cancelFollowUp(id: FollowUpID(1))], to: F.activeKIP())
        #expect(history.plan.followUp(FollowUpID(1))?.isOverdue(on: F.day("2026-05-01")) == false)
    }

    @Test func aFollowUpIsHeldWithAnOutcome() throws {
        var history = try F.activeKIP()
        #expect(throws: DomainError(field: "outcome", PlanProblem.required)) {
            try history.apply(
                .recordFollowUp(id: FollowUpID(1), held: F.day("2026-04-15"), outcome: ""), by: F.user, at: F.time)
        }
    }

    @Test(arguments: [
        PlanChange.recordFollowUp(id: FollowUpID(1), held: PlanFixtures.day("2026-04-16"), outcome: "again"),
        .rescheduleFollowUp(id: FollowUpID(1), due: PlanFixtures.day("2026-05-01")),
        .cancelFollowUp(id: FollowUpID(1)),
    ])
    func onlyAPlannedFollowUpCanBeHeldMovedOrCancelled(change: PlanChange) throws {
        var held = try F.applying(
            [.recordFollowUp(id: FollowUpID(1), held: F.day("2026-04-15"), outcome: "done")], to: F.activeKIP())
        #expect(throws: DomainError(field: "followup", PlanProblem.followUpNotPlanned(.held))) {
            try held.apply(change, by: F.user, at: F.time)
        }
        var cancelled = try F.applying([.cancelFollowUp(id: FollowUpID(1))], to: F.activeKIP())
        #expect(throws: DomainError(field: "followup", PlanProblem.followUpNotPlanned(.cancelled))) {
            try cancelled.apply(change, by: F.user, at: F.time)
        }
    }

    @Test func aFollowUpCanBeMoved() throws {
        let history = try F.applying(
            [.rescheduleFollowUp(id: FollowUpID(1), due: F.day("2026-05-01"))], to: F.activeKIP())
        #expect(history.plan.followUp(FollowUpID(1))?.due == F.day("2026-05-01"))
        #expect(history.plan.followUp(FollowUpID(1))?.purpose == "next KIP meeting")
    }

    @Test func anUnknownFollowUpIsNamed() throws {
        var history = try F.activeKIP()
        #expect(throws: DomainError(field: "followup", PlanProblem.unknownFollowUp(FollowUpID(3)))) {
            try history.apply(.cancelFollowUp(id: FollowUpID(3)), by: F.user, at: F.time)
        }
    }
}
