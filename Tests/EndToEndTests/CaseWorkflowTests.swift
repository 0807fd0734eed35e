// The caseworker's commands on a real database file: citizens, actors, cases, participants, consent, audit.
import Foundation
import Testing

/// A database in a temporary folder and a way to run `tovholder` against it. Immutable after
/// init, so tests may share it between threads.
final class CLIDatabase: @unchecked Sendable {
    let folder: TemporaryFolder
    var path: String { folder.path + "/tovholder.sqlite" }

    init(municipality: String = "0101") throws {
        folder = try TemporaryFolder()
        let result = try run(["init", "--municipality", municipality])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @discardableResult
    func run(_ arguments: [String], language: String = "da") throws -> CLIResult {
        try CLI.run(
            arguments, in: folder.path,
            environment: ["TOVHOLDER_DB": path, "TOVHOLDER_USER": "sagsbehandler1", "TOVHOLDER_LANG": language])
    }

    /// Runs a command that prints a new id and returns it.
    func id(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The number of rows in a table, read straight from the file.
    func count(_ table: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, "SELECT COUNT(*) FROM \(table)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return Int(
            String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}

@Suite struct CaseWorkflowTests {
    @Test func aCaseFromRequestToDischarge() throws {
        let db = try CLIDatabase()
        let citizen = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        #expect(citizen == "1")
        #expect(try db.run(["citizen", "add", "--anonymous", "--name", "Kim", "--json"]).stdout == "{\"id\":2}\n")
        let gp = try db.id(["actor", "add", "--name", "Lægehuset Nord", "--kind", "gp", "--organisation"])
        let counsellor = try db.id(["actor", "add", "--name", "Mette Friis", "--kind", "drug_treatment"])
        let caseID = try db.id(["case", "open", "--citizen", citizen, "--basis", "sel101", "--requested", "2026-10-01"])
        #expect(try db.run(["case", "start", caseID, "--date", "2026-10-12"]).status == 0)
        #expect(
            try db.run(["participant", "add", caseID, "--actor", gp, "--role", "egen læge", "--from", "2026-10-01"])
                .status == 0)
        #expect(try db.run(["coordinator", "set", caseID, "--actor", counsellor, "--date", "2026-10-12"]).status == 0)
        #expect(try db.run(["case", "aftercare", caseID, "--date", "2026-12-01"]).status == 0)
        #expect(try db.run(["case", "relapse", caseID, "--date", "2026-12-20"]).status == 0)
        #expect(try db.run(["case", "transfer", caseID, "--to", "0751", "--date", "2027-01-05"]).status == 0)
        let discharge = try db.run([
            "case", "discharge", caseID, "--date", "2027-03-01", "--reason", "completed",
            "--advice", "AA-møder i Aarhus; efterværn hos misbrugscentret",
        ])
        #expect(discharge.status == 0, "\(discharge.stderr)")

        let shown = try db.run(["case", "show", caseID, "--today", "2027-03-02"])
        #expect(shown.stdout.contains("Handlekommune: 0751"))
        #expect(shown.stdout.contains("Behandlingsgaranti: overholdt: behandlingen startede efter 11 dage"))
        #expect(shown.stdout.contains("2026-12-20  i behandling"))
        #expect(shown.stdout.contains("2027-01-05: 0101 → 0751"))
        let json = try db.run(["case", "show", caseID, "--json", "--today", "2027-03-02"]).stdout
        #expect(json.contains("\"status\":\"discharged\""))
        #expect(json.contains("\"guarantee_breached\":false"))
        #expect(try db.run(["coordinator", "show", caseID]).stdout == "2026-10-12\t\t\(counsellor)\t\n")
    }

    @Test func guaranteeBreachesAreListed() throws {
        let db = try CLIDatabase()
        for (index, cpr) in ["0101901235", "0202902236", "0303903237", "0404904238"].enumerated() {
            _ = try db.id(["citizen", "add", "--cpr", cpr, "--name", "Borger \(index + 1)"])
        }
        let late = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-09-01"])
        let onTime = try db.id(["case", "open", "--citizen", "2", "--basis", "sul141", "--requested", "2026-09-01"])
        let waiting = try db.id(["case", "open", "--citizen", "3", "--basis", "sul142", "--requested", "2026-10-20"])
        let excused = try db.id(["case", "open", "--citizen", "4", "--basis", "sel101", "--requested", "2026-09-01"])
        #expect(try db.run(["case", "start", late, "--date", "2026-09-20"]).status == 0)
        #expect(try db.run(["case", "start", onTime, "--date", "2026-09-15"]).status == 0)
        #expect(
            try db.run(["case", "other-offer", excused, "--date", "2026-09-05", "--reason", "valgte privat tilbud"])
                .status == 0)
        let breached = try db.run(["case", "list", "--guarantee-breached", "--today", "2026-11-10"])
        #expect(
            breached.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }.sorted()
                == [late, waiting].sorted())
        let earlier = try db.run(["case", "list", "--guarantee-breached", "--today", "2026-10-25", "--json"])
        #expect(earlier.stdout.contains("\"id\":\(late)"))
        #expect(!earlier.stdout.contains("\"id\":\(waiting)"))
    }

    @Test func consentIsCheckedWithItsReason() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let gp = try db.id(["actor", "add", "--name", "Dr. Berg", "--kind", "gp"])
        let job = try db.id(["actor", "add", "--name", "Jobcenter Syd", "--kind", "job_centre", "--organisation"])
        let caseID = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        let consent = try db.id([
            "consent", "grant", caseID, "--to", gp, "--purpose", "treatment",
            "--categories", "screening,plan", "--from", "2026-10-01", "--until", "2027-09-30",
        ])
        let allowed = try db.run([
            "consent", "check", caseID, "--to", gp, "--category", "screening", "--date", "2026-11-01",
        ])
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("samtykke \(consent)"))
        let wrongCategory = try db.run([
            "consent", "check", caseID, "--to", gp, "--category", "health", "--date", "2026-11-01",
        ])
        #expect(wrongCategory.status == 1)
        #expect(wrongCategory.stderr.contains("helbred"))
        let otherActor = try db.run([
            "consent", "check", caseID, "--to", job, "--category", "plan", "--date", "2026-11-01", "--lang", "en",
        ])
        #expect(otherActor.status == 1)
        #expect(try db.run(["consent", "revoke", consent, "--date", "2026-12-01"]).status == 0)
        let revoked = try db.run([
            "consent", "check", caseID, "--to", gp, "--category", "screening", "--date", "2026-12-02",
        ])
        #expect(revoked.status == 1)
        #expect(revoked.stderr.contains("tilbagekaldt 2026-12-01"))
        #expect(try db.run(["consent", "list", caseID]).stdout.contains("tilbagekaldt 2026-12-01"))
    }

    @Test(arguments: [
        (["citizen", "add", "--cpr", "3102901235", "--name", "X"], "cpr:"),
        (["citizen", "add", "--cpr", "12345", "--name", "X"], "cpr:"),
        (["case", "open", "--citizen", "42", "--basis", "sel101", "--requested", "2026-10-01"], "citizen:"),
        (["case", "open", "--citizen", "1", "--basis", "sel999", "--requested", "2026-10-01"], "basis:"),
        (["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "01-10-2026"], "requested:"),
        (
            [
                "case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01", "--municipality",
                "12",
            ], "municipality:"
        ),
        (["case", "start", "77", "--date", "2026-10-01"], "case:"),
        (["consent", "grant", "1", "--to", "99", "--categories", "plan"], "to:"),
        (["consent", "grant", "1", "--to", "gp", "--categories", "plan,dreams"], "categories:"),
        (["actor", "add", "--name", "X", "--kind", "wizard"], "kind:"),
    ])
    func badInputNamesTheFieldAndWritesNothing(arguments: [String], field: String) throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        let before = try db.count("audit_entry")
        let result = try db.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stdout) \(result.stderr)")
        #expect(result.stderr.hasPrefix(field), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try db.count("audit_entry") == before)
    }

    @Test func theAuditTrailNamesWhoDidWhatAndNeverTheCPRNumber() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        #expect(try db.run(["citizen", "show", "1"]).stdout.contains("010190-1235"))
        let log = try db.run(["audit", "list", "--citizen", "1"])
        #expect(log.stdout.contains("sagsbehandler1\tcitizen add"))
        #expect(log.stdout.contains("citizen show\tcitizen 1\tread"))
        #expect(log.stdout.contains("010190-xxxx"))
        #expect(!log.stdout.contains("1235"))
        #expect(try db.run(["audit", "verify"]).status == 0)
    }

    @Test func auditVerifyFindsTampering() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        _ = try db.id(["actor", "add", "--name", "Dr. Berg", "--kind", "gp"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [
            db.path, "DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET user = 'ingen' WHERE id = 2;",
        ]
        try process.run()
        process.waitUntilExit()
        let verify = try db.run(["audit", "verify"], language: "en")
        #expect(verify.status == 1)
        #expect(verify.stderr == "Audit entry 2 was altered.\n")
    }

    @Test func twoProcessesWritingAtOnceLoseNothing() throws {
        let db = try CLIDatabase()
        let group = DispatchGroup()
        nonisolated(unsafe) var failures: [String] = []
        let lock = NSLock()
        for writer in 0..<2 {
            DispatchQueue.global().async(group: group) {
                for index in 0..<15 {
                    do {
                        let result = try db.run([
                            "actor", "add", "--name", "Aktør \(writer)-\(index)", "--kind", "mentor",
                        ])
                        if result.status != 0 { lock.withLock { failures.append(result.stderr) } }
                    } catch {
                        lock.withLock { failures.append("\(error)") }
                    }
                }
            }
        }
        group.wait()
        #expect(failures.isEmpty, "\(failures)")
        #expect(try db.count("actor") == 30)
        #expect(try db.run(["audit", "verify"]).status == 0)
    }
}

