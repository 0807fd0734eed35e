// Every event a case's life raises carries exactly the fields the generated reference (Docs/LuaAPI.md) documents.
import Foundation
import Testing

@Suite struct EventPayloadDocsTests {
    /// The fields each event's section of Docs/LuaAPI.md lists.
    static func documentedFields() throws -> [String: Set<String>] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Docs/LuaAPI.md"), encoding: .utf8)
        let events = try #require(text.components(separatedBy: "\n## Events\n").last)
        var fields: [String: Set<String>] = [:]
        var current: String?
        for line in events.split(separator: "\n") {
            if line.hasPrefix("### ") {
                current = String(line.dropFirst(4))
                fields[current!] = []
            } else if let current, line.hasPrefix("| `") {
                let name = line.dropFirst(3).prefix { $0 != "`" }
                fields[current]?.insert(String(name))
            }
        }
        return fields
    }

    /// Every event in the journal as (kind, payload keys), read straight from the file.
    static func journal(_ db: CLIDatabase) throws -> [(kind: String, keys: Set<String>)] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-separator", "\t", db.path, "SELECT kind, payload FROM event ORDER BY id"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(parts[1].utf8)) as? [String: Any], "\(line)")
            return (parts[0], Set(object.keys))
        }
    }

    @Test func aCaseThroughItsLifeRaisesOnlyDocumentedFields() throws {
        let db = try CLIDatabase()
        let citizen = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let other = try db.id(["citizen", "add", "--cpr", "1207854422", "--name", "Maria Jensen"])
        let gp = try db.id(["actor", "add", "--name", "Lægehuset", "--kind", "gp", "--organisation"])
        let worker = try db.id(["actor", "add", "--name", "Mette Friis", "--kind", "drug_treatment"])
        let caseID = try db.id(["case", "open", "--citizen", citizen, "--basis", "sel101", "--requested", "2026-01-05"])
        _ = try db.id(["case", "open", "--citizen", other, "--basis", "sul141", "--requested", "2026-01-05"])
        for arguments in [
            ["case", "start", caseID, "--date", "2026-01-12"],
            ["participant", "add", caseID, "--actor", gp, "--from", "2026-01-05"],
            ["coordinator", "set", caseID, "--actor", worker, "--date", "2026-01-12"],
            [
                "consent", "grant", caseID, "--to", gp, "--categories", "screening,plan", "--from", "2026-01-12",
                "--until", "2026-03-01",
            ],
            ["consent", "grant", caseID, "--to", "gp", "--categories", "health", "--from", "2026-01-12"],
            ["consent", "revoke", "2", "--date", "2026-01-20"],
            ["plan", "new", caseID, "--kind", "kip"],
            ["plan", "goal", "add", "1", "--area", "housing", "--description", "Fast bolig"],
            ["plan", "coordinator", "1", "--actor", worker],
            ["plan", "consent", "1", "--consent", "1"],
            ["plan", "followup", "add", "1", "--due", "2026-02-15", "--purpose", "Næste møde"],
            [
                "plan", "meeting", "add", "1", "--date", "2026-01-20", "--participants", "\(gp),\(worker)",
                "--citizen-present", "no",
            ],
            ["plan", "activate", "1", "--date", "2026-01-20"],
            ["task", "add", "--title", "Ring", "--assignee", "tovholder", "--case", caseID, "--due", "2026-01-25"],
            ["tick", "--now", "2026-01-15"], ["tick", "--now", "2026-02-10"], ["tick", "--now", "2026-02-16"],
            ["case", "aftercare", caseID, "--date", "2026-03-01"], ["case", "relapse", caseID, "--date", "2026-03-10"],
            ["case", "discharge", caseID, "--date", "2026-04-01", "--reason", "completed"],
        ] {
            let result = try db.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let documented = try Self.documentedFields()
        let journal = try Self.journal(db)
        let host: Set<String> = ["case_id"]
        for (kind, keys) in journal {
            let fields = try #require(documented[kind], "\(kind) is not in Docs/LuaAPI.md")
            #expect(keys.subtracting(host).isSubset(of: fields), "\(kind): \(keys.subtracting(fields).sorted())")
        }
        let kinds = Set(journal.map(\.kind))
        for expected in [
            "case.requested", "case.opened", "case.started", "case.aftercare", "case.relapse", "case.discharged",
            "consent.granted", "consent.revoked", "consent.expiring", "plan.created", "plan.changed", "plan.activated",
            "meeting.held", "followup.due", "followup.overdue", "guarantee.warning", "guarantee.breached",
            "task.overdue",
        ] {
            #expect(kinds.contains(expected), "no \(expected) was raised")
        }
    }
}
