// A municipality's workflow rule that fails, runs forever or lacks a capability: the command exits 1 naming the
// rule, the pack, the file and the line (or the capability), and nothing of the command is stored.
import Foundation
import Testing

@Suite struct WorkflowFailureScenarioTests {
    /// A case waiting for treatment, the tables counted before the command that fails.
    private func waiting() throws -> (WorkflowScenario, String, [String: Int]) {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2027-01-01")
        return (scenario, caseID, try scenario.rowCounts())
    }

    /// Nothing of the failed start is stored: the same rows, the case still waiting, no task.
    private func expectNothingStored(
        _ scenario: WorkflowScenario, _ caseID: String, _ counts: [String: Int],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(try scenario.rowCounts() == counts, sourceLocation: sourceLocation)
        let shown = try jsonObject(try scenario.ok(["case", "show", caseID, "--json"]) + "\n")
        #expect(shown.string("status") == "requested", sourceLocation: sourceLocation)
        #expect(try scenario.openTasks().isEmpty, sourceLocation: sourceLocation)
        #expect(
            try scenario.history(caseID).compactMap { $0.string("kind") } == ["case.requested", "case.opened"],
            sourceLocation: sourceLocation)
    }

    static let failing = """
        -- A rule that fails after the shipped rules made their tasks.
        workflow.on("case.started", function(event, ctx)
          ctx.task { title = "Før fejlen", assignee = "tovholder", within = 1 }
          error("kaput on case " .. event.case_id)
        end, { name = "broken.start" })
        """

    @Test func aFailingRuleRollsTheCommandBackAndNamesThePackFileAndLine() throws {
        let (scenario, caseID, counts) = try waiting()
        let folder = try TemporaryFolder()
        let pack = try writeWorkflowPack(
            in: folder, "packs/dk.test.broken", name: "dk.test.broken",
            capabilities: ["events:subscribe", "tasks:write"], workflows: ["start.lua": Self.failing])

        let result = try scenario.run(["case", "start", caseID, "--date", "2027-01-05", "--packs", pack])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.firstErrorLine.hasPrefix(
                "Arbejdsgangsreglen 'broken.start' i dk.test.broken 1.0.0 fejlede ved hændelsen case.started #"),
            "\(result.stderr)")
        #expect(
            result.firstErrorLine.hasSuffix(
                "(dk.test.broken/workflows/start.lua:4): kaput on case \(caseID). Intet er gemt."), "\(result.stderr)")
        try expectNothingStored(scenario, caseID, counts)

        // The same through TOVHOLDER_PACKS (a folder of packs), in English. (Reading the case was audited.)
        let read = try scenario.rowCounts()
        let english = try scenario.run(
            ["case", "start", caseID, "--date", "2027-01-05", "--lang", "en"], packs: [folder.path + "/packs"])
        #expect(english.status == 1)
        #expect(english.firstErrorLine.contains("The workflow rule 'broken.start' of dk.test.broken 1.0.0 failed"))
        #expect(english.firstErrorLine.contains("(dk.test.broken/workflows/start.lua:4): kaput on case \(caseID)."))
        #expect(english.firstErrorLine.hasSuffix("Nothing was saved."))
        try expectNothingStored(scenario, caseID, read)

        // Without the pack the start goes through, with the shipped tasks.
        try scenario.ok(["case", "start", caseID, "--date", "2027-01-05"])
        #expect(try scenario.openTasks().count == 2)
    }

    @Test func aRuleThatLoopsForeverHitsTheTimeLimitAndRollsBack() throws {
        let (scenario, caseID, counts) = try waiting()
        let folder = try TemporaryFolder()
        let pack = try writeWorkflowPack(
            in: folder, "dk.test.loop", name: "dk.test.loop", capabilities: ["events:subscribe", "tasks:write"],
            workflows: [
                "start.lua": """
                workflow.on("case.started", function(event, ctx)
                  ctx.task { title = "Før løkken", assignee = "tovholder", within = 1 }
                  while true do end
                end, { name = "loop.start" })
                """
            ])
        let result = try scenario.run(["case", "start", caseID, "--date", "2027-01-05"], packs: [pack])
        #expect(result.status == 1)
        #expect(result.firstErrorLine.contains("'loop.start' i dk.test.loop 1.0.0"), "\(result.stderr)")
        #expect(result.firstErrorLine.contains("(dk.test.loop/workflows/start.lua:3): time limit of 2000 ms exceeded"))
        #expect(result.elapsed < .seconds(20), "stopped by the limit, not by the test")
        try expectNothingStored(scenario, caseID, counts)
    }

    @Test func aRuleWithoutTheCapabilityFailsNamingIt() throws {
        let (scenario, caseID, counts) = try waiting()
        let folder = try TemporaryFolder()
        let pack = try writeWorkflowPack(
            in: folder, "dk.test.nocap", name: "dk.test.nocap", capabilities: ["events:subscribe"],
            workflows: [
                "start.lua": """
                workflow.on("case.started", function(event, ctx)
                  ctx.task { title = "Uden tilladelse", assignee = "tovholder", within = 1 }
                end, { name = "nocap.start" })
                """
            ])
        let result = try scenario.run(["case", "start", caseID, "--date", "2027-01-05", "--lang", "en"], packs: [pack])
        #expect(result.status == 1)
        #expect(
            result.firstErrorLine.contains(
                "(dk.test.nocap/workflows/start.lua:2): workflow.task needs the capability 'tasks:write', which pack "
                    + "'dk.test.nocap' does not declare"), "\(result.stderr)")
        try expectNothingStored(scenario, caseID, counts)
    }

    @Test func aFailingRuleOnATickKeepsNothingAndTheNextTickRaisesItAgain() throws {
        let (scenario, caseID, _) = try waiting()
        let folder = try TemporaryFolder()
        let pack = try writeWorkflowPack(
            in: folder, "dk.test.warn", name: "dk.test.warn", capabilities: ["events:subscribe"],
            workflows: [
                "warn.lua": """
                workflow.on("guarantee.warning", function(event, ctx)
                  error("no warnings today")
                end, { name = "warn.fail" })
                """
            ])
        let counts = try scenario.rowCounts()
        let failed = try scenario.run(["tick", "--now", "2027-01-11"], packs: [pack])
        #expect(failed.status == 1)
        #expect(failed.firstErrorLine.contains("dk.test.warn/workflows/warn.lua:2"), "\(failed.stderr)")
        #expect(try scenario.rowCounts() == counts, "not even the tick's audit entry or its time events")
        #expect(try scenario.openTasks().isEmpty)

        let passed = try scenario.run(["tick", "--now", "2027-01-11", "--json"])
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(try jsonObject(passed.stdout).object("counts").number("guarantee.warning") == 1)
        #expect(try scenario.openTasks().compactMap { $0.id("case_id") } == [caseID])
    }
}
