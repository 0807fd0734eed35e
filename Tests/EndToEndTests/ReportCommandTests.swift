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

    /// `--municipality` limits a report that takes it to that municipality's cases and says so; a
    /// report that does not take it refuses it rather than ignore the filter.
    @Test func oneMunicipalitysCases() throws {
        let db = try Self.database()
        _ = try db.id(["citizen", "add", "--cpr", "0303801236", "--name", "Eva"])
        _ = try db.id([
            "case", "open", "--citizen", "5", "--basis", "sul141", "--requested", "2026-02-12", "--municipality",
            "0751",
        ])
        let base = [
            "report", "run", "behandlingsgaranti", "--from", "2026-02-01", "--to", "2026-02-28", "--format", "md",
        ]
        let aarhus = try db.run(base + ["--municipality", "0751"])
        #expect(aarhus.status == 0, "\(aarhus.stderr)")
        #expect(aarhus.stdout.contains("- **Kommune**: 0751\n"))
        #expect(aarhus.stdout.contains("- **Anmodninger i perioden**: 1\n"), "\(aarhus.stdout)")
        #expect(try db.run(base).stdout.contains("- **Anmodninger i perioden**: 5\n"))
        let audits = try db.count("audit_entry")
        let statistics = try db.run([
            "report", "run", "statistik", "--from", "2026-02-01", "--to", "2026-02-28", "--municipality", "0751",
        ])
        #expect(statistics.status == 2)
        #expect(statistics.firstErrorLine.contains("--municipality"), "\(statistics.stderr)")
        let badCode = try db.run(base + ["--municipality", "12"])
        #expect(badCode.status == 2)
        #expect(try db.count("audit_entry") == audits, "a refused run writes nothing")
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

@Suite struct KIPReportTests {
    /// A KIP with a housing, a mental-health and a substance-use goal, a health and a social
    /// intervention; the GP may see plans, the psychiatry plans and health, the job centre nothing.
    static func database() throws -> CLIDatabase {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let gp = try db.id(["actor", "add", "--name", "Lægehuset Nord", "--kind", "gp", "--organisation"])
        let worker = try db.id(["actor", "add", "--name", "Mette Friis", "--kind", "drug_treatment"])
        let psychiatry = try db.id([
            "actor", "add", "--name", "Psykiatrien Øst", "--kind", "outpatient_psychiatry", "--organisation",
        ])
        _ = try db.id(["actor", "add", "--name", "Jobcentret", "--kind", "job_centre", "--organisation"])
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-01-05"])
        for arguments in [
            ["participant", "add", "1", "--actor", gp, "--from", "2026-01-05"],
            ["participant", "add", "1", "--actor", psychiatry, "--from", "2026-01-05"],
            ["coordinator", "set", "1", "--actor", worker, "--date", "2026-01-10"],
            ["consent", "grant", "1", "--to", gp, "--categories", "plan", "--from", "2026-01-10"],
            ["consent", "grant", "1", "--to", psychiatry, "--categories", "plan,health", "--from", "2026-01-10"],
            ["plan", "new", "1", "--kind", "kip"],
            ["plan", "set", "1", "--part", "kip.challenges.citizen", "--text", "Vil gerne have en fast bolig"],
            ["plan", "goal", "add", "1", "--area", "housing", "--description", "Fast bolig"],
            ["plan", "goal", "add", "1", "--area", "mental_health", "--description", "Færre angstanfald"],
            ["plan", "goal", "add", "1", "--area", "substance_use", "--description", "Mindre forbrug"],
            [
                "plan", "intervention", "add", "1", "--description", "Samtaler om angst", "--sector", "health",
                "--responsible", psychiatry,
            ],
            [
                "plan", "intervention", "add", "1", "--description", "Bostøtte", "--sector", "social",
                "--responsible", worker,
            ],
            ["plan", "coordinator", "1", "--actor", worker],
            ["plan", "consent", "1", "--consent", "1"],
            ["plan", "followup", "add", "1", "--due", "2026-04-01", "--purpose", "Næste møde"],
            ["plan", "activate", "1", "--date", "2026-01-20"],
        ] {
            let result = try db.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return db
    }

    @Test func theWholePlanForTheCaseworker() throws {
        let db = try Self.database()
        let run = try db.run(["report", "run", "kip", "--case", "1", "--format", "md", "--today", "2026-02-01"])
        #expect(run.status == 0, "\(run.stderr)")
        for text in [
            "### 1. Stamdata", "Mette Friis", "Fast bolig", "Færre angstanfald", "Mindre forbrug", "Samtaler om angst",
            "Bostøtte", "Vil gerne have en fast bolig", "| 2026-04-01 | Næste møde |",
        ] {
            #expect(run.stdout.contains(text), "\(text)")
        }
        #expect(!run.stdout.contains("Bemærk"))
        #expect(!run.stdout.contains("0101901235"))
    }

    @Test func theGPsVersionHoldsNoHealthSocialOrSubstanceUse() throws {
        let db = try Self.database()
        let run = try db.run([
            "report", "run", "kip", "--case", "1", "--for", "1", "--format", "md", "--today", "2026-02-01",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("- **Modtager**: Lægehuset Nord"))
        #expect(
            run.stdout.contains(
                "udelader helbredsoplysninger, sociale forhold, rusmiddelbrug: borgeren har ikke givet samtykke"),
            "\(run.stdout)")
        for hidden in ["Fast bolig", "Færre angstanfald", "Mindre forbrug", "Samtaler om angst", "Bostøtte"] {
            #expect(!run.stdout.contains(hidden), "\(hidden) must not be in the GP's version")
        }
        #expect(run.stdout.contains("Vil gerne have en fast bolig"))
    }

    @Test func psychiatrySeesHealthButNotSocial() throws {
        let db = try Self.database()
        let run = try db.run([
            "report", "run", "kip", "--case", "1", "--for", "3", "--format", "md", "--today", "2026-02-01",
        ])
        #expect(run.stdout.contains("Færre angstanfald") && run.stdout.contains("Samtaler om angst"))
        #expect(!run.stdout.contains("Bostøtte") && !run.stdout.contains("| bolig |"))
        #expect(run.stdout.contains("udelader sociale forhold, rusmiddelbrug"), "\(run.stdout)")
    }

    @Test func withoutConsentToPlansNothingOfThePlan() throws {
        let db = try Self.database()
        let run = try db.run([
            "report", "run", "kip", "--case", "1", "--for", "4", "--format", "html", "--today", "2026-02-01",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("udelader planer"))
        for hidden in ["Fast bolig", "Mette Friis", "Vil gerne have en fast bolig", "Bostøtte"] {
            #expect(!run.stdout.contains(hidden), "\(hidden)")
        }
        let missingCase = try db.run(["report", "run", "kip"])
        #expect(missingCase.status == 2)
        #expect(missingCase.firstErrorLine.contains("--case"))
    }
}

@Suite struct ExtractReportTests {
    static func site(_ folder: TemporaryFolder, name: String, key: [UInt8]) throws -> String {
        let site = folder.path + "/" + name
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try "[extracts]\npseudonym_key = \"\(Data(key).base64EncodedString())\"\n".write(
            toFile: site + "/site.toml", atomically: true, encoding: .utf8)
        return site
    }

    @Test func pseudonymsAreStableAndNothingIdentifiesTheCitizen() throws {
        let db = try ReportCommandTests.database()
        // A second case for Jens (citizen 1): the same pseudonym.
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sul141", "--requested", "2026-02-25"])
        let site = try Self.site(db.folder, name: "site", key: Array(repeating: 7, count: 32))
        let other = try Self.site(db.folder, name: "other", key: Array(repeating: 9, count: 32))
        let base = ["report", "run", "udtraek", "--from", "2026-02-01", "--to", "2026-02-28"]
        /// The pseudonyms of the extract's rows, from its CSV (the first field of each row).
        func pseudonyms(site: String, into name: String) throws -> [String] {
            let folder = db.folder.path + "/" + name
            let run = try db.run(base + ["--format", "csv", "--out", folder, "--site", site])
            #expect(run.status == 0, "\(run.stderr)")
            let text = try String(contentsOfFile: folder + "/udtraek-sager.csv", encoding: .utf8)
            return text.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ";").first ?? "") }
        }
        let mine = try pseudonyms(site: site, into: "first")
        #expect(mine.count == 5)
        #expect(mine == (try pseudonyms(site: site, into: "again")))
        #expect(mine[0] == mine[4], "the same citizen's two cases share a pseudonym")
        #expect(Set(mine).count == 4)
        #expect(mine.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
        let theirs = try pseudonyms(site: other, into: "other")
        #expect(Set(theirs).isDisjoint(with: Set(mine)), "another site's key gives other pseudonyms")
        for format in ["json", "md", "html"] {
            let text = try db.run(base + ["--format", format, "--site", site]).stdout
            for secret in ["Jens", "Hansen", "Maria", "0101901235", "010190", "1207854422", "Ole"] {
                #expect(!text.contains(secret), "\(format) holds \(secret)")
            }
        }
        let csvFolder = db.folder.path + "/extract"
        #expect(try db.run(base + ["--format", "csv", "--out", csvFolder, "--site", site]).status == 0)
        let counts = try String(contentsOfFile: csvFolder + "/udtraek-pr_lovgrundlag_og_koen.csv", encoding: .utf8)
        // Jens (a man) and Ole (a woman, by his CPR number's last digit) under § 101: both cells hidden.
        #expect(counts.contains("sel101;<5;<5;0;<5\r\n"), "\(counts)")
        #expect(counts.contains("sul142;0;0;0;0\r\n"))
        let rows = try String(contentsOfFile: csvFolder + "/udtraek-sager.csv", encoding: .utf8)
        #expect(rows.contains(mine[0] + ";1990;male;sel101;0101;2026-02-01;2026-02-08;7;"), "\(rows)")
    }

    @Test func withoutTheSitesKeyItIsRefused() throws {
        let db = try ReportCommandTests.database()
        let run = try db.run([
            "report", "run", "udtraek", "--from", "2026-02-01", "--to", "2026-02-28", "--format", "csv",
        ])
        #expect(run.status == 2)
        #expect(run.firstErrorLine.contains("pseudonym_key"), "\(run.stderr)")
    }
}

