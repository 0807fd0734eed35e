// `tovholder report list|run` on a real database: the guarantee report in every format, and bad input.
import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// Three requests: one started on day 7, one on day 21, one never; plus an anonymous case.
    static func database() throws -> CLIDatabase {
        let db = try CLIDatabase()
        for (cpr, name) in [("0101901235", "Jens Hansen"), ("1207854422", "Maria Jensen"), ("0202801234", "Ole")] {
            _ = try db.id(["citizen", "add", "--cpr", cpr, "--name", name])
        }
        _ = try db.id(["citizen", "add", "--anonymous", "--name", "Kim"])
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-02-01"])
        _ = try db.id(["case", "open", "--citizen", "2", "--basis", "sul141", "--requested", "2026-02-10"])
        _ = try db.id(["case", "open", "--citizen", "3", "--basis", "sel101", "--requested", "2026-02-20"])
        _ = try db.id(["case", "open", "--citizen", "4", "--basis", "sel101a", "--requested", "2026-02-05"])
        #expect(try db.run(["case", "start", "1", "--date", "2026-02-08"]).status == 0)
        #expect(try db.run(["case", "start", "2", "--date", "2026-03-03"]).status == 0)
        return db
    }

    @Test func theGuaranteeReportCountsPerLegalBasis() throws {
        let db = try Self.database()
        let listed = try db.run(["report", "list"])
        #expect(listed.stdout.contains("behandlingsgaranti\tBehandlingsgaranti\thtml,md,csv,json"), "\(listed.stdout)")
        let run = try db.run([
            "report", "run", "behandlingsgaranti", "--from", "2026-02-01", "--to", "2026-02-28", "--today",
            "2026-03-31", "--format", "md",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.stdout
        #expect(text.contains("- **Anmodninger i perioden**: 4\n"))
        #expect(text.contains("| Serviceloven § 101 | 2 | 1 | 0 | 0 | 1 | 50,0 % |"), "\(text)")
        #expect(text.contains("| Sundhedsloven § 141 | 1 | 0 | 1 | 0 | 0 | 0,0 % |"))
        #expect(text.contains("| Anonym behandling (§ 101 a) | 1 |"))
        #expect(text.contains("- **Median dage til start**: 14\n"))
        #expect(text.contains("| 2 | sul141 | 2026-02-10 | 2026-02-24 | 2026-03-03 | 7 |"))
        #expect(text.contains("| 3 | sel101 | 2026-02-20 | 2026-03-06 |  | 25 |"))
        #expect(!text.contains("Jens") && !text.contains("0101901235"))
    }

    @Test func everyFormat() throws {
        let db = try Self.database()
        let base = ["report", "run", "behandlingsgaranti", "--from", "2026-02-01", "--to", "2026-02-28"]
        let html = db.folder.path + "/g.html"
        #expect(try db.run(base + ["--out", html]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        let csvFolder = db.folder.path + "/csv"
        let csv = try db.run(base + ["--format", "csv", "--out", csvFolder])
        #expect(csv.status == 0, "\(csv.stderr)")
        let table = try Data(contentsOf: URL(fileURLWithPath: csvFolder + "/behandlingsgaranti-pr_lovgrundlag.csv"))
        #expect(Array(table.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: table, as: UTF8.self).contains("Serviceloven § 101;2;1;0;0;1;50,0\r\n"))
        let json = try db.run(base + ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "behandlingsgaranti")
        let english = try db.run(base + ["--format", "md"], language: "en")
        #expect(english.stdout.hasPrefix("# Treatment guarantee\n"))
    }

    @Test func badInputIsNamedAndNothingIsWritten() throws {
        let db = try Self.database()
        let unknown = try db.run(["report", "run", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.firstErrorLine.contains("behandlingsgaranti"), "\(unknown.stderr)")
        let noPeriod = try db.run(["report", "run", "behandlingsgaranti"])
        #expect(noPeriod.status == 2)
        #expect(noPeriod.firstErrorLine.contains("--from/--to"))
        let format = try db.run([
            "report", "run", "behandlingsgaranti", "--from", "2026-02-01", "--to", "2026-02-28",
            "--format", "pdf",
        ])
        #expect(format.status == 2)
        #expect(format.firstErrorLine.contains("'pdf'"))
    }
}
