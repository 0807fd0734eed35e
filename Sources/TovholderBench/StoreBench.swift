// The store benchmark: bulk creation of citizens with cases, then cold commands on that database beside the sqlite3 shell.
import Core
import Foundation
import Store

/// Creates `count` citizens, each with one case, through the service layer (one transaction per
/// 1,000, as an import would), and returns the seconds it took.
func createCitizens(_ count: Int, in database: TovholderDatabase) throws -> Double {
    let started = ContinuousClock.now
    let context = AuditContext(user: "bench", command: "bench import")
    let code = try MunicipalityCode("0101")
    let firstDay = Day("2024-01-01")!
    var created = 0
    while created < count {
        let batch = min(1000, count - created)
        try database.write(context) { tx in
            for index in created..<(created + batch) {
                let citizen = try tx.addCitizen(try benchCitizen(index))
                let requested = firstDay.adding(days: index % 900)
                let opened = try tx.openCase(
                    citizen: citizen.id!, basis: index % 3 == 0 ? .sul141 : .sel101,
                    municipality: code, requested: requested)
                // Nine in ten start, most within the 14 days; the rest have not started.
                if index % 10 != 0 {
                    try tx.changeCase(opened.id!, action: "start") { c in
                        try c.start(on: requested.adding(days: 3 + index % 14))
                        return "started"
                    }
                }
            }
        }
        created += batch
    }
    return (ContinuousClock.now - started).seconds
}

/// Citizen number `index` of a benchmark's database, with a unique, valid CPR number: a day between
/// 1940 and 1999 (7th digit 1: the 1900s), and a serial that keeps numbers with the same day apart.
func benchCitizen(_ index: Int) throws -> Citizen {
    let born = Day("1940-01-01")!.adding(days: index % 21_900)
    let serial = 1000 + index / 21_900 * 7 + index % 7
    let cpr = String(format: "%02d%02d%02d%04d", born.day, born.month, born.year % 100, serial)
    return try Citizen(name: "Borger \(index)", cpr: try CPRNumber(cpr))
}

func storeSection(_ options: Options) throws {
    let folder = NSTemporaryDirectory() + "tovholder-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = options.storeDatabase ?? folder + "/bench.sqlite"
    if !FileManager.default.fileExists(atPath: path) {
        let database = try TovholderDatabase(path: path)
        try database.migrate()
        let seconds = try createCitizens(options.citizens, in: database)
        let reference = try rawInsertSeconds(options.citizens, folder: folder, from: path)
        print("")
        line(
            "bulk creation", String(format: "%.1f s (%.0f/s)", seconds, Double(options.citizens) / seconds),
            String(format: "sqlite3 raw rows %.1f s", reference), String(format: "%.2f", seconds / reference), "", true)
        print("  (tovholder validates, encodes JSON and hash-chains 3 audit entries per citizen; the sqlite3 shell")
        print("   inserts the same rows as finished SQL, 1,000 per transaction)")
    }

    let middle = String(options.citizens / 2)
    var show: [Double] = []
    var showReference: [Double] = []
    var breached: [Double] = []
    var breachedReference: [Double] = []
    var breachedCount = 0
    for _ in 0..<max(options.runs, 5) {
        show.append(timeProcess(options.tovholder, ["case", "show", middle, "--db", path, "--user", "bench"]).seconds)
        showReference.append(
            timeProcess("sqlite3", [path, "SELECT data FROM treatment_case WHERE id = \(middle)"]).seconds)
        let list = timeProcess(
            options.tovholder,
            ["case", "list", "--guarantee-breached", "--today", "2026-11-23", "--db", path, "--user", "bench"])
        breached.append(list.seconds)
        breachedCount = list.output.split(separator: "\n").count
        let condition = StoreTransaction.breachedCondition.replacingOccurrences(of: ":today", with: "'2026-11-23'")
        let sql =
            "SELECT id, citizen_id, basis, municipality, status, requested, started, closed, guarantee_deadline "
            + "FROM treatment_case WHERE \(condition) ORDER BY requested DESC, id DESC"
        breachedReference.append(timeProcess("sqlite3", [path, sql]).seconds)
    }
    line(
        "case show (cold)", String(format: "%.1f ms", median(show) * 1000),
        String(format: "sqlite3 %.1f ms", median(showReference) * 1000),
        String(format: "%.2f", median(show) / median(showReference)), "goal < 50 ms", median(show) < 0.050)
    line(
        "breached list", String(format: "%.1f ms (%d cases)", median(breached) * 1000, breachedCount),
        String(format: "sqlite3 %.1f ms", median(breachedReference) * 1000),
        String(format: "%.2f", median(breached) / median(breachedReference)), "goal < 200 ms", median(breached) < 0.200)
}

/// The reference for bulk creation: the sqlite3 shell inserting the rows tovholder wrote (citizens,
/// cases, audit entries) into an empty copy of the schema, as finished SQL in transactions of 1,000.
func rawInsertSeconds(_ count: Int, folder: String, from source: String) throws -> Double {
    let target = folder + "/reference.sqlite"
    let script = folder + "/reference.sql"
    let tables = ["citizen", "treatment_case", "audit_entry"]
    // Dump the rows as INSERT statements, then time loading them into an empty schema.
    _ = timeProcess(
        "sqlite3",
        [
            source, ".output \(script)", ".mode insert citizen", "SELECT * FROM citizen;",
            ".mode insert treatment_case", "SELECT * FROM treatment_case;",
            ".mode insert audit_entry", "SELECT * FROM audit_entry;",
        ])
    let names = tables.map { "'\($0)'" }.joined(separator: ", ")
    _ = timeProcess(
        "sqlite3",
        [
            source, ".output \(folder)/schema.sql", ".mode list",
            "SELECT sql || ';' FROM sqlite_schema WHERE tbl_name IN (\(names)) AND sql IS NOT NULL;",
        ])
    _ = timeProcess("sqlite3", [target, ".read \(folder)/schema.sql"])
    let statements = try String(contentsOfFile: script, encoding: .utf8).split(separator: "\n")
    var batched = ""
    for start in stride(from: 0, to: statements.count, by: 1000) {
        batched +=
            "BEGIN;\n" + statements[start..<min(start + 1000, statements.count)].joined(separator: "\n") + "\nCOMMIT;\n"
    }
    try batched.write(toFile: script, atomically: true, encoding: .utf8)
    return timeProcess("sqlite3", [target, ".read \(script)"]).seconds
}
