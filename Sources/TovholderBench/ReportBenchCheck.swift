// The reports benchmark's check that the report and the SQL reference computed the same figures.
import Core
import Foundation
import Glibc
import Store

/// A report the section times, how to tell that its JSON and the SQL reference computed the same
/// figures, and what the timing covers.
struct ReportCheck: Sendable {
    let name: String
    let explanation: [String]
    /// The differences between the report's JSON and the reference's output; empty when they agree.
    let compare: @Sendable (_ json: String, _ sql: String) -> [String]
    /// The headline figures both agreed on, for the line under the result.
    let agreed: @Sendable (_ sql: String) -> String

    static let all = [behandlingsgaranti, statistik]
}

/// The reference's output lines by their first field: `name|value|value...`.
private func sqlLines(_ output: String) -> [String: [[String]]] {
    var lines: [String: [[String]]] = [:]
    for line in output.split(separator: "\n") {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        lines[fields[0], default: []].append(Array(fields.dropFirst()))
    }
    return lines
}

/// A value as text both sides can be compared by: numbers with at most six decimals, missing as "".
private func normalized(_ value: Any?) -> String {
    switch value {
    case nil, is NSNull: return ""
    case let number as NSNumber:
        let double = number.doubleValue
        return double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : String(format: "%.6f", double)
    case let text as String:
        return Double(text).map { normalized(NSNumber(value: $0)) } ?? text
    default: return "\(value!)"
    }
}

/// What the report's JSON holds, found by shape wherever the blocks put it: tables by id,
/// key-value blocks and charts in order, each cell reduced to its value.
private struct ReportJSON {
    var tables: [String: [[Any?]]] = [:]
    var keyValues: [[(label: String, value: Any?)]] = []
    var charts: [[[Double?]]] = []

    init(_ text: String) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return }
        walk(root)
    }

    /// A cell's value: a bare string or number; `null` (empty) and `{"suppressed": true}` are nil.
    static func cell(_ cell: Any?) -> Any? {
        cell is NSNull || cell is [String: Any] ? nil : cell
    }

    private mutating func walk(_ node: Any) {
        if let object = node as? [String: Any] {
            if let id = object["id"] as? String, let rows = object["rows"] as? [[Any]] {
                tables[id] = rows.map { $0.map(ReportJSON.cell) }
                return
            }
            if let pairs = object["pairs"] as? [[String: Any]] {
                keyValues.append(pairs.map { ($0["label"] as? String ?? "", ReportJSON.cell($0["value"])) })
                return
            }
            if object["categories"] != nil, let series = object["series"] as? [[String: Any]] {
                charts.append(series.map { ($0["values"] as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue } })
                return
            }
            for key in object.keys.sorted() { walk(object[key]!) }
        } else if let array = node as? [Any] {
            for element in array { walk(element) }
        }
    }
}

/// Whether two normalized values are the same: equal texts, or numbers equal but for rounding in
/// the last digits (sums taken in another order).
private func same(_ left: String, _ right: String) -> Bool {
    if left == right { return true }
    guard let a = Double(left), let b = Double(right) else { return false }
    return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
}

/// Collects the differences of named lists of values.
private struct Differences {
    var found: [String] = []

    mutating func compare(_ what: String, _ ours: [Any?], _ reference: [String]?) {
        let left = ours.map(normalized)
        let right = (reference ?? []).map { normalized($0 as Any) }
        if left.count != right.count || zip(left, right).contains(where: { !same($0, $1) }) {
            found.append("\(what): report \(left.joined(separator: ", ")) vs sql \(right.joined(separator: ", "))")
        }
    }

    /// Compares a table's rows with the reference's lines of one name, row by row, leaving out
    /// the table's first `skip` columns (labels the reference does not print).
    mutating func compareRows(_ what: String, _ rows: [[Any?]], _ reference: [[String]]?, skip: Int = 0) {
        let lines = reference ?? []
        guard rows.count == lines.count else {
            found.append("\(what): report \(rows.count) rows vs sql \(lines.count)")
            return
        }
        let before = found.count
        for (index, (row, line)) in zip(rows, lines).enumerated() where found.count == before {
            compare("\(what) row \(index + 1)", Array(row.dropFirst(skip)), Array(line.dropFirst(skip)))
        }
    }
}

