// The rescoring benchmark: stored AUDIT and ASI responses scored again through the engine, beside the same
// library and flow file run by the stock lua5.4 interpreter over the same answers.
import Core
import Foundation
import Glibc
import Lua
import Packs
@_spi(Profiling) import Scripting
import Store

/// SplitMix64: deterministic pseudo-random numbers, so every seeded database holds the same answers.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    /// low ... high.
    mutating func integer(_ low: Int64, _ high: Int64) -> Int64 {
        high <= low ? low : low + Int64(next() % UInt64(high - low + 1))
    }
}

/// Valid pseudo-random answers to every item of a flow, derived from its items' kinds, options and ranges.
struct AnswerGenerator {
    let flow: LoadedFlow
    static let texts = [
        "Tømrer", "Social- og sundhedshjælper", "Lagerarbejder", "Kok", "Chauffør", "Pædagogmedhjælper",
    ]

    /// The answers of response `index`: every item answered (hidden ones too; the caller drops those).
    func answers(index: Int) -> [String: Answer] {
        let flowSeed = flow.definition.id.utf8.reduce(UInt64(0)) { $0 &* 31 &+ UInt64($1) }
        var random = SplitMix(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D ^ flowSeed)
        var answers: [String: Answer] = [:]
        for item in flow.definition.items {
            switch item.kind {
            case .section:
                continue
            case .grid:
                for row in item.rows {
                    for column in item.columns {
                        answers[row.id + column.suffix] = .integer(
                            random.integer(column.minimum ?? 0, column.maximum ?? 99))
                    }
                }
            default:
                answers[item.id] = value(for: item, answers: answers, random: &random)
            }
        }
        return answers
    }

    private func value(for item: FlowItem, answers: [String: Answer], random: inout SplitMix) -> Answer? {
        switch item.kind {
        case .choice:
            return item.options[random.below(item.options.count)].code
        case .multi:
            var codes = item.options.filter { _ in random.below(3) == 0 }.map(\.code)
            let most = Int(item.maximum ?? Double(item.options.count))
            if codes.count > most { codes = Array(codes.prefix(most)) }
            for option in item.options where codes.count < Int(item.minimum ?? 0) && !codes.contains(option.code) {
                codes.append(option.code)
            }
            return .list(codes)
        case .yesno:
            // A yes for the past 30 days is also a yes for the whole life (the ASI's `X_life` items check it).
            if item.id.hasSuffix("_life"), answers[String(item.id.dropLast(5))] == .integer(1) { return .integer(1) }
            return .integer(Int64(random.below(2)))
        case .integer:
            let low = Int64(item.minimum ?? 0)
            // No maximum: an amount in kroner.
            var high = item.maximum.map { Int64($0) } ?? low + 20_000
            // A rule of its own is usually "at most another answer": keep such values small.
            if item.hasValidationRule { high = min(high, low + 3) }
            return .integer(random.integer(low, high))
        case .number:
            let low = item.minimum ?? 0
            let high = item.maximum ?? low + 100
            let scale = pow(10, Double(min(item.decimals ?? 1, 2)))
            let value = low + Double(random.below(1_000_001)) / 1_000_000 * (high - low)
            return .number(min(high, max(low, (value * scale).rounded() / scale)))
        case .date:
            let earliest = item.earliest ?? Day("2020-01-01")!
            let latest = item.latest ?? Day("2026-11-23")!
            return .text(earliest.adding(days: random.below(earliest.days(until: latest) + 1)).description)
        case .text:
            return .text(Self.texts[random.below(Self.texts.count)])
        case .section, .grid:
            return nil
        }
    }

    /// Another value for an answer a validation rule refused: the other yes/no, the lowest number, the first option.
    func repair(_ id: String, in answers: inout [String: Answer]) {
        guard let item = flow.definition.item(answering: id) else {
            answers[id] = nil
            return
        }
        switch item.kind {
        case .yesno: answers[id] = answers[id] == .integer(1) ? .integer(0) : .integer(1)
        case .integer: answers[id] = .integer(Int64(item.minimum ?? 0))
        case .grid: answers[id] = .integer(item.gridColumn(answering: id)?.minimum ?? 0)
        case .choice: answers[id] = item.options.first?.code
        default: answers[id] = nil
        }
    }