@Suite struct PlanDocumentTests {
    static let aarhus =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/Examples/packs/dk.aarhus.rapporter"

    @Test func theMunicipalitysOwnKIPLayoutKeepsTheConsentFilter() throws {
        let db = try KIPReportTests.database()
        let own = try db.run([
            "report", "run", "kip", "--case", "1", "--for", "1", "--format", "md", "--today", "2026-02-01", "--packs",
            Self.aarhus,
        ])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.hasPrefix("# Aarhus Kommune – koordinerende indsatsplan\n"), "\(own.stdout)")
        #expect(own.stdout.contains("## Næste møde\n\n- **Dato**: 2026-04-01"))
        #expect(own.stdout.contains("udelader helbredsoplysninger, sociale forhold, rusmiddelbrug"))
        for hidden in ["Fast bolig", "Færre angstanfald", "Samtaler om angst"] {
            #expect(!own.stdout.contains(hidden), "\(hidden)")
        }
        let listed = try db.run(["report", "list", "--packs", Self.aarhus]).stdout
        #expect(
            listed.contains(
                "kip\tAarhus Kommune – koordinerende indsatsplan\thtml,md,json\t[dk.aarhus.rapporter 1.0.0]"))
        let shipped = try db.run(["report", "run", "kip", "--case", "1", "--format", "md"])
        #expect(shipped.stdout.hasPrefix("# Koordinerende indsatsplan\n"))
    }

    @Test func theTreatmentAndActionPlanDocuments() throws {
        let db = try KIPReportTests.database()
        for arguments in [
            ["plan", "new", "1", "--kind", "handleplan"],
            ["plan", "set", "2", "--part", "handleplan.purpose", "--text", "En stabil hverdag"],
            ["plan", "goal", "add", "2", "--area", "housing", "--description", "Egen lejlighed"],
        ] {
            #expect(try db.run(arguments).status == 0, "\(arguments)")
        }
        let handleplan = try db.run(["report", "run", "handleplan", "--case", "1", "--format", "md"])
        #expect(handleplan.status == 0, "\(handleplan.stderr)")
        #expect(handleplan.stdout.hasPrefix("# Handleplan (SEL § 141)\n"))
        #expect(handleplan.stdout.contains("### Formål\n\nEn stabil hverdag"))
        #expect(handleplan.stdout.contains("| bolig | Egen lejlighed |"))
        let forGP = try db.run(["report", "run", "handleplan", "--case", "1", "--for", "1", "--format", "md"])
        #expect(!forGP.stdout.contains("Egen lejlighed"))
        let none = try db.run(["report", "run", "behandlingsplan", "--case", "1", "--format", "md"])
        #expect(none.stdout.contains("Sagen har ingen plan af denne slags"))
    }
}

