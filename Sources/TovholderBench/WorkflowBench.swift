// The workflows benchmark: one event dispatched to ten rules beside stock lua5.4 calling the same functions, and a dry run over 10,000 cases.
import Core
import Foundation
import Packs
import Scripting
import Store

/// The Lua work each of the ten benchmark rules does with the event: reads its fields, parses
/// the day, builds a key. Shared by the rules the engine runs and the stock interpreter's script.
private let ruleWork = """
    local function work(event, i)
      local score = i
      if event.kind == "case.started" and event.status == "in_treatment" then score = score + 1 end
      local year, month, day = string.match(event.day, "^(%d+)-(%d+)-(%d+)$")
      score = score + tonumber(year) * 372 + tonumber(month) * 31 + tonumber(day)
      if event.basis == "sel101" or event.basis == "sul141" then score = score + 2 end
      return score, event.municipality .. ":" .. event.case_id .. ":" .. i
    end
    """

/// A workflow file with ten rules on `case.started`; with `tasks`, each also makes one keyed task.
private func tenRules(tasks: Bool) -> String {
    let effect =
        tasks
        ? """
            ctx.task { title = "Regel " .. i .. " " .. key, assignee = "tovholder", within = 14, key = "bench_" .. i .. "_" .. event.id }
        """ : ""
    return ruleWork + """

        for i = 1, 10 do
          workflow.on("case.started", function(event, ctx)
            local score, key = work(event, i)
            if score < 0 then error(key) end
        \(effect)
          end, { name = "bench.rule" .. i })
        end
        """
}

/// The same ten functions called by the stock interpreter on an equivalent table per event;
/// prints microseconds per event.
private let referenceDispatch =
    ruleWork + """

        local rules = {}
        for i = 1, 10 do
          rules[i] = function(event, ctx)
            local score, key = work(event, i)
            if score < 0 then error(key) end
          end
        end
        local n = tonumber(arg[1])
        local clock = os.clock
        local t0 = clock()
        for k = 1, n do
          local event = {
            kind = "case.started", id = k, at = "2026-11-23T10:15:00.123Z", case_id = 1, day = "2026-10-05",
            basis = "sel101", requested = "2026-10-01", status = "in_treatment", municipality = "0101",
          }
          for i = 1, 10 do rules[i](event, nil) end
        end
        print((clock() - t0) / n * 1e6)
        """

/// A case.started payload as the store writes it.
private struct StartedPayload: Encodable {
    let caseID: Int64
    let day, basis, requested, status, municipality: String
    enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case day, basis, requested, status, municipality
    }
}

/// An engine over the one pack `name` with `file` as its only workflow, written into `folder`.
private func benchEngine(_ folder: String, name: String, file: String) throws -> WorkflowEngine {
    let pack = folder + "/" + name
    try FileManager.default.createDirectory(atPath: pack + "/workflows", withIntermediateDirectories: true)
    try """
    name = "\(name)"
    version = "1.0.0"
    host_api = ">=1.0, <2.0"
    title = "Benchmark workflows"
    workflows = "workflows"
    capabilities = ["events:subscribe", "tasks:write"]
    """.write(toFile: pack + "/pack.toml", atomically: false, encoding: .utf8)
    try file.write(toFile: pack + "/workflows/rules.lua", atomically: false, encoding: .utf8)
    let path = PackSearchPath(folders: [.init(layer: .municipality, path: pack)])
    return try WorkflowEngine(resolved: PackResolver(hostAPI: HostAPI.version).resolve(path.discover()))
}

/// `count` distinct case.started events on one case, recorded in the journal.
private func dispatchEvents(_ count: Int, in database: TovholderDatabase) throws -> [RecordedEvent] {
    try database.write(AuditContext(user: "bench", command: "bench seed")) { tx in
        let citizen = try tx.addCitizen(try Citizen(name: "Borger", cpr: try CPRNumber("0101901235")))
        let opened = try tx.openCase(
            citizen: citizen.id!, basis: .sel101, municipality: try MunicipalityCode("0101"),
            requested: Day("2026-10-01")!)
        let payload = StartedPayload(
            caseID: opened.id!.rawValue, day: "2026-10-05", basis: "sel101", requested: "2026-10-01",
            status: "in_treatment", municipality: "0101")
        for _ in 0..<count {
            try tx.raise(
                "case.started", case: opened.id!, subject: "treatment_case:\(opened.id!.rawValue)", payload: payload)
        }
        return try tx.events(case: opened.id!).filter { $0.kind == "case.started" }
    }
}

