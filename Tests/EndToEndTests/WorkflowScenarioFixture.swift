// What the workflow scenario tests share: a database run with exactly the shipped packs (plus the packs a test
// names), the open tasks, the outbox, a case's history and flags as JSON, and days counted the way the rules count.
import Foundation
import Testing

/// A temporary database with a citizen, the actors around the citizen and a case, and `tovholder` run against it
/// with the search path cleared of the environment's site and packs: the shipped packs (`Plugins/`) and
/// `packs` (given to every command, like TOVHOLDER_PACKS) only.
final class WorkflowScenario: @unchecked Sendable {
    let db: CLIDatabase
    /// Folders of packs on the search path of every command, after the shipped ones.
    let packs: [String]

    /// The actors every scenario has, by id.
    static let gp = "1"
    static let counsellor = "2"
    static let psychiatry = "3"
    static let jobCentre = "4"

    /// The repository's folder, for the example packs.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let aarhusPack = repository + "/Examples/packs/dk.aarhus.samarbejdsaftale"
    static let positiveBasisscreening = repository + "/Examples/screening/basisscreening.json"

    /// A database with the citizen Jens Hansen (citizen 1) and the actors 1 (GP), 2 (counsellor, drug
    /// treatment), 3 (outpatient psychiatry) and 4 (job centre); none of them a participant yet, no case.
    init(packs: [String] = []) throws {
        db = try CLIDatabase()
        self.packs = packs
        try ok(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"], prints: "1")
        try ok(["actor", "add", "--name", "Lægehuset Nord", "--kind", "gp", "--organisation"], prints: Self.gp)
        try ok(["actor", "add", "--name", "Mette Friis", "--kind", "drug_treatment"], prints: Self.counsellor)
        try ok(
            ["actor", "add", "--name", "Ambulant psykiatri Øst", "--kind", "outpatient_psychiatry", "--organisation"],
            prints: Self.psychiatry)
        try ok(
            ["actor", "add", "--name", "Jobcenter Aarhus", "--kind", "job_centre", "--organisation"],
            prints: Self.jobCentre)
    }

    /// Runs `tovholder ARGUMENTS` on the database with the scenario's search path (and `packs` besides).
    @discardableResult
    func run(_ arguments: [String], packs extra: [String] = [], language: String = "da") throws -> CLIResult {
        try CLI.run(
            arguments, in: db.folder.path,
            environment: [
                "TOVHOLDER_DB": db.path, "TOVHOLDER_USER": "sagsbehandler1", "TOVHOLDER_LANG": language,
                "TOVHOLDER_SITE": "", "TOVHOLDER_PACKS": (packs + extra).joined(separator: ":"),
            ])
    }

    /// Runs a command that must succeed; returns its standard output without the final newline.
    @discardableResult
    func ok(
        _ arguments: [String], prints expected: String? = nil, packs extra: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let result = try run(arguments, packs: extra)
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        let output = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        if let expected { #expect(output == expected, "\(arguments)", sourceLocation: sourceLocation) }
        return output
    }

    /// Opens a § 101 case for citizen 1 requested on `requested`; returns its id.
    func openCase(requested: String, basis: String = "sel101", citizen: String = "1") throws -> String {
        try ok(["case", "open", "--citizen", citizen, "--basis", basis, "--requested", requested])
    }

    /// Makes `actor` an active participant of the case from `from`.
    func participant(_ caseID: String, _ actor: String, role: String, from: String = "2026-09-01") throws {
        try ok(["participant", "add", caseID, "--actor", actor, "--role", role, "--from", from])
    }

    /// A treatment consent to `to` (an actor id or kind) for `categories`; returns its id.
    @discardableResult
    func consent(_ caseID: String, to: String, _ categories: String, from: String = "2026-09-01") throws -> String {
        try ok(["consent", "grant", caseID, "--to", to, "--categories", categories, "--from", from])
    }

    /// A new KIP on the case with what activation needs (see ``fillKIP``); returns the plan's id.
    func draftKIP(
        _ caseID: String, consent: String, area: String = "housing", nextMeeting: String, packs extra: [String] = []
    ) throws -> String {
        let plan = try ok(["plan", "new", caseID, "--kind", "kip"], packs: extra)
        try fillKIP(plan, consent: consent, area: area, nextMeeting: nextMeeting, packs: extra)
        return plan
    }

    /// Gives a draft KIP what activation needs: a goal in `area`, the counsellor as coordinator, the consent
    /// `consent`, and the next meeting planned on `nextMeeting` (purpose "Aftalt opfølgning").
    func fillKIP(
        _ plan: String, consent: String, area: String = "housing", nextMeeting: String, packs extra: [String] = []
    ) throws {
        try ok(["plan", "goal", "add", plan, "--area", area, "--description", "Mål: \(area)"], packs: extra)
        try ok(["plan", "coordinator", plan, "--actor", Self.counsellor], packs: extra)
        try ok(["plan", "consent", plan, "--consent", consent], packs: extra)
        try ok(["plan", "followup", "add", plan, "--due", nextMeeting, "--purpose", "Aftalt opfølgning"], packs: extra)
    }

    /// Activates the plan on `day`; returns the version it became (`plan activate` prints `ID<TAB>version N<TAB>…`).
    func activate(
        _ plan: String, on day: String, packs extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    )
        throws -> String
    {
        let printed = try ok(["plan", "activate", plan, "--date", day], packs: extra, sourceLocation: sourceLocation)
        let columns = printed.split(separator: "\t").map(String.init)
        let version = try #require(
            columns.dropFirst().first.flatMap { $0.hasPrefix("version ") ? String($0.dropFirst(8)) : nil },
            "\(printed)", sourceLocation: sourceLocation)
        return version
    }

    /// The plan's follow-ups as `plan show` lists them (`2027-02-01 Purpose — planlagt`).
    func followUps(_ plan: String) throws -> [String] {
        let shown = try ok(["plan", "show", plan]).split(separator: "\n").map(String.init)
        guard let start = shown.firstIndex(of: "  Opfølgning:") else { return [] }
        return shown[(start + 1)...].prefix { $0.hasPrefix("    ") }.map {
            $0.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).dropFirst().joined()
        }
    }

