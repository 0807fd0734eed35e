// Ticks raise what has become due once ever: guarantee warnings and breaches, follow-ups, the KIP meeting, consents, tasks.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct TimeEventTests {
    typealias F = EventFixture

    // MARK: - The treatment guarantee

    @Test func theWarningComesOnDayTenAndTheBreachOnDayFifteen() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        #expect(try world.tick("2026-10-10").events.isEmpty, "day 9")
        let warning = try world.tick("2026-10-11")
        #expect(warning.events.map(\.kind) == [GuaranteeEvent.warning])
        #expect(warning.events[0].caseID == caseID)
        #expect(warning.events[0].subject == "treatment_case:\(caseID)")
        #expect(
            warning.events[0].payload
                == #"{"basis":"sel101","case_id":\#(caseID),"day":"2026-10-11","days_left":4,"#
                + #""deadline":"2026-10-15","requested":"2026-10-01","status":"pending"}"#)
        #expect(try world.tick("2026-10-11").events.isEmpty, "the same day again")
        #expect(try world.tick("2026-10-15").events.isEmpty, "day 14 is still in time")
        let breach = try world.tick("2026-10-16")
        #expect(breach.events.map(\.kind) == [GuaranteeEvent.breached])
        #expect(
            breach.events[0].payload
                == #"{"basis":"sel101","case_id":\#(caseID),"day":"2026-10-16","days_over":1,"#
                + #""deadline":"2026-10-15","requested":"2026-10-01","status":"breached"}"#)
        #expect(try world.tick("2026-10-17").events.isEmpty)
        #expect(try world.tick("2026-11-30").events.isEmpty)
        #expect(try world.events(GuaranteeEvent.warning).count == 1)
        #expect(try world.events(GuaranteeEvent.breached).count == 1)
    }

    @Test(arguments: [
        // requested, day 9, day 10, day 14, day 15
        ("2026-01-25", "2026-02-03", "2026-02-04", "2026-02-08", "2026-02-09"),
        ("2028-02-20", "2028-02-29", "2028-03-01", "2028-03-05", "2028-03-06"),
        ("2027-12-28", "2028-01-06", "2028-01-07", "2028-01-11", "2028-01-12"),
    ])
    func theDaysCountAcrossMonthEndsAndLeapDays(
        requested: String, day9: String, day10: String, day14: String, day15: String
    ) throws {
        let world = try F()
        _ = try world.openCase(requested)
        #expect(
            try world.tickKinds([day9, day10, day14, day15]) == [
                day9: [], day10: [GuaranteeEvent.warning], day14: [], day15: [GuaranteeEvent.breached],
            ])
    }

    @Test func aMissedWarningIsNotRaisedOnceTheCaseIsBreached() throws {
        let world = try F()
        _ = try world.openCase("2026-10-01")
        #expect(try world.tick("2026-10-20").events.map(\.kind) == [GuaranteeEvent.breached])
        #expect(try world.events(GuaranteeEvent.warning).isEmpty)
    }

    @Test func anonymousAndOtherOfferCasesNeverWarnNorBreach() throws {
        let world = try F()
        _ = try world.openCase("2026-10-01", basis: .sel101a)
        let chose = try world.openCase("2026-10-01")
        try world.changeCase(chose) { try $0.recordOtherOfferChoice(reason: "frit valg", on: F.day("2026-10-05")) }
        for day in ["2026-10-11", "2026-10-15", "2026-10-16", "2026-12-01"] {
            #expect(try world.tick(day).events.isEmpty, "\(day)")
        }
    }

    @Test func aStartInTimeNeverBreachesAndALateStartDoes() throws {
        let world = try F()
        let inTime = try world.openCase("2026-10-01")
        let late = try world.openCase("2026-10-01")
        #expect(try world.tick("2026-10-11").events.map(\.caseID) == [inTime, late])
        try world.changeCase(inTime) { _ = try $0.start(on: F.day("2026-10-15")) }
        try world.changeCase(late) { _ = try $0.start(on: F.day("2026-10-20")) }
        let breaches = try world.tick("2026-10-25").events
        #expect(breaches.map(\.kind) == [GuaranteeEvent.breached])
        #expect(breaches.map(\.caseID) == [late])
        #expect(try breaches[0].payload(as: GuaranteeEvent.self).daysOver == 5)
        #expect(try world.tick("2026-12-01").events.isEmpty)
    }

    @Test func aStartBeforeTheWarningDayWarnsOfNothing() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        try world.changeCase(caseID) { _ = try $0.start(on: F.day("2026-10-05")) }
        #expect(try world.tick("2026-10-11").events.isEmpty)
        #expect(try world.tick("2026-10-16").events.isEmpty)
    }

    // MARK: - Follow-ups

    @Test func aFollowUpFallsDueThenOverdueOnceEach() throws {
        let world = try F()
        let plan = try world.activeTreatmentPlan(followUpDue: "2026-12-01")
        func followUps(_ day: String) throws -> [String] {
            try world.tick(day).events.map(\.kind).filter { $0.hasPrefix("followup.") }
        }
        #expect(try followUps("2026-11-30") == [])
        #expect(try followUps("2026-12-01") == [FollowUpEvent.due])
        #expect(try followUps("2026-12-01") == [])
        #expect(try followUps("2026-12-02") == [FollowUpEvent.overdue])
        #expect(try followUps("2026-12-03") == [])
        let due = try world.events(FollowUpEvent.due)[0]
        #expect(due.subject == "plan:\(plan)")
        #expect(
            due.payload
                == #"{"case_id":\#(due.caseID!),"day":"2026-12-01","due":"2026-12-01","followup_id":1,"#
                + #""plan_id":\#(plan),"plan_kind":"behandlingsplan","purpose":"status efter 3 måneder","reason":"followup"}"#
        )
        // Rescheduled, it falls due again on its new day.
        try world.changePlan(plan, .rescheduleFollowUp(id: FollowUpID(1), due: F.day("2026-12-20")))
        #expect(try followUps("2026-12-19") == [])
        #expect(try followUps("2026-12-20") == [FollowUpEvent.due])
        #expect(try followUps("2026-12-21") == [FollowUpEvent.overdue])
        // Held, nothing more.
        try world.changePlan(plan, .addFollowUp(due: F.day("2027-01-10"), purpose: "næste status"))
        try world.changePlan(plan, .recordFollowUp(id: FollowUpID(2), held: F.day("2027-01-08"), outcome: "godt"))
        #expect(try followUps("2027-01-15") == [])
    }

    @Test func aMissedTickRaisesDueThenOverdue() throws {
        let world = try F()
        let first = try world.activeTreatmentPlan(followUpDue: "2026-12-01")
        let second = try world.activeTreatmentPlan(followUpDue: "2026-12-03")
        let events = try world.tick("2026-12-05").events.filter { $0.kind.hasPrefix("followup.") }
        #expect(
            events.map(\.kind) == [FollowUpEvent.due, FollowUpEvent.due, FollowUpEvent.overdue, FollowUpEvent.overdue])
        #expect(try events.map { try $0.payload(as: FollowUpEvent.self).planID } == [first, second, first, second])
    }

    @Test func followUpsOfDraftOrClosedPlansAreNotDue() throws {
        let world = try F()
        let caseID = try world.openCase("2026-09-20")
        try world.write { tx in
            let plan = try tx.createPlan(case: caseID, kind: .behandlingsplan).plan.id
            try tx.changePlan(plan, .addFollowUp(due: F.day("2026-12-01"), purpose: "kladde"))
        }
        let completed = try world.activeTreatmentPlan(followUpDue: "2026-12-01")
        try world.changePlan(completed, .complete(on: F.day("2026-11-20")))
        let kinds = try world.tick("2026-12-05").events.map(\.kind)
        #expect(!kinds.contains { $0.hasPrefix("followup.") })
    }

    // MARK: - The KIP's next meeting

    @Test func aKIPWithoutAMeetingIsDueSixMonthsAfterActivation() throws {
        let world = try F()
        let plan = try world.activeKIP(activated: "2026-01-15", followUpDue: "2026-03-01")
        try world.changePlan(plan, .recordFollowUp(id: FollowUpID(1), held: F.day("2026-03-01"), outcome: "ok"))
        func kip(_ day: String) throws -> [String] {
            try world.tick(day).events.filter { $0.subject == "plan:\(plan)" }.map(\.kind)
        }
        #expect(try kip("2026-06-14") == [])
        #expect(try kip("2026-06-15") == [FollowUpEvent.due])
        #expect(try kip("2026-07-15") == [])
        #expect(try kip("2026-07-16") == [FollowUpEvent.overdue])
        #expect(try kip("2026-07-17") == [])
        let due = try world.events(FollowUpEvent.due)[0].payload(as: FollowUpEvent.self)
        #expect(due.reason == .kipNextMeeting)
        #expect(due.followUpID == nil)
        #expect(due.due == "2026-07-15")
        #expect(due.kind == "kip")
        #expect(due.day == "2026-06-15")
        #expect(!(try world.events(FollowUpEvent.due)[0].payload.contains("followup_id")))
    }

    @Test func aKIPWithAMeetingIsDueSixMonthsAfterItsLastMeeting() throws {
        let world = try F()
        let plan = try world.activeKIP(activated: "2026-01-15", followUpDue: "2026-03-10")
        try world.changePlan(plan, .recordFollowUp(id: FollowUpID(1), held: F.day("2026-03-10"), outcome: "ok"))
        for day in ["2026-03-10", "2026-02-01"] {
            try world.changePlan(
                plan,
                .addMeeting(meeting: MeetingDraft(day: F.day(day), participants: [world.actor], citizenPresent: true)))
        }
        func kip(_ day: String) throws -> [String] {
            try world.tick(day).events.filter { $0.subject == "plan:\(plan)" }.map(\.kind)
        }
        #expect(try kip("2026-06-15") == [], "not from the activation")
        #expect(try kip("2026-08-10") == [])
        #expect(try kip("2026-08-11") == [FollowUpEvent.due])
        #expect(try kip("2026-09-11") == [FollowUpEvent.overdue])
        #expect(try world.events(FollowUpEvent.due)[0].payload(as: FollowUpEvent.self).due == "2026-09-10")
    }

    @Test func aKIPWithAPlannedFollowUpFollowsThatInstead() throws {
        let world = try F()
        let plan = try world.activeKIP(activated: "2026-01-15", followUpDue: "2026-07-01")
        let events = try world.tick("2026-06-20").events.filter { $0.subject == "plan:\(plan)" }
        #expect(events.isEmpty)
        let due = try world.tick("2026-07-01").events.filter { $0.subject == "plan:\(plan)" }
        #expect(try due.map { try $0.payload(as: FollowUpEvent.self).reason } == [.followUp])
    }

    // MARK: - Consents and tasks

    @Test func aConsentExpiringWithinThirtyDaysButNotThirtyOne() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        try world.changeCase(caseID) { _ = try $0.start(on: F.day("2026-10-05")) }
        let thirty = try world.grantConsent(caseID, until: "2026-12-31")
        let thirtyOne = try world.grantConsent(caseID, until: "2027-01-01")
        let revoked = try world.grantConsent(caseID, until: "2026-12-15")
        _ = try world.grantConsent(caseID, until: nil)
        try world.write { tx in _ = try tx.revokeConsent(revoked, on: F.day("2026-11-20"), reason: nil) }
        let first = try world.tick("2026-12-01").events
        #expect(first.map(\.kind) == [ConsentEvent.expiring])
        #expect(first[0].subject == "consent:\(thirty)")
        let payload = try first[0].payload(as: ConsentEvent.self)
        #expect(payload.daysLeft == 30)
        #expect(payload.until == "2026-12-31")
        #expect(payload.day == "2026-12-01")
        let second = try world.tick("2026-12-02").events
        #expect(second.map(\.subject) == ["consent:\(thirtyOne)"])
        #expect(try world.tick("2026-12-31").events.isEmpty)
        #expect(try world.tick("2027-01-05").events.isEmpty)
    }

    @Test func anOverdueTaskIsRaisedOncePerDueDay() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        try world.changeCase(caseID) { _ = try $0.start(on: F.day("2026-10-05")) }
        let tasks = try world.write { tx in
            [
                try tx.addTask(
                    try WorkTask(
                        caseID: caseID, title: "Ring til borgeren", assignee: .role("tovholder"),
                        due: F.day("2026-12-01"),
                        origin: .workflow(pack: "dk.kommune", rule: "opfølgning"), created: F.day("2026-11-18"))),
                try tx.addTask(
                    try WorkTask(
                        title: "Opdater skabeloner", assignee: .actor(world.actor), due: F.day("2026-12-03"),
                        created: F.day("2026-11-18"))),
                try tx.addTask(
                    try WorkTask(
                        title: "Lukket", assignee: .actor(world.actor), due: F.day("2026-12-01"),
                        created: F.day("2026-11-18"))),
            ].map(\.id!)
        }
        _ = try world.write { try $0.completeTask(tasks[2], on: F.day("2026-11-20")) }
        #expect(try world.tick("2026-12-01").events.isEmpty, "due today is not overdue")
        let first = try world.tick("2026-12-02").events
        #expect(first.map(\.kind) == [TaskEvent.overdue])
        #expect(first[0].caseID == caseID)
        #expect(first[0].subject == "task:\(tasks[0])")
        #expect(
            first[0].payload
                == #"{"assignee":{"role":"tovholder"},"case_id":\#(caseID),"day":"2026-12-02","due":"2026-12-01","#
                + #""pack":"dk.kommune","rule":"opfølgning","task_id":\#(tasks[0]),"title":"Ring til borgeren"}"#)
        #expect(try world.tick("2026-12-03").events.isEmpty)
        let second = try world.tick("2026-12-04").events
        #expect(second.map(\.subject) == ["task:\(tasks[1])"])
        #expect(second[0].caseID == nil)
        #expect(try second[0].payload(as: TaskEvent.self).assignee == .actor(world.actor))
        #expect(try world.tick("2026-12-10").events.isEmpty)
    }

    // MARK: - The tick itself

    @Test func eventsComeInKindOrderAndEachTickIsAudited() throws {
        let world = try F()
        let caseID = try world.openCase("2026-11-20")
        _ = try world.openCase("2026-11-01")
        _ = try world.grantConsent(caseID, until: "2026-12-15")
        let plan = try world.activeTreatmentPlan(followUpDue: "2026-11-29")
        _ = try world.write { tx in
            try tx.addTask(
                try WorkTask(
                    title: "Frist", assignee: .role("tovholder"), due: F.day("2026-11-29"), created: F.day("2026-11-18")
                ))
        }
        let summary = try world.tick("2026-11-30")
        #expect(
            summary.events.map(\.kind) == [
                GuaranteeEvent.warning, GuaranteeEvent.breached, GuaranteeEvent.breached, FollowUpEvent.due,
                FollowUpEvent.overdue, ConsentEvent.expiring, TaskEvent.overdue,
            ])
        #expect(summary.counts[GuaranteeEvent.breached] == 2)
        #expect(summary.ids == summary.events.map(\.id))
        #expect(try world.events(FollowUpEvent.due).map(\.subject) == ["plan:\(plan)"])
        let rows = try world.test.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM time_event WHERE day = '2026-11-30'")
        }
        #expect(rows == 7)
        let nothing = try world.tick("2026-11-30")
        #expect(nothing.events.isEmpty)
        let entries = try world.test.database.read { try AuditLog.entries($0) }.filter { $0.entity == "tick" }
        #expect(
            entries.map(\.summary) == [
                "tick 2026-11-30: 7 events (guarantee.warning 1, guarantee.breached 2, followup.due 1, "
                    + "followup.overdue 1, consent.expiring 1, task.overdue 1)",
                "tick 2026-11-30: 0 events",
            ])
        #expect(entries.allSatisfy { $0.action == "tick" && $0.entityId == "2026-11-30" })
    }

    @Test func aFailingTickRemembersNothing() throws {
        let world = try F()
        _ = try world.openCase("2026-10-01")
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try world.write(today: "2026-10-11") { tx in
                _ = try tx.raiseTimeEvents(on: F.day("2026-10-11"))
                throw Failure()
            }
        }
        #expect(try world.events(GuaranteeEvent.warning).isEmpty)
        #expect(try world.tick("2026-10-11").events.map(\.kind) == [GuaranteeEvent.warning])
    }
}
