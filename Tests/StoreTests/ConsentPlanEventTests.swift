// Consent and plan changes raise their events in the command's transaction: granted, revoked, created, changed ...
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct ConsentPlanEventTests {
    typealias F = EventFixture

    @Test func grantingAConsentRaisesConsentGrantedWithThePayload() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        let consent = try world.grantConsent(caseID, from: "2026-11-01", until: "2027-05-01")
        let events = try world.events(ConsentEvent.granted)
        try #require(events.count == 1)
        #expect(events[0].subject == "consent:\(consent)")
        #expect(events[0].caseID == caseID)
        #expect(events[0].citizenID == world.citizen)
        #expect(
            events[0].payload
                == #"{"case_id":\#(caseID),"categories":["plan","health"],"consent_id":\#(consent),"day":"2026-11-18","#
                + #""purpose":"treatment","recipient":{"actor":\#(world.actor)},"valid_from":"2026-11-01","#
                + #""valid_until":"2027-05-01"}"#
        )
        #expect(!events[0].payload.contains("Jens") && !events[0].payload.contains("010190"))
    }

    @Test func aConsentToAKindWithoutEndHasNoUntil() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        try world.write(today: "2026-11-02") { tx in
            _ = try tx.grantConsent(
                case: caseID, to: .kind(.gp), purpose: .other, categories: [.substanceUse, .screening],
                from: F.day("2026-11-01"), until: nil)
        }
        let payload = try world.events(ConsentEvent.granted)[0].payload(as: ConsentEvent.self)
        #expect(payload.recipient == .kind(.gp))
        #expect(payload.categories == ["screening", "substance_use"])
        #expect(payload.purpose == "other")
        #expect(payload.until == nil)
        #expect(payload.day == "2026-11-02", "the command's day")
        #expect(payload.daysLeft == nil)
        #expect(try world.events(ConsentEvent.granted)[0].payload.contains(#""recipient":{"kind":"gp"}"#))
    }

    @Test func revokingRaisesConsentRevokedOnTheRevocationDayWithoutTheReason() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        let consent = try world.grantConsent(caseID, until: "2027-01-01")
        try world.write { tx in
            _ = try tx.revokeConsent(consent, on: F.day("2026-12-05"), reason: "Borgeren ønsker det ikke længere")
        }
        let events = try world.events(ConsentEvent.revoked)
        try #require(events.count == 1)
        let payload = try events[0].payload(as: ConsentEvent.self)
        #expect(payload.consentID == consent)
        #expect(payload.day == "2026-12-05")
        #expect(payload.until == "2027-01-01")
        #expect(!events[0].payload.contains("Borgeren"))
        // Revoking again is refused and raises nothing.
        #expect(throws: DomainError.self) {
            try world.write { tx in _ = try tx.revokeConsent(consent, on: F.day("2026-12-06"), reason: nil) }
        }
        #expect(try world.events(ConsentEvent.revoked).count == 1)
    }

    @Test func aRefusedGrantRaisesNothing() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        let before = try world.eventCount()
        #expect(throws: DomainError.self) {
            try world.write { tx in
                _ = try tx.grantConsent(
                    case: caseID, to: .actor(ActorID(99)), purpose: .treatment, categories: [.plan],
                    from: F.day("2026-11-01"), until: nil)
            }
        }
        #expect(throws: DomainError.self) {
            try world.write { tx in
                _ = try tx.grantConsent(
                    case: caseID, to: .kind(.gp), purpose: .treatment, categories: [.plan],
                    from: F.day("2026-11-01"), until: F.day("2026-10-01"))
            }
        }
        #expect(try world.eventCount() == before)
    }

    @Test func creatingAPlanRaisesPlanCreated() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        let plan = try world.write { try $0.createPlan(case: caseID, kind: .kip).plan.id }
        let events = try world.events(PlanEvent.created)
        try #require(events.count == 1)
        #expect(events[0].subject == "plan:\(plan)")
        #expect(
            events[0].payload
                == #"{"case_id":\#(caseID),"day":"2026-11-18","plan_id":\#(plan),"plan_kind":"kip","status":"draft","version":1}"#
        )
        #expect(try world.events(PlanEvent.changed).isEmpty)
    }

    @Test func everyChangeRaisesPlanChangedAndActivatingAndMeetingsRaiseTheirOwn() throws {
        let world = try F()
        let plan = try world.activeKIP(activated: "2026-01-15", followUpDue: "2026-03-01")
        let changed = try world.events(PlanEvent.changed).map { try $0.payload(as: PlanEvent.self) }
        #expect(
            changed.map(\.change) == ["set_coordinator", "add_consent", "add_goal", "add_follow_up", "activate"])
        #expect(changed.map(\.version) == [2, 3, 4, 5, 6])
        #expect(changed.map(\.status) == ["draft", "draft", "draft", "draft", "active"])
        #expect(changed.dropLast().allSatisfy { $0.day == "2026-11-18" })
        #expect(changed.last?.day == "2026-01-15", "activation's own day")
        let activated = try world.events(PlanEvent.activated)
        try #require(activated.count == 1)
        #expect(try activated[0].payload(as: PlanEvent.self) == changed.last)
        let activateChange = try world.events(PlanEvent.changed).last!
        #expect(activated[0].id.rawValue == activateChange.id.rawValue + 1, "raised right after plan.changed")

        try world.changePlan(
            plan,
            .addMeeting(
                meeting: MeetingDraft(day: F.day("2026-02-10"), participants: [world.actor], citizenPresent: true)))
        try world.changePlan(
            plan, .addMeeting(meeting: MeetingDraft(day: F.day("2026-02-20"), participants: [], citizenPresent: false)))
        let held = try world.events(MeetingHeld.kind)
        try #require(held.count == 2)
        #expect(
            held[0].payload
                == #"{"case_id":\#(held[0].caseID!),"citizen_present":true,"day":"2026-02-10","#
                + #""meeting_id":1,"participants":[\#(world.actor)],"plan_id":\#(plan),"plan_kind":"kip"}"#)
        let second = try held[1].payload(as: MeetingHeld.self)
        #expect(second.meetingID == MeetingID(2))
        #expect(second.citizenPresent == false)
        #expect(second.participants.isEmpty)
        let lastChanged = try world.events(PlanEvent.changed).last!
        #expect(try lastChanged.payload(as: PlanEvent.self).change == "add_meeting")
        #expect(held[1].id.rawValue == lastChanged.id.rawValue + 1)
        #expect(try world.events(PlanEvent.activated).count == 1, "only activation raises plan.activated")
    }

    @Test func closingAPlanCarriesTheDayOfTheChange() throws {
        let world = try F()
        let plan = try world.activeKIP()
        try world.changePlan(plan, .complete(on: F.day("2026-06-30")))
        let last = try world.events(PlanEvent.changed).last!.payload(as: PlanEvent.self)
        #expect(last.change == "complete")
        #expect(last.status == "completed")
        #expect(last.day == "2026-06-30")
    }

    @Test func aRefusedChangeAndAFailingCommandRaiseNothing() throws {
        let world = try F()
        let caseID = try world.openCase("2026-10-01")
        let plan = try world.write { try $0.createPlan(case: caseID, kind: .kip).plan.id }
        let before = try world.eventCount()
        #expect(throws: DomainError.self) {
            try world.changePlan(plan, .setCoordinator(actor: ActorID(99)))
        }
        #expect(throws: DomainError.self) {
            try world.changePlan(plan, .activate(on: F.day("2026-11-18")))
        }
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try world.write { tx in
                try tx.changePlan(plan, .addGoal(goal: GoalDraft(area: .housing, description: "Bolig")))
                _ = try tx.grantConsent(
                    case: caseID, to: .kind(.gp), purpose: .treatment, categories: [.plan], from: F.day("2026-11-01"),
                    until: nil)
                throw Failure()
            }
        }
        #expect(try world.eventCount() == before)
        #expect(try world.events(PlanEvent.changed).isEmpty)
    }

    @Test func everyPlanChangeHasAStableName() {
        let goal = GoalDraft(area: .housing, description: "x")
        #expect(PlanChange.addFollowUp(due: F.day("2026-01-01"), purpose: "x").eventName == "add_follow_up")
        #expect(
            PlanChange.rescheduleFollowUp(id: FollowUpID(1), due: F.day("2026-01-01")).eventName
                == "reschedule_follow_up")
        #expect(PlanChange.updateGoal(id: GoalID(1), goal: goal).eventName == "update_goal")
        #expect(PlanChange.revoke(on: F.day("2026-01-01"), reason: "x").eventName == "revoke")
        #expect(PlanChange.linkPlan(plan: PlanID(2), version: 3).eventName == "link_plan")
    }
}
