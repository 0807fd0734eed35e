// Scenarios through the shipped KIP workflows on the real binary: treatment start, a coordinated plan from draft to
// sent out and followed up, discharge, and the same thing asked twice making one task.
import Foundation
import Testing

@Suite struct WorkflowKIPScenarioTests {
    static let survey = "Afdæk hvilke indsatser andre aktører allerede giver borgeren (retningslinje 4.2.8)"
    static let barriers =
        "Tidlig vurdering af sociale barrierer: bolig, økonomi, beskæftigelse, netværk (retningslinje 3.2.2)"

    @Test func treatmentStartMakesTheSurveyAndBarrierTasks() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        #expect(try scenario.openTasks().isEmpty, "opening a case makes no task")

        try scenario.ok(["case", "start", caseID, "--date", "2026-10-06"])
        let tasks = try scenario.openTasks()
        #expect(tasks.map { $0.string("title") } == [Self.survey, Self.barriers])
        #expect(tasks.map { $0.string("due") } == ["2026-10-20", "2026-11-05"], "14 and 30 days after the start")
        for task in tasks {
            #expect(task.id("case_id") == caseID)
            #expect(task.object("assignee").string("role") == "tovholder")
            #expect(task.string("created") == "2026-10-06")
            let origin = task.object("origin")
            #expect(origin.string("kind") == "workflow")
            #expect(origin.string("pack") == "dk.tovholder.kip")
            #expect(origin.string("rule") == "start.survey_and_barriers")
            #expect(origin.string("event") == "case.started")
        }

