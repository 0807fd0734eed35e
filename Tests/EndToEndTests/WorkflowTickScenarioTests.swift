// Scenarios of `tick` through the shipped workflows: the treatment guarantee's warning and breach (never for § 101 a
// or a citizen who chose another offer), a tick run twice, follow-ups falling due and overdue tasks escalated once.
import Foundation
import Testing

@Suite struct WorkflowTickScenarioTests {
    static let warning = "Behandlingsgaranti: behandlingen skal starte senest"
    static let breach = "Behandlingsgarantien er overskredet"
    static let escalation = "Overskredet opgave hos tovholderen: "

    /// Runs `tick --now DAY --json` and returns the report.
    @discardableResult
    private func tick(_ scenario: WorkflowScenario, _ day: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> [String: Any]
    {
        let result = try scenario.run(["tick", "--now", day, "--json"])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try jsonObject(result.stdout, sourceLocation: sourceLocation)
    }

    @Test func theGuaranteeWarnsOnDayTenAndBreachesAfterDayFourteen() throws {
        let scenario = try WorkflowScenario()
        for (cpr, name) in [("0202902236", "Borger 2"), ("0303903237", "Borger 3"), ("0404904238", "Borger 4")] {
            try scenario.ok(["citizen", "add", "--cpr", cpr, "--name", name])
        }
        try scenario.ok(["citizen", "add", "--anonymous", "--name", "Kim"], prints: "5")
        let waiting = try scenario.openCase(requested: "2027-01-01", citizen: "1")
        let startsLate = try scenario.openCase(requested: "2027-01-01", citizen: "2")
        let otherOffer = try scenario.openCase(requested: "2027-01-01", citizen: "3")
        let startedEarly = try scenario.openCase(requested: "2027-01-01", citizen: "4")
        let anonymous = try scenario.openCase(requested: "2027-01-01", basis: "sel101a", citizen: "5")
        try scenario.ok(["case", "other-offer", otherOffer, "--date", "2027-01-03", "--reason", "valgte privat tilbud"])
        try scenario.ok(["case", "start", startedEarly, "--date", "2027-01-05"])
        let startTasks = try scenario.openTasks().count

        // Day 9: nothing yet.
        #expect(try tick(scenario, "2027-01-10").number("events") == 0)
        #expect(try scenario.openTasks().count == startTasks)

        // Day 10: a warning for the two cases still waiting, for the team lead, due the deadline.
        let day10 = try tick(scenario, "2027-01-11")
        #expect(day10.object("counts").number("guarantee.warning") == 2, "\(day10)")
        let warnings = try scenario.openTasks(titled: Self.warning)
        #expect(warnings.compactMap { $0.id("case_id") } == [waiting, startsLate])
        for task in warnings {
            #expect(task.string("title") == "\(Self.warning) 2027-01-15 (4 dage tilbage)")
            #expect(task.string("due") == "2027-01-15")
            #expect(task.object("assignee").string("role") == "teamleder")
            #expect(task.object("origin").string("event") == "guarantee.warning")
        }

        // The same day again: nothing new, not in the tasks, the history or the tables (but the audit log).
        let tasks = try scenario.openTasks()
        let history = try scenario.history(waiting)
        let counts = try scenario.rowCounts()
        let again = try tick(scenario, "2027-01-11")
        var after = try scenario.rowCounts()
        #expect(again.number("events") == 0)
        #expect((again["effects"] as? [String])?.isEmpty == true)
        #expect(after["audit_entry"] == (counts["audit_entry"] ?? 0) + 1, "the tick itself is audited")
        after["audit_entry"] = counts["audit_entry"]
        #expect(after == counts)
        #expect(try scenario.openTasks().compactMap { $0.id("id") } == tasks.compactMap { $0.id("id") })
        #expect(try scenario.history(waiting).count == history.count)

        // Treatment starts before the deadline: the warning task is done, and no breach follows.
        try scenario.ok(["case", "start", startsLate, "--date", "2027-01-13"])
        #expect(try scenario.openTasks(titled: Self.warning).compactMap { $0.id("case_id") } == [waiting])

        // The deadline day itself is no breach; the day after is.
        #expect(try tick(scenario, "2027-01-15").object("counts").number("guarantee.breached") == nil)
        let day15 = try tick(scenario, "2027-01-16")
        #expect(day15.object("counts").number("guarantee.breached") == 1, "\(day15)")
        let breach = try scenario.openTask(titled: Self.breach)
        #expect(breach.id("case_id") == waiting)
        #expect(breach.string("title") == "\(Self.breach) (frist 2027-01-15): find årsagen og tilbyd start nu")
        #expect(breach.string("due") == "2027-01-17")
        #expect(breach.object("assignee").string("role") == "teamleder")
        #expect(try scenario.flags(waiting) == ["guarantee_breached": "true"])

        // Never for § 101 a or another offer chosen; no breach for a start in time.
        for other in [anonymous, otherOffer, startedEarly] {
            #expect(try scenario.flags(other).isEmpty, "case \(other)")
            let raised = try scenario.history(other).compactMap { $0.string("kind") }
            #expect(!raised.contains { $0.hasPrefix("guarantee.") }, "case \(other): \(raised)")
        }
        #expect(
            try scenario.history(startsLate).compactMap { $0.string("kind") }.filter { $0.hasPrefix("guarantee.") } == [
                "guarantee.warning"
            ])
        #expect(try scenario.history(anonymous).compactMap { $0.string("kind") } == ["case.requested", "case.opened"])
        #expect(try scenario.openTasks().filter { [anonymous, otherOffer].contains($0.id("case_id")) }.isEmpty)

        // Later ticks raise neither again.
        try tick(scenario, "2027-02-20")
        #expect(try scenario.openTasks(titled: Self.breach).count == 1)
        #expect(try scenario.sql("SELECT COUNT(*) FROM event WHERE kind LIKE 'guarantee.%'") == ["3"])
    }