/// Microseconds per event to dispatch `events` through `engine`, in one transaction rolled back.
private func dispatchMicroseconds(_ engine: WorkflowEngine, _ events: [RecordedEvent], in database: TovholderDatabase)
    throws -> Double
{
    try database.writeAndRollBack(AuditContext(user: "bench", command: "bench dispatch")) { tx in
        let started = ContinuousClock.now
        for event in events { try engine.dispatch([event], in: tx) }
        return (ContinuousClock.now - started).seconds / Double(events.count) * 1e6
    }
}

func workflowsSection(_ options: Options) throws {
    let folder = NSTemporaryDirectory() + "tovholder-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    print("\nWorkflows:")

    // (a) One event to ten rules.
    let database = try TovholderDatabase(path: folder + "/dispatch.sqlite")
    try database.migrate()
    let plainEvents = 20_000
    let taskEvents = 2_000
    let events = try dispatchEvents(plainEvents, in: database)
    let plain = try benchEngine(folder + "/plain", name: "dk.bench.plain", file: tenRules(tasks: false))
    let tasks = try benchEngine(folder + "/tasks", name: "dk.bench.tasks", file: tenRules(tasks: true))
    let script = folder + "/dispatch_reference.lua"
    try referenceDispatch.write(toFile: script, atomically: false, encoding: .utf8)
    var ours: [Double] = []
    var stock: [Double] = []
    var withTasks: [Double] = []
    for _ in 0..<options.runs {
        ours.append(try dispatchMicroseconds(plain, events, in: database))
        let output = timeProcess(options.lua, [script, String(plainEvents)]).output
        stock.append(Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan)
        withTasks.append(try dispatchMicroseconds(tasks, Array(events.prefix(taskEvents)), in: database))
    }
    let ratio = median(ours) / median(stock)
    line(
        "dispatch, 10 rules", String(format: "%.1f µs/event", median(ours)),
        String(format: "lua5.4 same calls %.1f µs", median(stock)), String(format: "%.2f", ratio), "", true)
    print("  (ours: the event's JSON payload decoded to a table, and ten protected calls under the limits;")
    print("   lua5.4: the ten functions called on a table built in Lua)")
    let taskReference = try taskInsertMicroseconds(tasks, Array(events.prefix(taskEvents)), database, folder: folder)
    line(
        "dispatch, 10 tasks", String(format: "%.1f µs/event", median(withTasks)),
        String(format: "sqlite3 same rows %.1f µs", taskReference),
        String(format: "%.2f", median(withTasks) / taskReference), "", true)
    print("  (each rule makes one keyed task: effect lookup, task row, audit entry, effect row; sqlite3 loads")
    print("   the rows one event's rules wrote as finished SQL, all events in one transaction)")

    // (b) The dry run.
    try dryRunBench(options, folder: folder)
}