        let started = try #require(try scenario.history(caseID).first { $0.string("kind") == "case.started" })
        let effects = started["effects"] as? [[String: Any]] ?? []
        #expect(effects.map { $0.string("kind") } == ["task", "task"])
        #expect(effects.allSatisfy { $0.string("file") == "dk.tovholder.kip/workflows/treatment_start.lua" })
        #expect(effects.first?.string("summary")?.hasSuffix("for role tovholder due 2026-10-20") == true)
        #expect(effects.map { $0.string("subject") } == tasks.map { "task:\($0.id("id") ?? "?")" })
    }

    @Test func aKIPFromDraftToSentOutAndFollowedUp() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        try scenario.participant(caseID, WorkflowScenario.gp, role: "egen læge")
        try scenario.participant(caseID, WorkflowScenario.psychiatry, role: "ambulant psykiatri")

        // A new KIP: the coordinating function's four duties, dated from the day it was made.
        let today = Days.today
        let plan = try scenario.ok(["plan", "new", caseID, "--kind", "kip"])
        let duties = try scenario.openTasks().filter { $0.id("plan_id") == plan }
        #expect(
            duties.map { $0.string("title") } == [
                "Indkald til KIP-møde med borgeren og de relevante parter",
                "Afdæk eksisterende planer og indsatser før mødet",
                "Indhent borgerens samtykke til at dele planen med parterne",
                "Skriv den koordinerende indsatsplan",
            ])
        #expect(
            duties.map { $0.string("due") }
                == [14, 14, 14, 30].map { Days.adding($0, to: today) })
        #expect(duties.allSatisfy { $0.object("origin").string("rule") == "kip.duties" })

        // The consent to share the plan with the GP: the task to obtain one is done.
        let consent = try scenario.consent(caseID, to: WorkflowScenario.gp, "plan")
        #expect(try scenario.openTasks(titled: "Indhent borgerens samtykke").isEmpty)

        // The plan meeting without the citizen: the citizen's acceptance within 14 days; calling the meeting and
        // surveying the plans are done.
        try scenario.fillKIP(plan, consent: consent, nextMeeting: "2027-02-01")
        try scenario.ok([
            "plan", "meeting", "add", plan, "--date", "2026-11-01", "--participants", "1,2", "--citizen-present", "no",
        ])
        let acceptance = try scenario.openTask(titled: "Indhent borgerens accept af planen efter mødet 2026-11-01")
        #expect(acceptance.string("due") == "2026-11-15")
        #expect(acceptance.id("plan_id") == plan)
        #expect(try scenario.openTasks(titled: "Indkald til KIP-møde").isEmpty)
        #expect(try scenario.openTasks(titled: "Afdæk eksisterende planer").isEmpty)
        #expect(try scenario.outbox().isEmpty, "nothing is sent before the plan is active")

        // Activation: the plan goes to the GP, who has consent; the psychiatry, without consent, gets none and the
        // coordinator a task to obtain it. Writing the plan is done.
        let version = try scenario.activate(plan, on: "2026-11-01")
        let messages = try scenario.outbox()
        #expect(messages.count == 1, "\(messages)")
        let message = try #require(messages.first)
        #expect(message.id("recipient") == WorkflowScenario.gp)
        #expect(message.string("document") == "plan:\(plan)@\(version)")
        #expect(message.string("subject") == "Koordinerende indsatsplan (version \(version))")
        #expect(message.strings("categories") == ["plan"])
        #expect(message.string("status") == "pending")
        #expect(message.string("created") == "2026-11-01")
        #expect((message["consents"] as? [Int])?.map(String.init) == [consent])
        #expect(message.object("origin").string("rule") == "kip.send_out")
        let obtain = try scenario.openTask(titled: "Indhent samtykke: KIP'en til Ambulant psykiatri Øst")
        #expect(obtain.string("due") == "2026-11-08")
        #expect(obtain.string("note")?.contains("Ambulant psykiatri Øst") == true, "\(obtain)")
        #expect(try scenario.openTasks(titled: "Skriv den koordinerende indsatsplan").isEmpty)

        let activated = try scenario.effects(caseID, on: "plan.activated")
        #expect(
            activated.map { $0.string("kind") } == ["task_done", "outbox", "outbox_refused", "task"], "\(activated)")
        #expect(activated.allSatisfy { $0.string("pack") == "dk.tovholder.kip" })
        #expect(activated[2].string("subject") == "actor:\(WorkflowScenario.psychiatry)")
        // The next meeting is already planned within 6 months (activation needs it): no second one.
        #expect(try scenario.followUps(plan) == ["2027-02-01 Aftalt opfølgning — planlagt"])

        // That follow-up held and the next meeting recorded: the next one within 6 months of it.
        try scenario.ok([
            "plan", "followup", "held", plan, "--followup", "1", "--date", "2027-01-20", "--outcome", "ok",
        ])
        try scenario.ok([
            "plan", "meeting", "add", plan, "--date", "2027-01-20", "--participants", "1,2", "--citizen-present", "yes",
        ])
        let followUps = try scenario.followUps(plan)
        #expect(followUps.count == 2, "\(followUps)")
        #expect(followUps.last?.hasPrefix("2027-07-20 Næste KIP-møde") == true, "\(followUps)")
        #expect(followUps.last?.hasSuffix("— planlagt") == true, "\(followUps)")
        let held = try scenario.effects(caseID, on: "meeting.held").filter { $0.string("kind") == "followup" }
        #expect(held.count == 1, "\(held)")
        #expect(held.first?.string("rule") == "next_meeting.after_meeting")
        #expect(held.first?.string("summary")?.contains("on kip \(plan) due 2027-07-20") == true, "\(held)")
        #expect(try scenario.openTasks(titled: "Indhent borgerens accept").count == 1, "present: no new acceptance")
    }

    @Test func activatedWithOnlyTheDaysMeetingPlannedTheNextIsSixMonthsAfter() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        let consent = try scenario.consent(caseID, to: WorkflowScenario.gp, "plan")
        // The only planned follow-up is the activation day's own meeting: nothing after it yet.
        let plan = try scenario.draftKIP(caseID, consent: consent, nextMeeting: "2026-11-01")
        _ = try scenario.activate(plan, on: "2026-11-01")
        #expect(
            try scenario.followUps(plan) == [
                "2026-11-01 Aftalt opfølgning — planlagt", "2027-05-01 Næste KIP-møde — planlagt",
            ])
        let scheduled = try scenario.effects(caseID, on: "plan.activated").filter { $0.string("kind") == "followup" }
        #expect(scheduled.map { $0.string("rule") } == ["next_meeting.after_activation"])
        #expect(scheduled.first?.string("subject") == "plan:\(plan)/followup:2")
    }

    @Test func aKIPMadeWhenAPlanConsentExistsAsksForNoConsent() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.consent(caseID, to: WorkflowScenario.gp, "screening,plan")
        let plan = try scenario.ok(["plan", "new", caseID, "--kind", "kip"])
        let titles = try scenario.openTasks().filter { $0.id("plan_id") == plan }.compactMap { $0.string("title") }
        #expect(titles.count == 3, "\(titles)")
        #expect(!titles.contains { $0.hasPrefix("Indhent borgerens samtykke") })
        // A treatment plan is no KIP: no duties.
        let other = try scenario.ok(["plan", "new", caseID, "--kind", "behandlingsplan"])
        #expect(try scenario.openTasks().filter { $0.id("plan_id") == other }.isEmpty)
    }

    @Test func dischargeWithAnActivePlanSchedulesTheAftercareFollowUp() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        let consent = try scenario.consent(caseID, to: WorkflowScenario.gp, "plan")
        let plan = try scenario.draftKIP(caseID, consent: consent, nextMeeting: "2027-02-01")
        _ = try scenario.activate(plan, on: "2026-11-01")
        try scenario.ok(["case", "discharge", caseID, "--date", "2027-03-01", "--reason", "completed"])

        // No advice recorded with the discharge: a task to give it, the same day.
        let advice = try scenario.openTask(titled: "Giv borgeren råd om, hvor der er støtte efter forløbet")
        #expect(advice.string("due") == "2027-03-01", "the day of the discharge")
        #expect(advice.id("case_id") == caseID)
        #expect(try scenario.followUps(plan).contains("2027-05-30 Efterværn: opfølgning efter udskrivning — planlagt"))
        #expect(try scenario.openTasks(titled: "Efterværn").isEmpty, "a follow-up on the plan, not a task")
        let discharged = try scenario.effects(caseID, on: "case.discharged")
        #expect(discharged.map { $0.string("kind") } == ["task", "followup"])
        #expect(discharged.last?.string("subject") == "plan:\(plan)/followup:2")
    }

    @Test func dischargeWithoutAPlanMakesAnAftercareTaskAndRecordedAdviceNoTask() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        try scenario.ok([
            "case", "discharge", caseID, "--date", "2027-03-01", "--reason", "completed", "--advice",
            "AA-møder; efterværn hos misbrugscentret",
        ])
        // The advice was recorded with the discharge: no task for it.
        #expect(try scenario.openTasks(titled: "Giv borgeren råd").isEmpty)
        let aftercare = try scenario.openTask(titled: "Efterværn: opfølgning efter udskrivning")
        #expect(aftercare.string("due") == "2027-05-30", "90 days after the discharge")
        #expect(aftercare.object("assignee").string("role") == "tovholder")
        #expect(try scenario.effects(caseID, on: "case.discharged").map { $0.string("kind") } == ["task"])
    }

    @Test func theSameKeyOnTheSameCaseMakesOneTask() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        // Aftercare and relapse are no new start; a second start is refused: still the two start tasks.
        try scenario.ok(["case", "aftercare", caseID, "--date", "2026-12-01"])
        try scenario.ok(["case", "relapse", caseID, "--date", "2026-12-20"])
        let again = try scenario.run(["case", "start", caseID, "--date", "2026-12-21"])
        #expect(again.status != 0)
        #expect(try scenario.openTasks().map { $0.string("title") } == [Self.survey, Self.barriers])
        #expect(try scenario.effects(caseID, on: "case.relapse").isEmpty)

        // A second case of the same citizen has its own start tasks: keys are scoped to the case.
        let second = try scenario.openCase(requested: "2027-01-02")
        try scenario.ok(["case", "start", second, "--date", "2027-01-04"])
        let tasks = try scenario.openTasks()
        #expect(tasks.filter { $0.id("case_id") == second }.map { $0.string("due") } == ["2027-01-18", "2027-02-03"])
        #expect(tasks.filter { $0.id("case_id") == caseID }.count == 2)

        // A municipality rule asking for the shipped rule's key on the same case gets the task already made.
        let folder = try TemporaryFolder()
        let pack = try writeWorkflowPack(
            in: folder, "dk.test.twice", name: "dk.test.twice",
            capabilities: ["events:subscribe", "tasks:write", "cases:write"],
            workflows: [
                "twice.lua": """
                workflow.on("case.started", function(event, ctx)
                  local id, created = ctx.task { title = "Dublet", assignee = "tovholder", within = 1, key = "start_survey" }
                  ctx.flag("twice_task", id)
                  ctx.flag("twice_created", created)
                end, { name = "twice.start" })
                """
            ])
        let third = try scenario.openCase(requested: "2027-02-01")
        try scenario.ok(["case", "start", third, "--date", "2027-02-02"], packs: [pack])
        let thirdTasks = try scenario.openTasks().filter { $0.id("case_id") == third }
        #expect(thirdTasks.map { $0.string("title") } == [Self.survey, Self.barriers])
        let flags = try scenario.flags(third)
        #expect(flags["twice_created"] == "false")
        #expect(flags["twice_task"] == thirdTasks.first?.id("id"))
    }
}
