// `report run` over many cases: a progress bar on a terminal (a pseudo-terminal through script(1)), none in a pipe.
import Foundation
import Testing

@Suite struct ReportProgressTests {
    /// 1,200 cases requested over two months, written straight into the table (reports read its
    /// columns only), so the report reads enough rows to show a bar.
    static func database() throws -> CLIDatabase {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [
            db.path,
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
            INSERT INTO treatment_case (citizen_id, basis, municipality, status, requested, started,
                guarantee_deadline, data, opened_at, updated_at)
            SELECT 1, 'sel101', '0101', 'in_treatment', date('2026-01-01', '+' || (i % 59) || ' days'),
                date('2026-01-05', '+' || (i % 59) || ' days'), date('2026-01-15', '+' || (i % 59) || ' days'),
                '{}', '2026-01-01', '2026-01-01'
            FROM n
            """,
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return db
    }

    static let arguments = [
        "report", "run", "behandlingsgaranti", "--from", "2026-01-01", "--to", "2026-02-28", "--today", "2026-03-31",
        "--format", "md",
    ]

    @Test func aTerminalSeesABarThatIsWipedWhenTheReportIsDone() throws {
        let db = try Self.database()
        let out = db.folder.path + "/g.md"
        let command = ([CLI.binary.path] + Self.arguments + ["--out", out]).joined(separator: " ")
        // script(1) runs the command on a pseudo-terminal and copies what it wrote to our pipe.
        let terminal = try CLI.run(
            ["-qfec", command, "/dev/null"],
            environment: ["TOVHOLDER_DB": db.path, "TOVHOLDER_USER": "sagsbehandler1", "TOVHOLDER_LANG": "da"],
            executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(terminal.status == 0, "\(terminal.stdout)\(terminal.stderr)")
        #expect(terminal.stdout.contains("Rapporten behandlingsgaranti:"), "\(terminal.stdout)")
        #expect(terminal.stdout.contains("1.200 rækker læst"))
        #expect(terminal.stdout.contains("\r\u{1B}[2K" + out), "the bar is wiped before the path is printed")
        let report = try String(contentsOfFile: out, encoding: .utf8)
        #expect(report.contains("- **Anmodninger i perioden**: 1.200\n"))
        #expect(!report.contains("Rapporten behandlingsgaranti:"))
    }

    @Test func aPipeSeesNoBar() throws {
        let db = try Self.database()
        let piped = try db.run(Self.arguments)
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("# Behandlingsgaranti\n"))
    }
}