    // MARK: Reading what the workflows did

    /// The open tasks (`task list --json`).
    func openTasks(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let result = try run(["task", "list", "--json"])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try jsonArray(result.stdout, sourceLocation: sourceLocation)
    }

    /// The open tasks whose title starts with `prefix`.
    func openTasks(titled prefix: String) throws -> [[String: Any]] {
        try openTasks().filter { $0.string("title")?.hasPrefix(prefix) == true }
    }

    /// The one open task whose title starts with `prefix`; fails the test when there is not exactly one.
    func openTask(titled prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let found = try openTasks(titled: prefix)
        #expect(found.count == 1, "tasks titled '\(prefix)…': \(found)", sourceLocation: sourceLocation)
        return try #require(found.first, "no open task titled '\(prefix)…'", sourceLocation: sourceLocation)
    }

    /// Every message in the outbox, whatever its status (`outbox list --status all --json`).
    func outbox(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let result = try run(["outbox", "list", "--status", "all", "--json"])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try jsonArray(result.stdout, sourceLocation: sourceLocation)
    }

    /// The case's events with what the rules did (`case history ID --json`).
    func history(_ caseID: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let result = try run(["case", "history", caseID, "--json"])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try jsonArray(result.stdout, sourceLocation: sourceLocation)
    }

    /// The effects the rules recorded on the case's events of `kind`, in order.
    func effects(_ caseID: String, on kind: String) throws -> [[String: Any]] {
        try history(caseID).filter { $0.string("kind") == kind }.flatMap { $0["effects"] as? [[String: Any]] ?? [] }
    }

    /// The case's flags (name → JSON value), read from the database file.
    func flags(_ caseID: String) throws -> [String: String] {
        var flags: [String: String] = [:]
        for row in try sql("SELECT name || '=' || value FROM case_flag WHERE case_id = \(caseID)") {
            let parts = row.split(separator: "=", maxSplits: 1).map(String.init)
            flags[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return flags
    }

    /// The first column of a query's rows, read straight from the database file.
    func sql(_ query: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db.path, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The number of rows in each table that a command or its workflows may write.
    func rowCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in [
            "treatment_case", "event", "task", "outbox_message", "workflow_effect", "case_flag", "plan",
            "plan_version", "plan_followup", "time_event", "participant", "consent", "audit_entry",
        ] {
            counts[table] = try db.count(table)
        }
        return counts
    }
}

/// Days as the rules count them (`YYYY-MM-DD`, whole calendar days and months).
enum Days {
    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen")!
        return calendar
    }

    private static func date(_ day: String) -> Date {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))!
    }

    private static func text(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Today in Danish time: the day a command without a date (`plan new`) raises its event on.
    static var today: String { text(Date()) }

    static func adding(_ days: Int, to day: String) -> String {
        text(calendar.date(byAdding: .day, value: days, to: date(day))!)
    }

    static func adding(months: Int, to day: String) -> String {
        text(calendar.date(byAdding: .month, value: months, to: date(day))!)
    }
}

/// A workflow pack written into `folder` at `relative`: `pack.toml` with `capabilities` and the workflow files
/// (path inside `workflows/` → Lua); returns the pack's folder.
@discardableResult
func writeWorkflowPack(
    in folder: TemporaryFolder, _ relative: String, name: String, capabilities: [String], workflows: [String: String]
) throws -> String {
    let declared = capabilities.map { "\"\($0)\"" }.joined(separator: ", ")
    try folder.write(
        relative + "/pack.toml",
        """
        name = "\(name)"
        version = "1.0.0"
        host_api = ">=1.0, <2.0"
        title = "Testpakke \(name)"
        workflows = "workflows"
        capabilities = [\(declared)]

        """)
    for (file, text) in workflows { try folder.write(relative + "/workflows/" + file, text) }
    return folder.path + "/" + relative
}

extension Dictionary where Key == String, Value == Any {
    /// An integer field as the commands print ids (`"3"`).
    func id(_ key: String) -> String? { number(key).map { String(Int($0)) } }
}