    /// Answers the flow accepts and scores, with the items it hides left out (as an interview never asks
    /// them), and their result.
    func response(index: Int, context: LuaValue) throws -> ([String: Answer], ScreeningResult) {
        var answers = try flow.check(answers(index: index).mapValues(AnswerInput.init))
        var evaluation = try flow.evaluate(answers, luaContext: context)
        var repairs = 0
        while case .invalidAnswer(let id, _) = evaluation, repairs < 20 {
            repair(id, in: &answers)
            evaluation = try flow.evaluate(answers, luaContext: context)
            repairs += 1
        }
        guard case .scored(let result) = evaluation else {
            fatalError("\(flow.definition.id) response \(index): the generated answers are refused: \(evaluation)")
        }
        for id in result.hidden { answers[id] = nil }
        return (answers, result)
    }
}

/// Seconds of CPU time the process has used (what `os.clock` measures in the stock interpreter).
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// One line per result for comparing with the reference: scores (sorted, non-empty, 6 decimals), bands,
/// flags (sorted, unique) and recommendation codes. Written the same way by rescore_reference.lua.
func describe(_ evaluation: FlowEvaluation) -> String {
    guard case .scored(let result) = evaluation else { return "refused" }
    let scores = result.scores.compactMap { score in score.value.map { (score.id, $0) } }.sorted { $0.0 < $1.0 }
        .map { "\($0.0)=" + String(format: "%.6f", $0.1) }
    let bands = result.bands.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }
    return [
        scores.joined(separator: ","), bands.joined(separator: ","), Set(result.flags).sorted().joined(separator: ","),
        result.recommendations.map(\.code).joined(separator: ","),
    ].joined(separator: " | ")
}

// MARK: - Lua source for the reference

enum LuaSourceText {
    static func string(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x0A: bytes += Array("\\n".utf8)
            case 0..<0x20, 0x7F: bytes += Array(String(format: "\\%03d", byte).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A float literal Lua reads back as the same float (never as an integer).
    static func number(_ value: Double) -> String {
        let text = String(format: "%.17g", value)
        return text.contains(where: { $0 == "." || $0 == "e" || $0 == "n" }) ? text : text + ".0"
    }

    static func answer(_ answer: Answer) -> String {
        switch answer {
        case .integer(let value): String(value)
        case .number(let value): number(value)
        case .text(let value): string(value)
        case .list(let values): "{" + values.map(Self.answer).joined(separator: ",") + "}"
        }
    }

    static func value(_ value: LuaValue) -> String {
        switch value {
        case .nil, .function: "nil"
        case .boolean(let flag): flag ? "true" : "false"
        case .integer(let integer): String(integer)
        case .number(let double): number(double)
        case .string(let text): string(text)
        case .table(let table):
            "{"
                + (table.array.map(Self.value)
                + table.sortedFields.map { "[\(Self.value($0.key.value))]=\(Self.value($0.value))" })
                .joined(separator: ",") + "}"
        }
    }
}

/// Writes the answer sets as Lua files rescore_reference.lua reads (10,000 rows a file, one value per answer
/// id), and returns the path of the file that lists them with the context and the sample indices.
func writeReferenceData(
    _ flow: LoadedFlow, _ responses: [(ScreeningResponseID, [String: Answer])], context: LuaValue, samples: [Int],
    folder: String
) throws -> String {
    var keys = flow.definition.answerIDs
    let known = Set(keys)
    var others = Set<String>()
    for (_, answers) in responses {
        for key in answers.keys where !known.contains(key) { others.insert(key) }
    }
    keys += others.sorted()
    var chunks: [String] = []
    for start in stride(from: 0, to: responses.count, by: 10_000) {
        var text = "return {\n"
        for (_, answers) in responses[start..<min(start + 10_000, responses.count)] {
            text += "{" + keys.map { answers[$0].map(LuaSourceText.answer) ?? "nil" }.joined(separator: ",") + "},\n"
        }
        text += "}\n"
        let path = folder + "/\(flow.definition.id)-\(chunks.count + 1).lua"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        chunks.append(path)
    }
    let manifest = """
        return {
          ctx = \(LuaSourceText.value(context)),
          keys = {\(keys.map(LuaSourceText.string).joined(separator: ","))},
          chunks = {\(chunks.map(LuaSourceText.string).joined(separator: ","))},
          samples = {\(samples.map(String.init).joined(separator: ","))},
        }

        """
    let path = folder + "/\(flow.definition.id)-data.lua"
    try manifest.write(toFile: path, atomically: false, encoding: .utf8)
    return path
}

// MARK: - Seeding

/// Case ids (with their citizens) the seeded responses are spread over.
func benchCases(_ path: String) -> [(CaseID, CitizenID)] {
    let output = timeProcess("sqlite3", [path, "SELECT id, citizen_id FROM treatment_case ORDER BY id LIMIT 10"]).output
    return output.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "|").compactMap { Int64($0) }
        return parts.count == 2 ? (CaseID(parts[0]), CitizenID(parts[1])) : nil
    }
}