@Suite struct NetworkAndBarrierTests {
    @Test func aMinorsParentMayReceiveTreatmentInformationWithoutConsent() throws {
        let db = try CLIDatabase()
        // Born 2010-01-01 (7th digit 4, year 10: the 2000s).
        _ = try db.id(["citizen", "add", "--cpr", "0101104321", "--name", "Emil"])
        let mother = try db.id(["actor", "add", "--name", "Hanne (mor)", "--kind", "relative"])
        let aunt = try db.id(["actor", "add", "--name", "Lise (moster)", "--kind", "relative"])
        let caseID = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        #expect(
            try db.run(["citizen", "network", "add", "1", "--name", "Hanne", "--relation", "parent", "--actor", mother])
                .status == 0)
        #expect(
            try db.run(["citizen", "network", "add", "1", "--name", "Lise", "--relation", "other", "--actor", aunt])
                .status == 0)
        let gp = try db.id(["actor", "add", "--name", "Dr. Berg", "--kind", "gp"])
        let notRelative = try db.run([
            "citizen", "network", "add", "1", "--name", "X", "--relation", "friend", "--actor", gp,
        ])
        #expect(notRelative.status == 2)
        #expect(notRelative.stderr.hasPrefix("actor:"))
        #expect(try db.run(["citizen", "show", "1"]).stdout.contains("Hanne, parent, actor \(mother)"))
        #expect(
            try db.run(["consent", "check", caseID, "--to", mother, "--category", "plan", "--date", "2027-12-31"])
                .status == 0)
        #expect(
            try db.run(["consent", "check", caseID, "--to", aunt, "--category", "plan", "--date", "2027-12-31"]).status
                == 1)
        // From the 18th birthday the parent needs consent like anyone else.
        #expect(
            try db.run(["consent", "check", caseID, "--to", mother, "--category", "plan", "--date", "2028-01-01"])
                .status == 1)
    }

    @Test func barriersAreAssessedAndShown() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let caseID = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        let assessed = try db.run([
            "barriers", "assess", caseID, "--date", "2026-10-05", "--rate", "housing=considerable:sover hos venner",
            "--rate", "sleep=some", "--rate", "loneliness=none",
        ])
        #expect(assessed.status == 0, "\(assessed.stderr)")
        let shown = try db.run(["barriers", "show", caseID]).stdout
        #expect(shown.hasPrefix("2026-10-05 (sagsbehandler1)"))
        #expect(shown.contains("sover hos venner"))
        #expect(try db.run(["barriers", "assess", caseID, "--rate", "housing=terrible"]).stderr.hasPrefix("rate:"))
        #expect(try db.run(["barriers", "assess", caseID]).status == 2)
    }
}