@Suite struct StatisticsReportTests {
    /// Jens asks on 1, 8 and 20 January (the first two 7 days apart: one episode; the third 12 days
    /// later: a second); Maria once, on 31 January. Jens's first case is closed unstarted, his
    /// second started and discharged as completed after 20 days.
    @Test func requestsAtMostTenDaysApartAreOneEpisode() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        _ = try db.id(["citizen", "add", "--cpr", "1207854422", "--name", "Maria Jensen"])
        for arguments in [
            ["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-01-01"],
            ["case", "discharge", "1", "--date", "2026-01-02", "--reason", "dropped_out"],
            ["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-01-08"],
            ["case", "start", "2", "--date", "2026-01-12"],
            ["case", "discharge", "2", "--date", "2026-02-01", "--reason", "completed"],
            ["case", "open", "--citizen", "1", "--basis", "sul141", "--requested", "2026-01-20"],
            ["case", "open", "--citizen", "2", "--basis", "sel101", "--requested", "2026-01-31"],
        ] {
            let result = try db.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let run = try db.run([
            "report", "run", "statistik", "--from", "2026-01-01", "--to", "2026-02-28", "--format", "md",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("- **Anmodninger**: 4\n"), "\(run.stdout)")
        #expect(run.stdout.contains("samlet)**: 3\n"), "\(run.stdout)")
        #expect(run.stdout.contains("- **Median dage i behandling (afsluttede forløb)**: 20\n"))
        #expect(run.stdout.contains("| 2026-01 | 4 | 3 | 1 | 1 |"), "\(run.stdout)")
        #expect(run.stdout.contains("| 2026-02 | 0 | 0 | 0 | 1 |"))
        #expect(run.stdout.contains("| Gennemført | 1 |") && run.stdout.contains("| Udeblevet / afbrudt | 1 |"))
        #expect(!run.stdout.contains("Jens") && !run.stdout.contains("0101901235"))
    }
}
