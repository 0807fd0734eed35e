// `workflow simulate`: a case's history recorded with the shipped workflows, replayed through the Aarhus pack as a
// candidate: the KIP's next meeting moved from 6 to 3 months, the job centre proposed only by the candidate, and the
// database unchanged afterwards but for the one audit entry of the dry run.
import Foundation
import Testing

@Suite struct WorkflowSimulateTests {
    /// A case with an active KIP (employment as a goal) recorded with the shipped workflows only: activated
    /// 2026-11-01, its planned follow-up held and the next meeting held 2027-01-10.
    private func recorded() throws -> (WorkflowScenario, caseID: String, plan: String) {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        try scenario.participant(caseID, WorkflowScenario.gp, role: "egen læge")
        let consent = try scenario.consent(caseID, to: WorkflowScenario.gp, "plan")
        let plan = try scenario.draftKIP(caseID, consent: consent, area: "employment", nextMeeting: "2027-01-15")
        _ = try scenario.activate(plan, on: "2026-11-01")
        try scenario.ok([
            "plan", "followup", "held", plan, "--followup", "1", "--date", "2027-01-10", "--outcome", "ok",
        ])
        try scenario.ok([
            "plan", "meeting", "add", plan, "--date", "2027-01-10", "--participants", "1,2", "--citizen-present", "yes",
        ])
        #expect(try scenario.followUps(plan).last == "2027-07-10 Næste KIP-møde — planlagt")
        #expect(try scenario.openTasks(titled: "Overvej at inddrage").isEmpty)
        return (scenario, caseID, plan)
    }

    /// Every row of every table but the audit log, to compare before and after.
    private func contents(_ scenario: WorkflowScenario) throws -> [String: [String]] {
        let tables = try scenario.sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_entry', 'sqlite_sequence')")
        #expect(tables.contains("task") && tables.contains("workflow_effect") && tables.contains("plan_followup"))
        var contents: [String: [String]] = [:]
        for table in tables { contents[table] = try scenario.sql("SELECT * FROM \(table)") }
        return contents
    }

    @Test func theCandidateMovesTheNextMeetingAndProposesTheJobCentreWithoutChangingAnything() throws {
        let (scenario, caseID, plan) = try recorded()
        let tasks = try scenario.run(["task", "list", "--json"]).stdout
        let outbox = try scenario.run(["outbox", "list", "--status", "all", "--json"]).stdout
        let before = try contents(scenario)
        let audit = try scenario.db.count("audit_entry")

        let result = try scenario.run(["workflow", "simulate", "--pack", WorkflowScenario.aarhusPack, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try jsonObject(result.stdout)
        #expect(report.number("cases") == 1)
        #expect((report.number("events") ?? 0) >= 10, "\(report)")
        #expect((report["failures"] as? [Any])?.isEmpty == true, "\(report)")
        #expect(report.object("active").number("proposed_participants") == 0)
        #expect(report.object("candidate").number("proposed_participants") == 1)
        #expect(report.object("active").number("follow_ups") == report.object("candidate").number("follow_ups"))
        #expect(report.object("active").number("messages") == 1, "the plan sent to the GP, on both sides")
        #expect(report.object("candidate").number("messages") == 1)

        let differences = report["differences"] as? [[String: Any]] ?? []
        #expect(differences.count == 2, "\(differences)")
        // The next meeting after the activation: 6 months with the shipped rule, 3 with Aarhus's.
        let moved = try #require(differences.first { $0.string("kind") == "followup" }, "\(differences)")
        #expect(moved.string("change") == "changed")
        #expect(moved.string("event") == "plan.activated")
        #expect(moved.string("day") == "2026-11-01")
        #expect(moved.id("case_id") == caseID)
        #expect(moved.string("what") == "Næste KIP-møde")
        #expect(
            moved.string("active_detail")
                == "plan \(plan), due 2027-05-01, (dk.tovholder.kip next_meeting.after_activation)")
        #expect(
            moved.string("candidate_detail")
                == "plan \(plan), due 2027-02-01, (dk.aarhus.samarbejdsaftale aarhus.next_meeting.after_activation)")
        #expect(moved.string("deadline") == "met", "the meeting of 2027-01-10 came before 2027-02-01")
        // The job centre: only the candidate proposes it.
        let proposal = try #require(differences.first { $0.string("kind") == "participant" }, "\(differences)")
        #expect(proposal.string("change") == "only_candidate")
        #expect(proposal.string("what") == WorkflowOverrideTests.proposal)
        #expect(proposal.isNull("active_detail") || proposal["active_detail"] == nil)
        #expect(
            proposal.string("candidate_detail")?.hasSuffix("(dk.aarhus.samarbejdsaftale aarhus.job_centre.on_change)")
                == true)
        #expect(!differences.contains { $0.string("change") == "only_active" })