@Suite struct IssueFormTests {
    /// The command forms of the issue, exactly as written there.
    @Test func theFormsWorkAsWritten() throws {
        let db = try CLIDatabase()
        #expect(
            try db.run(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen", "--json"]).stdout
                == "{\"id\":1}\n")
        #expect(try db.run(["actor", "add", "--name", "Dr. Berg", "--kind", "gp", "--json"]).stdout == "{\"id\":1}\n")
        #expect(
            try db.run([
                "case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01", "--municipality",
                "0101", "--json",
            ]).stdout == "{\"id\":1}\n")
        for arguments in [
            ["case", "start", "1", "--date", "2026-10-10"], ["case", "aftercare", "1", "--date", "2026-11-01"],
            ["case", "relapse", "1", "--date", "2026-11-05"], ["case", "transfer", "1", "--to", "0751"],
            ["participant", "add", "1", "--actor", "1", "--role", "egen læge"],
            ["coordinator", "set", "1", "--actor", "1"],
            [
                "consent", "grant", "1", "--to", "1", "--purpose", "coordination", "--categories", "screening,plan",
                "--until", "2027-12-31",
            ],
            ["consent", "list", "1"], ["consent", "check", "1", "--to", "1", "--category", "plan"],
            ["case", "discharge", "1", "--date", "2030-12-01", "--reason", "completed"], ["case", "show", "1"],
            ["case", "list", "--status", "discharged"], ["case", "list", "--guarantee-breached"],
            ["task", "list", "--due-before", "2027-01-01", "--assignee", "1"], ["audit", "list", "--citizen", "1"],
            ["audit", "verify"], ["consent", "revoke", "1"],
        ] {
            let result = try db.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try db.run(["case", "show", "1"]).stdout.contains("rådgivning om efterværn ikke registreret"))
    }
}

@Suite struct DatabaseFileTests {
    @Test func aFileThatIsNotADatabaseIsOneClearMessage() throws {
        let folder = try TemporaryFolder()
        let junk = try folder.write(
            "junk.sqlite", "not a database at all, just text that is long enough to look like a file")
        let result = try CLI.run(["citizen", "list", "--db", junk, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("The database '\(junk)' cannot be opened: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let initialised = try CLI.run(["init", "--db", junk, "--lang", "en"])
        #expect(initialised.status == 2)
        #expect(initialised.stderr.hasPrefix("The database '\(junk)' cannot be opened: "))
    }

    @Test func aMissingDatabaseSaysHowToCreateIt() throws {
        let folder = try TemporaryFolder()
        let result = try CLI.run(["case", "list", "--db", folder.path + "/none.sqlite"])
        #expect(result.status == 2)
        #expect(
            result.stderr == "Databasen '\(folder.path)/none.sqlite' findes ikke. Opret den med 'tovholder init'.\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/none.sqlite"))
    }
}
