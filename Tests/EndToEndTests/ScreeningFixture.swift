// What the screening end-to-end tests share: a database with a man's and a woman's case, answers
// files, reading JSON output and the database file, and test packs next to the shipped one.
import Foundation
import Testing

/// A database with two citizens and a case each: case 1 for a man (CPR ending in an odd digit) and
/// case 2 for a woman (even digit), so sex-specific cut-offs can be told apart.
final class ScreeningFixture: @unchecked Sendable {
    let db: CLIDatabase
    let maleCase = "1"
    let femaleCase = "2"

    init() throws {
        db = try CLIDatabase()
        #expect(try db.id(["citizen", "add", "--cpr", "0101801235", "--name", "Jens Mand"]) == "1")
        #expect(try db.id(["citizen", "add", "--cpr", "0101801234", "--name", "Karen Kvinde"]) == "2")
        #expect(try db.id(["case", "open", "--citizen", "1", "--basis", "sul141", "--requested", "2026-10-01"]) == "1")
        #expect(try db.id(["case", "open", "--citizen", "2", "--basis", "sul141", "--requested", "2026-10-01"]) == "2")
    }

    /// Writes an answers file in the database's folder and returns its path.
    func answers(_ name: String, _ json: String) throws -> String {
        try db.folder.write(name, json)
    }

    /// Runs `screen ARGUMENTS`.
    @discardableResult
    func screen(_ arguments: [String], language: String = "da", input: String? = nil) throws -> CLIResult {
        try db.run(["screen"] + arguments, language: language, input: input)
    }

    /// Runs `screen run FLOW --case C --answers FILE --date D --json`, expects success and returns the object.
    func runJSON(
        _ flow: String, case caseID: String, answers path: String, date: String, extra: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: Any] {
        let result = try screen(
            ["run", flow, "--case", caseID, "--answers", path, "--date", date, "--json"] + extra)
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try jsonObject(result.stdout, sourceLocation: sourceLocation)
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

    /// The rows a screening command may add: responses, rescorings, events and audit entries.
    func counts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["screening_response", "screening_rescoring", "event", "audit_entry"] {
            counts[table] = try db.count(table)
        }
        return counts
    }
}

/// Standard output that must be exactly one JSON object on one line.
func jsonObject(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    #expect(
        text.hasSuffix("\n") && text.dropLast().split(separator: "\n").count == 1, "not one line: \(text)",
        sourceLocation: sourceLocation)
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [String: Any], "not a JSON object: \(text)", sourceLocation: sourceLocation)
}

/// Standard output that must be exactly one JSON array.
func jsonArray(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(
        value as? [[String: Any]], "not a JSON array of objects: \(text)", sourceLocation: sourceLocation)
}

extension Dictionary where Key == String, Value == Any {
    /// A nested object.
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    /// A number (nil for null or anything else).
    func number(_ key: String) -> Double? {
        (self[key] as? NSNumber)?.doubleValue
    }
    /// A string.
    func string(_ key: String) -> String? { self[key] as? String }
    /// A list of strings.
    func strings(_ key: String) -> [String]? { self[key] as? [String] }
    /// Whether the key is present with JSON null.
    func isNull(_ key: String) -> Bool { self[key] is NSNull }
    /// The `response_id` as the commands take it.
    var responseID: String? { number("response_id").map { String(Int($0)) } }
    /// The `code` of each recommendation.
    var recommendationCodes: [String] {
        (self["recommendations"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }
}

/// The repository's shipped screening pack, and test packs built from it.
enum ScreeningPacks {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plugins/dk.tovholder.screening").path

    /// The text of a shipped file, e.g. `flows/audit.lua`.
    static func shippedText(_ relative: String) throws -> String {
        try String(contentsOfFile: shipped + "/" + relative, encoding: .utf8)
    }

    /// A pack folder with a `pack.toml` (name, version 1.0.0, flows in `flows`, the shipped `lib`
    /// modules) and `files` (path inside the pack → text); returns the folder's path. `overrides`
    /// are the shipped flows it replaces (`audit`): a pack providing a shipped id must say so.
    static func make(
        in folder: TemporaryFolder, name: String, files: [String: String], overrides: [String] = []
    ) throws -> String {
        let root = "pack-" + name
        var manifest = """
            name = "\(name)"
            version = "1.0.0"
            host_api = ">=1.0, <2.0"
            title = "Testpakke"
            flows = "flows"
            modules = "lib"

            """
        if !overrides.isEmpty {
            let ids = overrides.map { "\"dk.tovholder.screening:\($0)\"" }.joined(separator: ", ")
            manifest += "\n[overrides]\nflows = [\(ids)]\n"
        }
        try folder.write(root + "/pack.toml", manifest)
        for module in ["options", "phq9_items", "gad7_items", "asi_options"] {
            try folder.write(root + "/lib/\(module).lua", try shippedText("lib/\(module).lua"))
        }
        for (path, text) in files { try folder.write(root + "/" + path, text) }
        return folder.path + "/" + root
    }
}

/// AUDIT answers with items 1-10 as given.
func auditAnswers(_ points: [Int]) -> String {
    precondition(points.count == 10)
    return "{" + points.enumerated().map { "\"q\($0.offset + 1)\": \($0.element)" }.joined(separator: ", ") + "}"
}