/// The reference for dispatching with tasks: the sqlite3 shell inserting the rows one committed
/// dispatch of `events` wrote (tasks, audit entries, effects) into an empty copy of their tables;
/// microseconds per event.
private func taskInsertMicroseconds(
    _ engine: WorkflowEngine, _ events: [RecordedEvent], _ database: TovholderDatabase, folder: String
) throws -> Double {
    let tables = ["task", "audit_entry", "workflow_effect"]
    let before = tables.map { table in
        timeProcess("sqlite3", [database.path, "SELECT COALESCE(MAX(id), 0) FROM \(table)"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    try database.write(AuditContext(user: "bench", command: "bench dispatch")) { tx in
        for event in events { try engine.dispatch([event], in: tx) }
    }
    let script = folder + "/tasks_reference.sql"
    var arguments = [database.path, ".output \(script)"]
    for (table, last) in zip(tables, before) {
        arguments += [".mode insert \(table)", "SELECT * FROM \(table) WHERE id > \(last);"]
    }
    _ = timeProcess("sqlite3", arguments)
    let names = tables.map { "'\($0)'" }.joined(separator: ", ")
    _ = timeProcess(
        "sqlite3",
        [
            database.path, ".output \(folder)/tasks_schema.sql", ".mode list",
            "SELECT sql || ';' FROM sqlite_schema WHERE tbl_name IN (\(names)) AND sql IS NOT NULL "
                + "AND type IN ('table', 'index');",
        ])
    let target = folder + "/tasks_reference.sqlite"
    _ = timeProcess("sqlite3", [target, ".read \(folder)/tasks_schema.sql"])
    let rows = try String(contentsOfFile: script, encoding: .utf8)
    try ("BEGIN;\n" + rows + "\nCOMMIT;\n").write(toFile: script, atomically: false, encoding: .utf8)
    var seconds: [Double] = []
    for _ in 0..<3 {
        _ = timeProcess("sqlite3", [target, "DELETE FROM task; DELETE FROM audit_entry; DELETE FROM workflow_effect;"])
        seconds.append(timeProcess("sqlite3", [target, ".read \(script)"]).seconds)
    }
    return median(seconds) / Double(events.count) * 1e6
}

// MARK: - The dry run

/// Seeds `count` cases through the services, 500 per command, as a municipality's history would
/// have them: every case requested and opened; nine in ten started; three in ten with an active
/// KIP (consent, participants, coordinator, a goal, the next meeting in 3 or 5 months, activation, a
/// meeting); half with a
/// completed basic screening (a quarter positive); a fifth of the started ones discharged. Events
/// are recorded, no workflow runs. Returns the seconds it took.
func seedWorkflowCases(_ count: Int, in database: TovholderDatabase) throws -> Double {
    let started = ContinuousClock.now
    let context = AuditContext(user: "bench", command: "bench import")
    let code = try MunicipalityCode("0101")
    let firstDay = Day("2025-01-01")!
    let flow = FlowReference(
        id: "basisscreening", version: SemanticVersion(1, 0, 0), pack: "dk.tovholder.screening",
        packVersion: SemanticVersion(1, 0, 0))
    let (coordinator, gp, jobCentre) = try database.write(context) { tx in
        (
            try tx.addActor(try Actor(name: "Misbrugscentret", kind: .drugTreatment)).id!,
            try tx.addActor(try Actor(name: "Lægehuset", kind: .gp)).id!,
            try tx.addActor(try Actor(name: "Jobcentret", kind: .jobCentre)).id!
        )
    }
    func result(positive: Bool) -> ScreeningResult {
        ScreeningResult(
            scores: [ScoreValue(id: "total", value: positive ? 9 : 2)], bands: ["total": positive ? "high" : "low"],
            flags: positive ? ["positive"] : [],
            recommendations: positive
                ? [
                    Recommendation(
                        code: "refer_psychologist", text: FlowText(danish: "Henvis til psykolog"), to: "psychologist",
                        consent: .screening)
                ] : [],
            missing: [])
    }
    var created = 0
    while created < count {
        let batch = min(500, count - created)
        try database.write(context) { tx in
            for index in created..<(created + batch) {
                let citizen = try tx.addCitizen(try benchCitizen(index))
                let requested = firstDay.adding(days: index % 600)
                let caseID = try tx.openCase(
                    citizen: citizen.id!, basis: index % 3 == 0 ? .sul141 : .sel101, municipality: code,
                    requested: requested
                ).id!
                guard index % 10 != 0 else { continue }
                let start = requested.adding(days: 3 + index % 14)
                try tx.changeCase(caseID, action: "start") { c in
                    try c.start(on: start)
                    return "started"
                }
                if index % 10 == 1 || index % 10 == 4 || index % 10 == 7 {
                    let consent = try tx.grantConsent(
                        case: caseID, to: .actor(coordinator), purpose: .treatment, categories: [.plan, .screening],
                        from: requested, until: nil
                    ).id!
                    _ = try tx.addParticipant(case: caseID, actor: coordinator, role: "tovholder", from: start)
                    _ = try tx.addParticipant(case: caseID, actor: gp, role: nil, from: start)
                    if index % 20 == 7 {
                        _ = try tx.addParticipant(case: caseID, actor: jobCentre, role: nil, from: start)
                    }
                    let plan = try tx.createPlan(case: caseID, kind: .kip).plan.id
                    let activated = start.adding(days: 10)
                    for change: PlanChange in [
                        .setCoordinator(actor: coordinator), .addConsent(consent: consent),
                        .addGoal(goal: GoalDraft(area: index % 2 == 0 ? .housing : .employment, description: "Mål")),
                        .addFollowUp(due: activated.adding(months: index % 4 == 1 ? 5 : 3), purpose: "næste KIP-møde"),
                        .activate(on: activated),
                        .addMeeting(
                            meeting: MeetingDraft(
                                day: activated.adding(days: 20), participants: [coordinator],
                                citizenPresent: index % 3 != 0)),
                    ] {
                        _ = try tx.changePlan(plan, change)
                    }
                }
                if index % 2 == 0 {
                    let day = start.adding(days: 2)
                    var response = ScreeningResponse(
                        caseID: caseID, flow: flow, day: day, startedAt: tx.now, startedBy: "bench")
                    try response.complete(
                        answers: [:], settings: [:], result: result(positive: index % 4 == 0), at: tx.now, by: "bench")
                    _ = try tx.completeScreening(response)
                }
                if index % 5 == 3 {
                    try tx.changeCase(caseID, action: "discharge") { c in
                        try c.discharge(on: start.adding(days: 90), reason: .completed, advice: "Anonym rådgivning")
                        return "discharged"
                    }
                }
            }
        }
        created += batch
    }
    return (ContinuousClock.now - started).seconds
}

func dryRunBench(_ options: Options, folder: String) throws {
    let path = options.workflowDatabase ?? folder + "/dry_run.sqlite"
    let fresh = !FileManager.default.fileExists(atPath: path)
    let database = try TovholderDatabase(path: path)
    if fresh {
        try database.migrate()
        let seconds = try seedWorkflowCases(options.workflowCases, in: database)
        print(
            String(
                format: "  (seeded %d cases through the services in %.1f s, no workflows run)", options.workflowCases,
                seconds))
    }
    let events =
        Int(
            timeProcess("sqlite3", [path, "SELECT COUNT(*) FROM event"]).output.trimmingCharacters(
                in: .whitespacesAndNewlines)) ?? 0
    let searchPath = PackSearchPath(folders: [.init(layer: .builtin, path: options.packs)])
    let active = try WorkflowDispatcher(searchPath: searchPath).loadedEngine()
    let candidate = try WorkflowEngine(
        resolved: WorkflowSimulator.candidateSet(searchPath: searchPath, folder: options.candidate))
    let simulator = WorkflowSimulator(active: active, candidate: candidate)
    let started = ContinuousClock.now
    let report = try simulator.run(
        on: database, context: AuditContext(user: "bench", command: "workflow simulate"), from: nil, to: nil)
    let seconds = (ContinuousClock.now - started).seconds
    line(
        "dry run", String(format: "%.1f s (%.0f events/s)", seconds, Double(report.events) / seconds),
        "", "", "goal < 30 s", seconds < 30)
    print(
        "  (\(report.events) events replayed of \(events) recorded, \(report.cases) cases, twice: shipped workflows "
            + "and \((options.candidate as NSString).lastPathComponent);")
    print(
        "   \(report.active.tasks + report.active.followUps + report.active.messages + report.active.refusedMessages) "
            + "effects active, \(report.candidate.tasks + report.candidate.followUps + report.candidate.messages + report.candidate.refusedMessages) "
            + "candidate, \(report.differences.count) differences, \(report.failures.count) failures)")
}