        // Nothing changed but the one audit entry of the dry run.
        #expect(try contents(scenario) == before)
        #expect(try scenario.db.count("audit_entry") == audit + 1)
        let entry = try scenario.sql(
            "SELECT entity || '|' || action || '|' || summary FROM audit_entry ORDER BY id DESC LIMIT 1")
        #expect(
            entry.first?.hasPrefix("workflow|simulate|dry run of \(WorkflowScenario.aarhusPack) over ") == true,
            "\(entry)")
        #expect(try scenario.run(["task", "list", "--json"]).stdout == tasks)
        #expect(try scenario.run(["outbox", "list", "--status", "all", "--json"]).stdout == outbox)
        #expect(try scenario.followUps(plan).filter { $0.contains("2027-02-01") || $0.contains("2027-05-01") }.isEmpty)
        #expect(try scenario.openTasks(titled: "Overvej at inddrage").isEmpty)
    }

    @Test func theTextReportAndAnEmptyPeriod() throws {
        let (scenario, _, _) = try recorded()
        let text = try scenario.run(["workflow", "simulate", "--pack", WorkflowScenario.aarhusPack])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Prøvekørsel start–\(Days.today): ") == true, "\(text.stdout)")
        #expect(lines.first?.hasSuffix(" i 1 sager (intet er gemt)") == true, "\(text.stdout)")
        #expect(lines.contains("  foreslåede deltagere\t0\t1"), "\(text.stdout)")
        #expect(lines.contains("Forskelle: 2"), "\(text.stdout)")
        #expect(
            lines.contains { $0.hasPrefix("  ændret\tsag 1\t2026-11-01\tplan.activated\tfollowup\tNæste KIP-møde") })
        #expect(
            lines.contains("      aktive: plan 1, due 2027-05-01, (dk.tovholder.kip next_meeting.after_activation)"))

        // Events recorded from tomorrow on: none, so no difference.
        let tomorrow = Days.adding(1, to: Days.today)
        let empty = try scenario.run([
            "workflow", "simulate", "--pack", WorkflowScenario.aarhusPack, "--from", tomorrow, "--to", tomorrow,
            "--json",
        ])
        #expect(empty.status == 0, "\(empty.stderr)")
        let report = try jsonObject(empty.stdout)
        #expect(report.number("events") == 0)
        #expect((report["differences"] as? [Any])?.isEmpty == true)

        // The same pack as the candidate and as an active pack: no difference.
        let same = try scenario.run(
            [
                "workflow", "simulate", "--pack", WorkflowScenario.aarhusPack, "--json", "--packs",
                WorkflowScenario.aarhusPack,
            ])
        #expect(same.status == 0, "\(same.stderr)")
        #expect((try jsonObject(same.stdout)["differences"] as? [Any])?.isEmpty == true, "\(same.stdout)")

        let missing = try scenario.run(["workflow", "simulate", "--pack", scenario.db.folder.path + "/nope"])
        #expect(missing.status == 2)
    }
}