    @Test func anOverdueTaskOfTheCoordinatorGoesToTheTeamLeadOnce() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2027-01-01")
        try scenario.ok(["case", "start", caseID, "--date", "2027-01-05"])
        // The survey is due 2027-01-19: on that day it is not overdue yet.
        #expect(try tick(scenario, "2027-01-19").object("counts").number("task.overdue") == nil)
        let overdue = try tick(scenario, "2027-01-20")
        #expect(overdue.object("counts").number("task.overdue") == 1, "\(overdue)")
        let escalated = try scenario.openTask(titled: Self.escalation)
        #expect(escalated.string("title") == Self.escalation + WorkflowKIPScenarioTests.survey)
        #expect(escalated.string("note") == "Frist 2027-01-19")
        #expect(escalated.object("assignee").string("role") == "teamleder")
        #expect(escalated.string("due") == "2027-01-23")
        #expect(escalated.object("origin").string("event") == "task.overdue")

        // Again the next day: once only. The team lead's own task running late is not escalated.
        try tick(scenario, "2027-01-21")
        let later = try tick(scenario, "2027-01-24")
        #expect(later.object("counts").number("task.overdue") == 1, "the escalation task itself: \(later)")
        #expect((later["effects"] as? [String])?.isEmpty == true, "\(later)")
        #expect(try scenario.openTasks(titled: Self.escalation).count == 1)
        let raised = try scenario.history(caseID).filter { $0.string("kind") == "task.overdue" }
        #expect(raised.count == 2)
        #expect(raised.map { ($0["effects"] as? [[String: Any]] ?? []).count } == [1, 0])
    }

    @Test func aKIPFollowUpFallsDueThenOverdue() throws {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        let consent = try scenario.consent(caseID, to: WorkflowScenario.gp, "plan")
        let plan = try scenario.draftKIP(caseID, consent: consent, nextMeeting: "2027-02-01")
        _ = try scenario.activate(plan, on: "2026-11-01")
        let call = "Indkald til opfølgningsmøde om KIP'en"

        #expect(try tick(scenario, "2027-01-31").object("counts").number("followup.due") == nil)
        let due = try tick(scenario, "2027-02-01")
        #expect(due.object("counts").number("followup.due") == 1, "\(due)")
        let task = try scenario.openTask(titled: call)
        #expect(task.string("due") == "2027-02-01")
        #expect(task.id("plan_id") == plan)
        #expect(task.string("note") == "Aftalt opfølgning")
        #expect(task.object("assignee").string("role") == "tovholder")

        // The day after, not held: the team lead is told, and the coordinator's overdue task escalated, once each.
        let overdue = try tick(scenario, "2027-02-02")
        #expect(overdue.object("counts").number("followup.overdue") == 1, "\(overdue)")
        let late = try scenario.openTask(titled: "KIP-opfølgning er overskredet (frist 2027-02-01)")
        #expect(late.string("due") == "2027-02-09")
        #expect(late.object("assignee").string("role") == "teamleder")
        #expect(try scenario.openTasks(titled: Self.escalation + call).count == 1)
        let open = try scenario.openTasks().count
        let next = try tick(scenario, "2027-02-03").object("counts")
        #expect(next["followup.due"] == nil && next["followup.overdue"] == nil, "\(next)")
        #expect(try scenario.openTasks().count == open)
        #expect(try scenario.openTasks(titled: call).count == 1)

        // The meeting is held: the coordinator's task to call it is done.
        try scenario.ok([
            "plan", "meeting", "add", plan, "--date", "2027-02-05", "--participants", "1,2", "--citizen-present", "yes",
        ])
        #expect(try scenario.openTasks(titled: call).isEmpty)
    }
}