func completedCount(_ path: String, flow: String) -> Int {
    let sql = "SELECT count(*) FROM screening_response WHERE flow = '\(flow)' AND status = 'completed'"
    return Int(timeProcess("sqlite3", [path, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
}

/// How long each part of seeding took.
struct SeedTimes {
    /// Generating the answers and scoring them (the result stored with each response).
    var generating = 0.0
    /// Encoding the JSON columns and writing the SQL (raw rows only; the service does it while storing).
    var encoding = 0.0
    var storing = 0.0
}

/// Stores `count` completed responses of `flow` through the screening service (`completeScreening`, which
/// validates, writes `answers` and `data`, appends the audit entry and raises `screening.completed`), 1,000
/// per transaction. The answers are generated and scored outside the transactions.
func seedThroughService(
    _ flow: LoadedFlow, generator: AnswerGenerator, from first: Int, count: Int, cases: [(CaseID, CitizenID)],
    context: ScreeningContext, luaContext: LuaValue, database: TovholderDatabase
) throws -> SeedTimes {
    var times = SeedTimes()
    let audit = AuditContext(user: "bench", command: "bench seed")
    var index = first
    while index < first + count {
        let batch = min(1000, first + count - index)
        let started = ContinuousClock.now
        let responses = try (index..<(index + batch)).map { try generator.response(index: $0, context: luaContext) }
        let generated = ContinuousClock.now
        try database.write(audit) { tx in
            for (offset, (answers, result)) in responses.enumerated() {
                let caseID = cases[(index + offset) % cases.count].0
                var response = ScreeningResponse(
                    caseID: caseID, flow: flow.reference, day: context.today, startedAt: tx.now, startedBy: "bench")
                try response.complete(
                    answers: answers, settings: context.settings, result: result, at: tx.now, by: "bench")
                _ = try tx.completeScreening(response)
            }
        }
        times.generating += (generated - started).seconds
        times.storing += (ContinuousClock.now - generated).seconds
        index += batch
    }
    return times
}

/// Stores `count` completed responses of `flow` as raw rows: the columns `completeScreening` writes, with JSON
/// that reads back as the same response (checked on the first row), as INSERT statements the sqlite3 shell runs
/// in one transaction. No audit entries and no events.
func seedThroughSQL(
    _ flow: LoadedFlow, generator: AnswerGenerator, from first: Int, count: Int, cases: [(CaseID, CitizenID)],
    context: ScreeningContext, luaContext: LuaValue, path: String, folder: String
) throws -> SeedTimes {
    var times = SeedTimes()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
    func sqlText(_ text: String) -> String {
        "'" + (text.contains("'") ? text.replacingOccurrences(of: "'", with: "''") : text) + "'"
    }
    let maxID =
        Int64(
            timeProcess("sqlite3", [path, "SELECT COALESCE(MAX(id), 0) FROM screening_response"]).output
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    let now = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded() / 1000)
    let completedAt = Int64((now.timeIntervalSince1970 * 1000).rounded())
    let script = folder + "/seed-\(flow.definition.id).sql"
    _ = FileManager.default.createFile(atPath: script, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: script) else { fatalError("cannot write \(script)") }
    handle.write(Data("BEGIN;\n".utf8))
    var generating = Duration.zero
    let started = ContinuousClock.now
    for index in first..<(first + count) {
        let generation = ContinuousClock.now
        let (answers, result) = try generator.response(index: index, context: luaContext)
        generating += ContinuousClock.now - generation
        let (caseID, citizen) = cases[index % cases.count]
        var response = ScreeningResponse(
            caseID: caseID, flow: flow.reference, day: context.today, startedAt: now, startedBy: "bench")
        try response.complete(answers: answers, settings: context.settings, result: result, at: now, by: "bench")
        let id = maxID + Int64(index - first + 1)
        response.id = ScreeningResponseID(id)
        // JSONEncoder takes about a millisecond for an ASI response, half of it for the answers: they are
        // written here (sorted keys, as JSONColumn does) and put into `data` in place of an empty object.
        let answersJSON = AnswersJSON.encode(answers)
        var shell = ScreeningResponse(
            caseID: caseID, flow: flow.reference, day: context.today, startedAt: now, startedBy: "bench")
        try shell.complete(answers: [:], settings: context.settings, result: result, at: now, by: "bench")
        shell.id = response.id
        let shellJSON = String(decoding: try encoder.encode(shell), as: UTF8.self)
        guard let slot = shellJSON.range(of: "\"answers\":{}") else { fatalError("no answers in \(shellJSON)") }
        let dataJSON = shellJSON.replacingCharacters(in: slot, with: "\"answers\":" + answersJSON)
        if index == first {
            // The spliced row must read back as the response itself, as the store reads it.
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .custom { decoder in
                Date(timeIntervalSince1970: Double(try decoder.singleValueContainer().decode(Int64.self)) / 1000)
            }
            guard try decoder.decode(ScreeningResponse.self, from: Data(dataJSON.utf8)) == response,
                try decoder.decode([String: Answer].self, from: Data(answersJSON.utf8)) == answers
            else { fatalError("the seeded JSON does not read back as the response") }
        }
        let reference = flow.reference
        let values: [String] = [
            String(id), String(caseID.rawValue), String(citizen.rawValue), "'\(reference.id)'",
            "'\(reference.version)'", reference.pack.map { "'\($0)'" } ?? "NULL",
            reference.packVersion.map { "'\($0)'" } ?? "NULL", "'completed'", "'\(context.today)'",
            String(completedAt), sqlText(answersJSON), sqlText(dataJSON),
        ]
        handle.write(
            Data(
                ("INSERT INTO screening_response (id, case_id, citizen_id, flow, flow_version, pack, pack_version, "
                    + "status, day, completed_at, answers, data) VALUES (" + values.joined(separator: ",") + ");\n")
                    .utf8))
    }
    handle.write(Data("COMMIT;\n".utf8))
    try handle.close()
    let generated = ContinuousClock.now
    _ = timeProcess("sqlite3", [path, ".read \(script)"])
    times.generating = generating.seconds
    times.encoding = (generated - started - generating).seconds
    times.storing = (ContinuousClock.now - generated).seconds
    try? FileManager.default.removeItem(atPath: script)
    return times
}

/// Answers as JSON: an object with sorted keys of integers, numbers, strings and lists, as JSONColumn writes them.
enum AnswersJSON {
    static func encode(_ answers: [String: Answer]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(answers.count * 12)
        for (offset, key) in answers.keys.sorted().enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            string(key, into: &bytes)
            bytes.append(UInt8(ascii: ":"))
            value(answers[key]!, into: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func value(_ answer: Answer, into bytes: inout [UInt8]) {
        switch answer {
        case .integer(let value): bytes += Array(String(value).utf8)
        case .number(let value): bytes += Array("\(value)".utf8)
        case .text(let value): string(value, into: &bytes)
        case .list(let values):
            bytes.append(UInt8(ascii: "["))
            for (offset, element) in values.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                value(element, into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }
    }

    private static func string(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0..<0x20: bytes += Array(String(format: "\\u%04x", byte).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

// MARK: - The section

/// What one flow's rescoring measured (seconds; medians over the runs).
struct RescoreTimes {
    /// The whole rescoring as the product runs it (each response read and scored in turn), and its two parts.
    var total: [Double] = []
    var reading: [Double] = []
    var scoringWall: [Double] = []
    /// Scoring the answers already in memory, in CPU seconds: what the reference's os.clock measures.
    var scoringCPU: [Double] = []
    var reference: [Double] = []
}

func rescoreSection(_ options: Options) throws {
    let folder = NSTemporaryDirectory() + "tovholder-rescore-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = options.rescoreDatabase ?? folder + "/rescore.sqlite"
    let isNew = !FileManager.default.fileExists(atPath: path)
    let database = try TovholderDatabase(path: path)
    try database.migrate()
    if isNew { _ = try createCitizens(10, in: database) }
    let cases = benchCases(path)
    guard !cases.isEmpty else { fatalError("\(path) has no cases to store screenings on") }
    // The reference runs the very library the engine embeds.
    let library = folder + "/screening.lua"
    try FlowLibrary.source.write(toFile: library, atomically: false, encoding: .utf8)
    let catalog = FlowCatalog(searchPath: PackSearchPath(folders: [.init(layer: .builtin, path: options.packs)]))
    guard ["sql", "service"].contains(options.rescoreSeed) else {
        fatalError("--rescore-seed takes sql or service, not \(options.rescoreSeed)")
    }
    let runs = max(1, min(options.runs, 3))
    print("\nRescoring \(options.responses) stored responses per flow (medians of \(runs) runs):")

    for id in ["audit", "asi"] {
        let flow = try catalog.flow(id)
        let context = ScreeningContext(
            sex: .male, age: 42, today: Day("2026-11-23")!, language: .danish, legalBasis: .sel101,
            settings: flow.definition.settings)
        let luaContext = context.luaValue
        let generator = AnswerGenerator(flow: flow)

        let stored = completedCount(path, flow: id)
        if stored < options.responses {
            let count = options.responses - stored
            let times =
                options.rescoreSeed == "service"
                ? try seedThroughService(
                    flow, generator: generator, from: stored, count: count, cases: cases, context: context,
                    luaContext: luaContext, database: database)
                : try seedThroughSQL(
                    flow, generator: generator, from: stored, count: count, cases: cases, context: context,
                    luaContext: luaContext, path: path, folder: folder)
            let how = options.rescoreSeed == "service" ? "completeScreening, 1,000 a transaction" : "raw SQL rows"
            print(
                "  seeded \(count) \(id) responses (\(how)) in "
                    + String(
                        format: "%.1f s: generating and scoring the answers %.1f s, encoding %.1f s, storing %.1f s",
                        times.generating + times.encoding + times.storing, times.generating, times.encoding,
                        times.storing))
        }

        var times = RescoreTimes()
        var count = 0
        var profiled: [[String: Answer]] = []
        var engineSamples: [Int: String] = [:]
        var referenceSamples: [Int: String] = [:]
        var manifest = ""
        var run = 0
        while run < runs {
            // The whole rescoring as the product runs it: one query whose rows are parsed and scored one by one
            // (forEachCompletedScreeningAnswers) under one context bound once (LoadedFlow.prepare).
            let audit = AuditContext(user: "bench", command: "bench rescore")
            let started = ContinuousClock.now
            var scoring = Duration.zero
            var refused = 0
            _ = try TovholderDatabase(path: path).write(audit) { tx in
                let prepared = try flow.prepare(luaContext: luaContext)
                return try tx.forEachCompletedScreeningAnswers(flow: id, limit: options.responses) { _, answers in
                    let scoringStarted = ContinuousClock.now
                    if case .scored = try prepared.evaluate(answers) {} else { refused += 1 }
                    scoring += ContinuousClock.now - scoringStarted
                }
            }
            let total = ContinuousClock.now - started
            times.total.append(total.seconds)
            times.scoringWall.append(scoring.seconds)
            times.reading.append((total - scoring).seconds)
            if refused > 0 { print("  !!! \(refused) of the stored \(id) responses were refused") }

            // Scoring alone, in CPU time, as the reference measures it: the answers already in memory.
            let read = try TovholderDatabase(path: path).write(audit) { tx in
                try tx.completedScreeningAnswers(flow: id, limit: options.responses)
            }
            let prepared = try flow.prepare(luaContext: luaContext)
            let cpu = cpuSeconds()
            for (_, answers) in read { _ = try prepared.evaluate(answers) }
            times.scoringCPU.append(cpuSeconds() - cpu)

            let step = max(1, read.count / 100)
            let samples = Array(stride(from: 1, through: read.count, by: step).prefix(100))
            if run == 0 {
                count = read.count
                for index in samples {
                    engineSamples[index] = describe(try prepared.evaluate(read[index - 1].1))
                }
                manifest = try writeReferenceData(flow, read, context: luaContext, samples: samples, folder: folder)
                if options.rescoreProfile { profiled = read.prefix(id == "asi" ? 1_000 : 20_000).map(\.1) }
            }

            // The reference: the same library, flow file, answers and context in lua5.4.
            // `require` there looks in the pack's modules folder (its own modules; the shipped packs need no others).
            let packRoot =
                flow.file.pack?.modules.own.folder ?? flow.file.pack?.root
                ?? (flow.file.path as NSString).deletingLastPathComponent
            let output = timeProcess(
                options.lua, [options.path("rescore_reference.lua"), library, flow.file.path, packRoot, manifest]
            ).output
            for line in output.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
                if parts.first == "seconds", parts.count > 1, let seconds = Double(parts[1]) {
                    times.reference.append(seconds)
                } else if run == 0, parts.first == "sample", parts.count == 3, let index = Int(parts[1]) {
                    referenceSamples[index] = String(parts[2])
                }
            }
            run += 1
            // A run of over a minute is measured once: the noise is small against it.
            if run == 1 && times.total[0] + (times.reference.first ?? 0) > 60 && runs > 1 {
                print("  (\(id): one run only, as it took over a minute)")
                break
            }
        }
        report(id, count: count, times: times, engine: engineSamples, reference: referenceSamples)
        if options.rescoreProfile {
            try rescoreProfile(
                flow, profiled, context: luaContext, stockMicroseconds: median(times.reference) / Double(count) * 1e6)
        }
    }
}

private func report(
    _ id: String, count: Int, times: RescoreTimes, engine: [Int: String], reference: [Int: String]
) {
    let total = median(times.total)
    let scoring = median(times.scoringCPU)
    let stock = times.reference.isEmpty ? .nan : median(times.reference)
    let ratio = scoring / stock
    // The goal is for 100,000 responses; another count is judged per response.
    let per100k = total / Double(count) * 100_000
    let totalOK = id != "asi" || per100k < 10
    let scaled = count == 100_000 ? "" : String(format: ", %.1f s per 100,000", per100k)
    let goals =
        (id == "asi" ? "goal total < 10 s\(scaled) " + (totalOK ? "ok" : "MISSED") + "; " : "")
        + "goal ratio <= 1.3 " + (ratio <= 1.3 ? "ok" : "MISSED")
    print(
        "rescore \(id): \(count) responses, "
            + String(
                format: "total %.2f s (%.1f µs each); scoring %.2f s CPU vs lua5.4 %.2f s: ratio %.2f",
                total, total / Double(count) * 1e6, scoring, stock, ratio) + " (\(goals))")
    print(
        String(
            format: "  (of the total, reading and parsing the answers %.2f s, scoring them %.2f s wall; scoring the"
                + " answers already in memory %.1f µs each CPU, lua5.4 %.1f µs each)",
            median(times.reading), median(times.scoringWall), scoring / Double(count) * 1e6,
            stock / Double(count) * 1e6))
    let mismatches = engine.keys.sorted().filter { engine[$0] != reference[$0] }
    if engine.isEmpty || mismatches.count > 0 || reference.count != engine.count {
        print("  !!! MISMATCH: \(mismatches.count) of \(engine.count) sampled results differ from lua5.4's")
        for index in mismatches.prefix(3) {
            print("  !!!   #\(index) engine: \(engine[index] ?? "-")")
            print("  !!!   #\(index) lua5.4: \(reference[index] ?? "-")")
        }
    } else {
        print("  (the \(engine.count) sampled results equal lua5.4's)")
    }
}

// MARK: - Where the engine's time goes (--rescore-profile)

/// The answers as a LuaValue, for building the library-alone driver's input (the engine pushes them directly).
func answersLuaValue(_ answers: [String: Answer]) -> LuaValue {
    func lua(_ answer: Answer) -> LuaValue {
        switch answer {
        case .integer(let value): .integer(value)
        case .number(let value): .number(value)
        case .text(let value): .string(value)
        case .list(let values): .table(LuaTable(array: values.map(lua)))
        }
    }
    return .table(
        LuaTable(fields: Dictionary(uniqueKeysWithValues: answers.map { (LuaKey.string($0.key), lua($0.value)) })))
}

/// A result as the library's `_evaluate` returns it, for returning a ready-made one from Lua.
func resultLuaValue(_ result: ScreeningResult) -> LuaValue {
    func text(_ text: FlowText) -> LuaValue {
        var fields: [LuaKey: LuaValue] = [.string("da"): .string(text.danish)]
        if let english = text.english { fields[.string("en")] = .string(english) }
        return .table(LuaTable(fields: fields))
    }
    var scores: [LuaKey: LuaValue] = [:]
    for score in result.scores { if let value = score.value { scores[.string(score.id)] = .number(value) } }
    let recommendations: [LuaValue] = result.recommendations.map { recommendation in
        var fields: [LuaKey: LuaValue] = [
            .string("code"): .string(recommendation.code), .string("text"): text(recommendation.text),
        ]
        if let to = recommendation.to { fields[.string("to")] = .string(to) }
        if let consent = recommendation.consent { fields[.string("consent")] = .string(consent.rawValue) }
        return .table(LuaTable(fields: fields))
    }
    return .table(
        LuaTable(fields: [
            .string("scores"): .table(LuaTable(fields: scores)),
            .string("bands"): .table(
                LuaTable(
                    fields: Dictionary(
                        uniqueKeysWithValues: result.bands.map { (LuaKey.string($0.key), LuaValue.string($0.value)) }))),
            .string("flags"): .table(LuaTable(array: result.flags.map { .string($0) })),
            .string("recommendations"): .table(LuaTable(array: recommendations)),
            .string("missing"): .table(LuaTable(array: result.missing.map { .string($0) })),
            .string("hidden"): .table(LuaTable(array: result.hidden.map { .string($0) })),
        ]))
}

/// Breaks one evaluation down, in CPU µs per call, each the median of 3 passes over the responses: the whole
/// evaluation under a prepared context (what rescoring runs) with and without the time limit (no watchdog
/// armed), the same with the context pushed on every call (LoadedFlow.evaluate(_:luaContext:)), the library's
/// Lua alone (in a sandboxed state of the engine's own, the answers already in Lua), pushing the answers, an
/// empty protected call, reading a result table back into a FlowEvaluation, and decoding the stored answers
/// JSON.
func rescoreProfile(
    _ flow: LoadedFlow, _ responses: [[String: Answer]], context: LuaValue, stockMicroseconds: Double
) throws {
    let state = flow.state
    let limited = state.limits
    var unlimited = limited
    unlimited.timeMilliseconds = nil
    /// Medians of 3 passes of each body, the bodies interleaved so that drift on a noisy machine hits all alike.
    func perCall(_ bodies: [(limits: LuaLimits, body: ([String: Answer]) throws -> Void)]) throws -> [Double] {
        var passes = Array(repeating: [Double](), count: bodies.count)
        for _ in 0..<3 {
            for (index, entry) in bodies.enumerated() {
                state.limits = entry.limits
                let started = cpuSeconds()
                for answers in responses { try entry.body(answers) }
                passes[index].append((cpuSeconds() - started) / Double(responses.count) * 1e6)
            }
        }
        state.limits = limited
        return passes.map(median)
    }
    guard case .function(let noop) = try state.run("return function() end", chunkName: "bench noop").first,
        case .scored(let sample) = try flow.evaluate(responses[0], luaContext: context)
    else { fatalError("profile set-up failed") }
    let resultSource = LuaSourceText.value(resultLuaValue(sample))
    guard
        case .function(let ready) = try state.run(
            "local r = \(resultSource) return function() return r end", chunkName: "bench result"
        ).first
    else { fatalError("profile set-up failed") }

    let prepared = try flow.prepare(luaContext: context)
    let evaluate: ([String: Answer]) throws -> Void = { _ = try prepared.evaluate($0) }
    let empty: ([String: Answer]) throws -> Void = { _ in try state.call(noop, arguments: { _ in }, results: { _ in }) }
    let calls = try perCall([
        (limited, evaluate), (unlimited, evaluate),
        (limited, { _ = try flow.evaluate($0, luaContext: context) }),
        (
            limited,
            { answers in
                try state.call(noop, arguments: { try $0.push(LuaAnswers(answers)) }, results: { _ in })
            }
        ),
        (limited, empty), (unlimited, empty),
        (limited, { _ in _ = try flow.readResult(calling: ready) }),
    ])
    let (full, withoutLimit, unprepared, answersPush, bare, unarmed, back) = (
        calls[0], calls[1], calls[2], calls[3] - calls[4], calls[4], calls[5], calls[6] - calls[4]
    )

    // The library in a state of the engine's own, evaluating answers already in Lua: the VM, allocator and
    // sandbox, without the bridge.
    let modules: any LuaModuleResolver =
        flow.file.pack?.modules ?? FolderModuleResolver(root: (flow.file.path as NSString).deletingLastPathComponent)
    let own = try LuaState(
        limits: LuaLimits(memoryBytes: 4 << 30, timeMilliseconds: 600_000),
        sandbox: LuaSandbox(clock: { Date() }, randomSeed: 0, modules: modules))
    let driver = try own.load(
        """
        local library_chunk, flow_chunk, answers, ctx = ...
        screening = library_chunk()
        local evaluate = screening._evaluate
        local flow = screening._prepare(flow_chunk())
        local clock = os.clock
        local passes = {}
        for pass = 1, 3 do
          local t0 = clock()
          for i = 1, #answers do evaluate(flow, answers[i], ctx) end
          passes[pass] = (clock() - t0) / #answers * 1e6
        end
        table.sort(passes)
        return passes[2]
        """, chunkName: "bench driver")
    let library = try own.load(FlowLibrary.source, chunkName: FlowLibrary.chunkName)
    let chunk = try own.load(try String(contentsOfFile: flow.file.path, encoding: .utf8), chunkName: flow.file.path)
    let inState =
        try own.call(
            driver,
            [.function(library), .function(chunk), .table(LuaTable(array: responses.map(answersLuaValue))), context]
        ).first?.doubleValue ?? .nan

    // Reading: decoding the stored `answers` JSON (as JSONColumn writes it) with JSONDecoder, as
    // completedScreeningAnswers does, and with a small parser for this one shape.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let stored = try responses.map { try encoder.encode($0) }
    let decoder = JSONDecoder()
    var decoding: [Double] = []
    var parsing: [Double] = []
    for _ in 0..<3 {
        var started = cpuSeconds()
        for data in stored { _ = try decoder.decode([String: Answer].self, from: data) }
        decoding.append((cpuSeconds() - started) / Double(stored.count) * 1e6)
        started = cpuSeconds()
        for data in stored { _ = StoredAnswersParser.parse(data) }
        parsing.append((cpuSeconds() - started) / Double(stored.count) * 1e6)
    }
    guard stored.indices.allSatisfy({ StoredAnswersParser.parse(stored[$0]) == responses[$0] }) else {
        fatalError("the answers parser reads the stored answers differently")
    }
    print(
        "  profile \(flow.definition.id), \(responses.count) responses, CPU µs per call (medians of 3):"
            + String(
                format: " evaluate (prepared context) %.1f, with no time limit %.1f, context pushed each call %.1f;"
                    + " the library alone in Lua %.1f (lua5.4 %.1f)",
                full, withoutLimit, unprepared, inState, stockMicroseconds))
    print(
        String(
            format: "    pushing the answers %.1f; an empty call %.1f (no time limit %.1f); reading a result back %.1f;"
                + " decoding the stored answers JSON: JSONDecoder %.1f, a dedicated parser %.1f",
            answersPush, bare, unarmed, back, median(decoding), median(parsing)))
}
