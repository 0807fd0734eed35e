// The example municipality pack (Aarhus's collaboration agreement) on top of the shipped KIP workflows: the next
// meeting within 3 months instead of 6, and the job centre proposed when employment is a goal of an active KIP.
import Foundation
import Testing

@Suite struct WorkflowOverrideTests {
    static let aarhus = [WorkflowScenario.aarhusPack]
    static let proposal = "Overvej at inddrage jobcenter: beskæftigelse er et mål i KIP'en (Aarhus' samarbejdsaftale)"

    /// A started case with the GP as participant and a plan consent; returns the case and the consent.
    private func kipCase(_ scenario: WorkflowScenario) throws -> (String, String) {
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        try scenario.participant(caseID, WorkflowScenario.gp, role: "egen læge")
        return (caseID, try scenario.consent(caseID, to: WorkflowScenario.gp, "plan"))
    }

    @Test func theAarhusPackReplacesTheShippedNextMeetingRule() throws {
        let scenario = try WorkflowScenario()
        let listed = try scenario.ok(["workflow", "list"], packs: Self.aarhus).split(separator: "\n").map(String.init)
        #expect(listed.contains { $0.contains("\taarhus.next_meeting.after_meeting\t") })
        #expect(!listed.contains { $0.contains("\tnext_meeting.") }, "the shipped rules are overridden")
        #expect(listed.contains { $0.hasPrefix("plan.created\t") && $0.contains("\tkip.duties\t") }, "the rest stays")
        let shipped = try scenario.ok(["workflow", "list"]).split(separator: "\n").map(String.init)
        #expect(shipped.contains { $0.contains("\tnext_meeting.after_meeting\t") })
        #expect(!shipped.contains { $0.contains("aarhus") })
    }

    @Test func withAarhusTheNextMeetingIsThreeMonthsAfterNotSix() throws {
        // The next meeting planned 5 months out: within the shipped 6 months, beyond Aarhus's 3.
        let shipped = try WorkflowScenario()
        let (shippedCase, shippedConsent) = try kipCase(shipped)
        let shippedPlan = try shipped.draftKIP(shippedCase, consent: shippedConsent, nextMeeting: "2027-04-01")
        _ = try shipped.activate(shippedPlan, on: "2026-11-01")
        #expect(try shipped.followUps(shippedPlan) == ["2027-04-01 Aftalt opfølgning — planlagt"])

        let aarhus = try WorkflowScenario(packs: Self.aarhus)
        let (caseID, consent) = try kipCase(aarhus)
        let plan = try aarhus.draftKIP(caseID, consent: consent, nextMeeting: "2027-04-01")
        _ = try aarhus.activate(plan, on: "2026-11-01")
        let followUps = try aarhus.followUps(plan)
        #expect(followUps.count == 2, "\(followUps)")
        #expect(followUps.last?.hasPrefix("2027-02-01 Næste KIP-møde") == true, "\(followUps)")
        let scheduled = try aarhus.effects(caseID, on: "plan.activated").filter { $0.string("kind") == "followup" }
        #expect(scheduled.map { $0.string("pack") } == ["dk.aarhus.samarbejdsaftale"])
        #expect(scheduled.first?.string("rule") == "aarhus.next_meeting.after_activation")
        // The rule is Aarhus's; the call that made the follow-up is in the shipped pack's module it builds on.
        #expect(scheduled.first?.string("workflow") == "next_meeting")
        #expect(scheduled.first?.string("file")?.hasSuffix("dk.tovholder.kip/lib/kip.lua") == true, "\(scheduled)")

        // After a meeting with nothing planned: 3 months on with Aarhus, 6 with the shipped rule; one each.
        for (scenario, planID) in [(shipped, shippedPlan), (aarhus, plan)] {
            let count = try scenario.followUps(planID).count
            for followUp in 1...count {
                try scenario.ok([
                    "plan", "followup", "held", planID, "--followup", String(followUp), "--date", "2027-01-20",
                    "--outcome", "ok",
                ])
            }
            try scenario.ok([
                "plan", "meeting", "add", planID, "--date", "2027-01-20", "--participants", "1,2", "--citizen-present",
                "yes",
            ])
        }
        let planned = { (scenario: WorkflowScenario, plan: String) in
            try scenario.followUps(plan).filter { $0.hasSuffix("— planlagt") }
        }
        #expect(try planned(shipped, shippedPlan).map { String($0.prefix(10)) } == ["2027-07-20"])
        #expect(try planned(aarhus, plan).map { String($0.prefix(10)) } == ["2027-04-20"])
    }

    @Test func employmentAsAGoalOfAnActiveKIPProposesTheJobCentre() throws {
        let scenario = try WorkflowScenario(packs: Self.aarhus)
        let (caseID, consent) = try kipCase(scenario)
        let plan = try scenario.draftKIP(caseID, consent: consent, area: "employment", nextMeeting: "2027-02-01")
        #expect(try scenario.openTasks(titled: "Overvej at inddrage").isEmpty, "not while the plan is a draft")
        _ = try scenario.activate(plan, on: "2026-11-01")
        let proposal = try scenario.openTask(titled: Self.proposal)
        #expect(proposal.string("due") == "2026-11-15")
        #expect(proposal.object("assignee").string("role") == "tovholder")
        #expect(proposal.object("origin").string("pack") == "dk.aarhus.samarbejdsaftale")
        let proposed = try scenario.history(caseID).flatMap { $0["effects"] as? [[String: Any]] ?? [] }.filter {
            $0.string("kind") == "participant"
        }
        #expect(proposed.count == 1, "\(proposed)")
        #expect(proposed.first?.string("summary")?.hasPrefix("proposed job_centre as participant") == true)

        // Later changes to the plan propose nothing new.
        try scenario.ok(["plan", "set", plan, "--part", "kip.challenges.citizen", "--text", "Vil gerne i arbejde"])
        #expect(try scenario.openTasks(titled: "Overvej at inddrage").count == 1)
    }

    @Test func noJobCentreProposalWhenItTakesPartOrEmploymentIsNoGoalOrWithoutTheAgreement() throws {
        // The job centre takes part already.
        let taking = try WorkflowScenario(packs: Self.aarhus)
        let (takingCase, takingConsent) = try kipCase(taking)
        try taking.participant(takingCase, WorkflowScenario.jobCentre, role: "mentor")
        let takingPlan = try taking.draftKIP(
            takingCase, consent: takingConsent, area: "employment", nextMeeting: "2027-02-01")
        _ = try taking.activate(takingPlan, on: "2026-11-01")
        #expect(try taking.openTasks(titled: "Overvej at inddrage").isEmpty)

        // Housing, not employment.
        let housing = try WorkflowScenario(packs: Self.aarhus)
        let (housingCase, housingConsent) = try kipCase(housing)
        let housingPlan = try housing.draftKIP(housingCase, consent: housingConsent, nextMeeting: "2027-02-01")
        _ = try housing.activate(housingPlan, on: "2026-11-01")
        #expect(try housing.openTasks(titled: "Overvej at inddrage").isEmpty)

        // The shipped workflows alone.
        let shipped = try WorkflowScenario()
        let (shippedCase, shippedConsent) = try kipCase(shipped)
        let shippedPlan = try shipped.draftKIP(
            shippedCase, consent: shippedConsent, area: "employment", nextMeeting: "2027-02-01")
        _ = try shipped.activate(shippedPlan, on: "2026-11-01")
        #expect(try shipped.openTasks(titled: "Overvej at inddrage").isEmpty)
    }
}
