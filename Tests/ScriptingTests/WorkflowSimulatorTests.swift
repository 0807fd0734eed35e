// The dry run: a candidate pack compared with the active one over recorded events, leaving the database exactly as it was.
import Core
import Foundation
import Lua
import Packs
import Store
import Testing

@testable import Scripting

@Suite struct WorkflowSimulatorTests {
    /// The active version of `dk.test.agreement`: a survey within 14 days, and a task only it makes.
    static let activeRules = """
        workflow.on("case.started", function(event, ctx)
          ctx.task { title = "Afdæk indsatser", assignee = "tovholder", within = 14, key = "survey" }
          ctx.task { title = "Kun aktiv", assignee = "tovholder", within = 30, key = "only_active" }
          ctx.flag("started", true)
        end, { name = "agreement.start" })
        """

    /// The candidate: the survey within 7 days for the team lead, no "Kun aktiv", a new task, the same flag.
    static let candidateRules = """
        workflow.on("case.started", function(event, ctx)
          ctx.task { title = "Afdæk indsatser", assignee = "teamleder", within = 7, key = "survey" }
          ctx.task { title = "Kun kandidat", assignee = "tovholder", key = "only_candidate" }
          ctx.flag("started", true)
        end, { name = "agreement.start" })
        workflow.on("case.opened", function(event, ctx)
          if event.case_id % 2 == 0 then error("the candidate fails on even cases") end
        end, { name = "agreement.opened" })
        """

    /// A world whose live workflows are the active rules, with three started cases, and the candidate in `candidate/`.
    private func seeded() throws -> (WorkflowWorld, [CaseID]) {
        let world = try WorkflowWorld()
        try world.pack("dk.test.agreement", files: ["start.lua": Self.activeRules])
        try WorkflowWorld.writePack(
            in: world.folder, at: "candidate/dk.test.agreement", name: "dk.test.agreement", version: "2.0.0",
            files: ["start.lua": Self.candidateRules])
        var cases: [CaseID] = []
        for (index, day) in ["2026-09-01", "2026-09-10", "2026-11-10"].enumerated() {
            let id = try world.openCase(day)
            try world.start(id, on: Day(day)!.adding(days: 2 + index).description)
            cases.append(id)
        }
        // The first case's survey was really done in time: a task with the same title done by its due day.
        try world.write { tx in
            let task = try tx.openTasks().first { $0.caseID == cases[0] && $0.title == "Afdæk indsatser" }!
            _ = try tx.completeTask(task.id!, on: Day("2026-09-05")!)
        }
        return (world, cases)
    }

    private func simulator(_ world: WorkflowWorld) throws -> WorkflowSimulator {
        let candidate = try WorkflowEngine(
            resolved: WorkflowSimulator.candidateSet(
                searchPath: world.dispatcher.searchPath, folder: world.folder.path + "/candidate"))
        return WorkflowSimulator(active: try world.engine(), candidate: candidate)
    }

    @Test func theReportNamesWhatOnlyOneSideDoesAndWhatChanged() throws {
        let (world, cases) = try seeded()
        let report = try world.database.writeAndRollBack(WorkflowWorld.context) { tx in
            try simulator(world).run(in: tx, from: nil, to: nil)
        }
        #expect(report.to == "2026-11-18")
        #expect(report.cases == 3)
        #expect(report.events == 6)
        #expect(report.active.tasks == 6)
        #expect(report.active.flags == 3)
        #expect(report.candidate.tasks == 6)
        #expect(report.candidate.flags == 3)
        // Case 2's case.opened fails on the candidate side only.
        #expect(report.candidate.failures == 1)
        #expect(report.active.failures == 0)
        #expect(report.failures.map(\.side) == ["candidate"])
        #expect(report.failures.first?.message.contains("the candidate fails on even cases") == true)

        let byChange = Dictionary(grouping: report.differences, by: \.change)
        #expect(report.differences.count == 9)
        #expect(byChange["only_active"]?.map(\.what) == ["Kun aktiv", "Kun aktiv", "Kun aktiv"])
        #expect(byChange["only_candidate"]?.map(\.what) == ["Kun kandidat", "Kun kandidat", "Kun kandidat"])
        let changed = try #require(byChange["changed"])
        #expect(changed.map(\.what) == ["Afdæk indsatser", "Afdæk indsatser", "Afdæk indsatser"])
        #expect(changed.map(\.caseID) == cases.map(\.rawValue))
        #expect(changed.allSatisfy { $0.kind == "task" && $0.event == "case.started" })
        let first = changed[0]
        #expect(first.day == "2026-09-03")
        #expect(first.activeDetail?.contains("due 2026-09-17") == true, "\(first)")
        #expect(first.candidateDetail?.contains("due 2026-09-10") == true, "\(first)")
        #expect(first.candidateDetail?.contains("teamleder") == true, "\(first)")
        // Deadlines judged by what really happened: done on 09-05, before the candidate's 09-10.
        #expect(first.deadline == "met")
        #expect(changed[1].deadline == "missed")
        #expect(changed[2].deadline == "open")
        // The flags are the same on both sides: no difference.
        #expect(!report.differences.contains { $0.kind == "flag" })
    }

    @Test func aDryRunLeavesTheDatabaseExactlyAsItWas() throws {
        let (world, _) = try seeded()
        let before = try world.rowCounts()
        #expect(before["task"] == 6)
        _ = try world.database.writeAndRollBack(WorkflowWorld.context) { tx in
            try simulator(world).run(in: tx, from: nil, to: nil)
        }
        #expect(try world.rowCounts() == before)
        #expect(try world.auditProblems().isEmpty)

        // Kept instead of rolled back, only the run's own audit entry for reading the journal stays,
        // and the chain still verifies (the savepoints forgot the audit entries they undid).
        _ = try world.write { tx in
            let report = try simulator(world).run(in: tx, from: nil, to: nil)
            try tx.audit(entity: "workflow", action: "simulate", summary: "dry run over \(report.events) events")
            return report
        }
        var after = try world.rowCounts()
        #expect(after["audit_entry"] == before["audit_entry"]! + 2)
        after["audit_entry"] = before["audit_entry"]
        #expect(after == before)
        #expect(try world.auditProblems().isEmpty)
        // The live workflows still work afterwards, and meet no dry-run keys.
        let id = try world.openCase("2026-11-12")
        try world.start(id, on: "2026-11-13")
        #expect(try world.count("task") == 8)
    }

    @Test func aPeriodLimitsTheEventsReplayedByTheDayTheyWereRecorded() throws {
        let (world, _) = try seeded()
        func run(_ from: String?, _ to: String?) throws -> SimulationReport {
            try world.database.writeAndRollBack(WorkflowWorld.context) { tx in
                try simulator(world).run(in: tx, from: from.flatMap { Day($0) }, to: to.flatMap { Day($0) })
            }
        }
        // Every event was recorded on the clock's day, 2026-11-18.
        let before = try run(nil, "2026-11-17")
        #expect(before.events == 0)
        #expect(before.differences.isEmpty)
        let on = try run("2026-11-18", "2026-11-18")
        #expect(on.events == 6)
        #expect(on.differences.count == 9)
    }
}
