// The reports benchmark: behandlingsgaranti and statistik over 100,000 seeded cases, each beside the same figures computed by the sqlite3 shell.
import Core
import Foundation
import Glibc
import Store

/// A report's run: its wall time, its standard output, its exit status and its standard error.
struct ReportRun {
    let seconds: Double
    let output: String
    let status: Int32
    let errors: String
}

/// Runs a command as ``timeProcess(_:_:)`` does, but keeps a failure's status and standard error
/// instead of stopping the benchmark.
private func runCapturing(_ executable: String, _ arguments: [String], errorsTo errorFile: String) -> ReportRun {
    let run = spawnTimed(executable, arguments, errorsTo: errorFile)
    let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
    return ReportRun(seconds: run.seconds, output: run.output, status: run.status, errors: errors)
}

/// One number from the sqlite3 shell: the first value of its output.
private func sqliteCount(_ path: String, _ sql: String) -> Int {
    Int(timeProcess("sqlite3", [path, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
}

func reportsSection(_ options: Options) throws {
    let folder = NSTemporaryDirectory() + "tovholder-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    print("\nReports:")
    let path = options.reportDatabase ?? folder + "/reports.sqlite"
    if !FileManager.default.fileExists(atPath: path) {
        let database = try TovholderDatabase(path: path)
        try database.migrate()
        let seconds = try seedReportCases(options.reportCases, in: database)
        print(
            String(
                format: "  (seeded %d cases through the services in %.1f s, %.0f cases/s)", options.reportCases,
                seconds,
                Double(options.reportCases) / seconds))
    }
    let counts = [
        ("cases", "SELECT COUNT(*) FROM treatment_case"),
        ("citizens", "SELECT COUNT(*) FROM citizen"),
        ("started", "SELECT COUNT(*) FROM treatment_case WHERE started IS NOT NULL"),
        ("screenings", "SELECT COUNT(*) FROM screening_response WHERE status = 'completed'"),
        ("KIPs", "SELECT COUNT(*) FROM plan WHERE kind = 'kip'"),
        ("plan versions", "SELECT COUNT(*) FROM plan_version"),
        ("follow-ups", "SELECT COUNT(*) FROM plan_followup"),
        ("coordinated cases", "SELECT COUNT(*) FROM coordinator_history"),
    ].map { "\(sqliteCount(path, $0.1)) \($0.0)" }
    print("  (database \(path): " + counts.joined(separator: ", ") + ")")

    let runs = max(options.runs, 5)
    for report in ReportCheck.all {
        let script = options.path("report_\(report.name).sql")
        guard FileManager.default.fileExists(atPath: script) else {
            print("  (\(report.name): no \(script) yet, skipped)")
            continue
        }
        // The parameters by text (`:today` before `:to`, which it starts with); the shell reads the file.
        let sql = folder + "/report_\(report.name).sql"
        try String(contentsOfFile: script, encoding: .utf8)
            .replacingOccurrences(of: ":today", with: "'\(reportToday)'")
            .replacingOccurrences(of: ":from", with: "'\(reportFrom)'")
            .replacingOccurrences(of: ":to", with: "'\(reportTo)'")
            .write(toFile: sql, atomically: false, encoding: .utf8)
        let arguments = [
            "report", "run", report.name, "--from", reportFrom, "--to", reportTo, "--today", reportToday, "--format",
            "json", "--db", path, "--user", "bench",
        ]
        var ours: [Double] = []
        var reference: [Double] = []
        var oursOutput = ""
        var referenceOutput = ""
        var failed = false
        for _ in 0..<runs {
            let run = runCapturing(options.tovholder, arguments, errorsTo: folder + "/report.err")
            guard run.status == 0 else {
                let command = ([options.tovholder] + arguments).joined(separator: " ")
                print("  \(report.name) FAILED (status \(run.status)): \(command)")
                print(run.errors.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
                failed = true
                break
            }
            ours.append(run.seconds)
            oursOutput = run.output
            let sqlite = timeProcess("sqlite3", [path, ".read \(sql)"])
            reference.append(sqlite.seconds)
            referenceOutput = sqlite.output
        }
        guard !failed else { continue }
        let ratio = median(ours) / median(reference)
        let mismatches = report.compare(oursOutput, referenceOutput)
        line(
            report.name, String(format: "%.0f ms", median(ours) * 1000),
            String(format: "sqlite3 %.0f ms", median(reference) * 1000), String(format: "%.2f", ratio),
            "< 2 s, <= 3", median(ours) < 2 && ratio <= 3 && mismatches.isEmpty)
        for explanation in report.explanation { print("  " + explanation) }
        if mismatches.isEmpty {
            print("  (the same figures: " + report.agreed(referenceOutput) + ")")
        } else {
            for mismatch in mismatches { print("  MISMATCH \(report.name): \(mismatch)") }
        }
    }
}