extension ReportCheck {
    static let behandlingsgaranti = ReportCheck(
        name: "behandlingsgaranti",
        explanation: [
            "(ours: one process opens the database, loads the reports pack, reads the period's cases from the covering",
            " index into Lua with each case's guarantee, counts in Lua, renders JSON and audits the read; sqlite3: the",
            " same figures as SQL over the same index: one pass into a temporary table, then 8 queries)",
        ],
        compare: { json, sql in
            let report = ReportJSON(json)
            let reference = sqlLines(sql)
            var differences = Differences()
            let overview = report.keyValues.first ?? []
            guard overview.count >= 4 else { return ["the report's JSON has no overview (\(overview.count) values)"] }
            differences.compare("requests", [overview[0].value], reference["total"]?.first)
            differences.compare("median days to start", [overview[1].value], reference["median"]?.first)
            differences.compare("90th percentile", [overview[2].value], reference["p90"]?.first)
            differences.compare("breaches", [overview[3].value], reference["breaches"]?.first)
            let bases = report.tables["pr_lovgrundlag"] ?? []
            for (index, row) in (reference["basis"] ?? []).enumerated() {
                differences.compare(
                    "basis \(row.first ?? "")", index < bases.count ? Array(bases[index].dropFirst()) : [],
                    Array(row.dropFirst()))
            }
            differences.compare(
                "excluded", (report.tables["undtaget"] ?? []).map { $0.last ?? nil }, reference["excluded"]?.first)
            differences.compare(
                "histogram", (report.charts.first?.first ?? []).map { $0 as Any? }, reference["histogram"]?.first)
            differences.compareRows("breach list", report.tables["overskridelser"] ?? [], reference["breach"])
            return differences.found
        },
        agreed: { sql in
            let lines = sqlLines(sql)
            func value(_ name: String) -> String { lines[name]?.first?.first ?? "?" }
            return
                "\(value("total")) requests, \(value("breaches")) breaches, median \(value("median")) days to start, "
                + "90 % by day \(value("p90")), per basis, exclusions, histogram and the breach list"
        })
}

extension ReportCheck {
    static let statistik = ReportCheck(
        name: "statistik",
        explanation: [
            "(ours: one process reads the period's cases, screenings, active KIPs, follow-ups and the caseloads from",
            " the report columns and covering indexes into Lua, counts in Lua, renders JSON and audits the reads;",
            " sqlite3: the same figures as SQL over the same columns: one pass each into temporary tables (LAG for",
            " the episodes, window functions for the ASI pairs), then 12 queries)",
        ],
        compare: { json, sql in
            let report = ReportJSON(json)
            let reference = sqlLines(sql)
            var differences = Differences()
            guard report.keyValues.count >= 2, report.keyValues[0].count >= 6, report.keyValues[1].count >= 5 else {
                return ["the report's JSON has no overview (\(report.keyValues.map(\.count)) values)"]
            }
            let overview = report.keyValues[0].map(\.value)
            for (index, name) in ["total", "episodes", "median", "screenings", "active_at_end", "on_time_percent"]
                .enumerated()
            {
                differences.compare(name, [overview[index]], reference[name]?.first ?? [""])
            }
            // By month: the month table's columns, the KIP month table's (but its month), then the
            // follow-ups held on time from the last chart.
            let months = report.tables["pr_maaned"] ?? []
            let kipMonths = report.tables["kip_pr_maaned"] ?? []
            let onTime = report.charts.last?.last ?? []
            let monthRows = months.enumerated().map { index, row in
                row + (index < kipMonths.count ? Array(kipMonths[index].dropFirst()) : [])
                    + [index < onTime.count ? onTime[index] : nil]
            }
            differences.compareRows("month", monthRows, reference["month"])
            differences.compareRows(
                "discharges by reason", report.tables["udskrivninger"] ?? [], reference["reason"], skip: 1)
            differences.compareRows("screenings", report.tables["screeninger"] ?? [], reference["flow"])
            differences.compareRows("ASI", report.tables["asi"] ?? [], reference["asi"], skip: 1)
            differences.compare("KIPs", report.keyValues[1].map(\.value), reference["kips"]?.first)
            differences.compareRows("caseload", report.tables["sagsbelastning"] ?? [], reference["caseload"])
            return differences.found
        },
        agreed: { sql in
            let lines = sqlLines(sql)
            func value(_ name: String) -> String { lines[name]?.first?.first ?? "?" }
            return "\(value("total")) requests, \(value("episodes")) episodes, \(value("screenings")) screenings, "
                + "\(lines["kips"]?.first?.first ?? "?") KIPs, \(lines["month"]?.count ?? 0) months, "
                + "\(lines["caseload"]?.count ?? 0) coordinators' caseloads"
        })
}
