// Shared helpers for the workflow engine tests: small workflow packs in a temporary folder, and a migrated database whose commands run them.
import Core
import Foundation
import GRDB
import Lua
import Packs
import Store

@testable import Scripting

/// Every capability a workflow pack can ask for.
let allWorkflowCapabilities = [
    "events:subscribe", "cases:read", "cases:write", "plans:read", "plans:write", "tasks:write", "outbox:write",
    "consent:read",
]

/// A database (fixed clock: 2026-11-18) with one citizen and one actor, whose commands hand their
/// events to the workflow packs written into `folder/<layer>/`. The engine loads on the first
/// event, so packs may be written after the world is made, until then.
final class WorkflowWorld {
    let folder: TemporaryFolder
    let database: TovholderDatabase
    let dispatcher: WorkflowDispatcher
    let citizen: CitizenID
    let actor: ActorID
    static let context = AuditContext(user: "test", command: "test")

    init(limits: LuaLimits = .standard) throws {
        folder = try TemporaryFolder()
        for layer in ["builtin", "site", "municipality"] {
            try FileManager.default.createDirectory(
                atPath: folder.path + "/" + layer, withIntermediateDirectories: true)
        }
        dispatcher = WorkflowDispatcher(
            searchPath: PackSearchPath(
                folders: [
                    .init(layer: .builtin, path: folder.path + "/builtin"),
                    .init(layer: .site, path: folder.path + "/site"),
                    .init(layer: .municipality, path: folder.path + "/municipality"),
                ]),
            limits: limits)
        database = try TovholderDatabase(
            path: folder.path + "/test.sqlite", clock: { Date(timeIntervalSince1970: 1_795_000_000) },
            dispatcher: dispatcher)
        try database.migrate()
        (citizen, actor) = try database.write(Self.context) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            let actor = try tx.addActor(try Actor(name: "Mette Friis", kind: .drugTreatment))
            return (citizen.id!, actor.id!)
        }
    }

    /// Writes a pack with `files` (a name in `workflows/` → its source) into `layer`'s folder.
    func pack(
        _ name: String, version: String = "1.0.0", layer: String = "municipality",
        capabilities: [String] = allWorkflowCapabilities, manifest extra: String = "", files: [String: String]
    ) throws {
        try Self.writePack(
            in: folder, at: "\(layer)/\(name)", name: name, version: version, capabilities: capabilities,
            manifest: extra, files: files)
    }

    static func writePack(
        in folder: TemporaryFolder, at relative: String, name: String, version: String = "1.0.0",
        capabilities: [String] = allWorkflowCapabilities, manifest extra: String = "", files: [String: String]
    ) throws {
        let list = capabilities.map { "\"\($0)\"" }.joined(separator: ", ")
        try folder.write(
            relative + "/pack.toml",
            """
            name = "\(name)"
            version = "\(version)"
            host_api = ">=1.0, <2.0"
            title = "Test pack \(name)"
            workflows = "workflows"
            capabilities = [\(list)]
            \(extra)
            """)
        for (file, source) in files { try folder.write(relative + "/workflows/" + file, source) }
    }

    /// A fresh engine over the packs written so far (not the dispatcher's).
    func engine(limits: LuaLimits = .standard) throws -> WorkflowEngine {
        try WorkflowEngine(
            resolved: PackResolver(hostAPI: HostAPI.version).resolve(dispatcher.searchPath.discover()), limits: limits)
    }

    /// Runs `body` as one command (on `today`, else the clock's day).
    func write<T>(today: String? = nil, _ body: (StoreTransaction) throws -> T) throws -> T {
        try database.write(Self.context, today: today.map { Day($0)! }, body)
    }

    /// Opens a case for the citizen requested on `requested`.
    func openCase(_ requested: String = "2026-10-01") throws -> CaseID {
        try write { tx in
            try tx.openCase(
                citizen: citizen, basis: .sel101, municipality: try MunicipalityCode("0101"),
                requested: Day(requested)!
            ).id!
        }
    }

    /// Starts the case's treatment on `day`.
    func start(_ id: CaseID, on day: String = "2026-10-05") throws {
        try write { tx in
            _ = try tx.changeCase(id, action: "start") { treatmentCase in
                try treatmentCase.start(on: Day(day)!)
                return "started"
            }
        }
    }

    /// The titles of every task, oldest first.
    func taskTitles() throws -> [String] {
        try database.read { try String.fetchAll($0, sql: "SELECT json_extract(data, '$.title') FROM task ORDER BY id") }
    }

    func count(_ table: String, where condition: String = "1") throws -> Int {
        try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table) WHERE \(condition)") ?? 0 }
    }

    /// The number of rows of every table in the database, by table.
    func rowCounts() throws -> [String: Int] {
        try database.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            return try Dictionary(
                uniqueKeysWithValues: tables.map {
                    ($0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\($0)\"") ?? 0)
                })
        }
    }

    /// The problems the audit chain's verification finds (none when it is intact).
    func auditProblems() throws -> [AuditProblem] {
        try database.read { try AuditChain.verify($0) }
    }

    /// The events of `kind` in the journal, oldest first.
    func events(_ kind: String) throws -> [RecordedEvent] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM event WHERE kind = ? ORDER BY id", arguments: [kind])
                .map(RecordedEvent.init)
        }
    }
}

/// The error `body` throws as `E`; nil when it throws none or another kind (recorded as an issue).
func thrown<E: Error>(_ type: E.Type, _ body: () throws -> Void) -> E? {
    do {
        try body()
        return nil
    } catch let error as E {
        return error
    } catch {
        return nil
    }
}
