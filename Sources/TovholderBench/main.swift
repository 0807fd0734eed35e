// `make bench`: measures the Lua host side by side with the stock lua5.4 interpreter and prints ratios.
import Foundation
import Glibc
import Lua

struct Options {
    var tovholder = ".build/release/tovholder"
    var lua = "lua5.4"
    var folder = "Benchmarks"
    var runs = 7
    var workloadSize = 150_000
    /// Citizens (each with a case) in the store benchmark's database.
    var citizens = 100_000
    /// Keep (or reuse, when it exists) the store benchmark's database here.
    var storeDatabase: String?
    /// Stored responses of each flow (AUDIT, ASI) the rescoring benchmark scores again.
    var responses = 100_000
    /// Keep (or reuse, when it exists) the rescoring benchmark's database here.
    var rescoreDatabase: String?
    /// How the rescoring benchmark stores its responses: "sql" (raw rows) or "service" (completeScreening).
    var rescoreSeed = "sql"
    /// Break the rescoring benchmark's time per evaluation down.
    var rescoreProfile = false
    /// The folder of packs the rescoring and packs benchmarks load their flows from.
    var packs = "Plugins"
    /// Cases (with their events) in the workflows benchmark's dry-run database.
    var workflowCases = 10_000
    /// Keep (or reuse, when it exists) the workflows benchmark's dry-run database here.
    var workflowDatabase: String?
    /// The candidate pack the dry run compares with the shipped workflows.
    var candidate = "Examples/packs/dk.aarhus.samarbejdsaftale"
    /// Cases (with screenings, plans and coordinators) in the reports benchmark's database.
    var reportCases = 100_000
    /// Keep (or reuse, when it exists) the reports benchmark's database here.
    var reportDatabase: String?
    /// Run one section only: host-call, workload, startup, limits, store, rescore, packs, workflows or reports.
    var only: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--tovholder": tovholder = iterator.next() ?? tovholder
            case "--lua": lua = iterator.next() ?? lua
            case "--folder": folder = iterator.next() ?? folder
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--workload-size": workloadSize = iterator.next().flatMap(Int.init) ?? workloadSize
            case "--only": only = iterator.next()
            case "--citizens": citizens = iterator.next().flatMap(Int.init) ?? citizens
            case "--store-database": storeDatabase = iterator.next()
            case "--responses": responses = iterator.next().flatMap(Int.init) ?? responses
            case "--rescore-database": rescoreDatabase = iterator.next()
            case "--rescore-seed": rescoreSeed = iterator.next() ?? rescoreSeed
            case "--rescore-profile": rescoreProfile = true
            case "--packs": packs = iterator.next() ?? packs
            case "--workflow-cases": workflowCases = iterator.next().flatMap(Int.init) ?? workflowCases
            case "--workflow-database": workflowDatabase = iterator.next()
            case "--candidate": candidate = iterator.next() ?? candidate
            case "--report-cases": reportCases = iterator.next().flatMap(Int.init) ?? reportCases
            case "--report-database": reportDatabase = iterator.next()
            default: fatalError("unknown argument \(argument)")
            }
        }
    }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    func wants(_ section: String) -> Bool { only == nil || only == section }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Runs a command through posix_spawnp (Foundation's Process adds tens of milliseconds of its
/// own) and returns its wall time in seconds and its standard output; stops the benchmark if it fails.
func timeProcess(_ executable: String, _ arguments: [String]) -> (seconds: Double, output: String) {
    let run = spawnTimed(executable, arguments)
    guard run.status == 0 else { fatalError("\(executable) \(arguments) failed with status \(run.status)") }
    return (run.seconds, run.output)
}

/// Runs a command through posix_spawnp, its standard error into `errorFile` when given (a file, so
/// a full pipe cannot stall it); its wall time, standard output and exit status.
func spawnTimed(_ executable: String, _ arguments: [String], errorsTo errorFile: String? = nil) -> (
    seconds: Double, output: String, status: Int32
) {
    var pipe: [Int32] = [0, 0]
    guard Glibc.pipe(&pipe) == 0 else { fatalError("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    if let errorFile {
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let started = ContinuousClock.now
    guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else {
        fatalError("cannot run \(executable)")
    }
    close(pipe[1])
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = read(pipe[0], &buffer, buffer.count)
        if count <= 0 { break }
        output.append(buffer, count: count)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let elapsed = ContinuousClock.now - started
    close(pipe[0])
    posix_spawn_file_actions_destroy(&actions)
    return (elapsed.seconds, String(decoding: output, as: UTF8.self), status)
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Nanoseconds per call of a host function registered from Swift, minus the bare loop, in-process.
func hostCallNanoseconds(iterations: Int, function: String) throws -> Double {
    let state = try LuaState(limits: LuaLimits(memoryBytes: 64 << 20, timeMilliseconds: 600_000))
    try state.register(
        LuaModule(
            "bench",
            functions: [
                LuaHostFunction("echo", since: "1.0") { arguments in .value(.integer(try arguments.integer(1))) }
            ]))
    let script = """
        local n = \(iterations)
        local f = \(function)
        local clock = os.clock
        local t0 = clock()
        for i = 1, n do local _ = i end
        local t1 = clock()
        for i = 1, n do local _ = f(i) end
        local t2 = clock()
        return ((t2 - t1) - (t1 - t0)) / n * 1e9
        """
    return try state.run(script, chunkName: "host_call").first?.doubleValue ?? .nan
}

/// Seconds to run the workload in-process under the given limits.
func workloadSeconds(_ source: String, size: Int, limits: LuaLimits) throws -> Double {
    let state = try LuaState(limits: limits)
    let started = ContinuousClock.now
    try state.run(source, chunkName: "workload.lua", arguments: [.string(String(size))])
    return (ContinuousClock.now - started).seconds
}

func line(_ name: String, _ ours: String, _ reference: String, _ ratio: String, _ goal: String, _ ok: Bool) {
    let columns = [name.padding(20), ours.padding(24), reference.padding(28), ratio.padding(12), goal.padding(16)]
    print(columns.joined() + (ok ? "ok" : "MISSED"))
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

func hostCallSection(_ options: Options) throws {
    let iterations = 10_000_000
    var hostCalls: [Double] = []
    var stockCalls: [Double] = []
    var ourAbsCalls: [Double] = []
    for _ in 0..<options.runs {
        hostCalls.append(try hostCallNanoseconds(iterations: iterations, function: "bench.echo"))
        ourAbsCalls.append(try hostCallNanoseconds(iterations: iterations, function: "math.abs"))
        let output = timeProcess(options.lua, [options.path("host_call.lua"), String(iterations)]).output
        stockCalls.append(Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan)
    }
    let ratio = median(hostCalls) / median(stockCalls)
    line(
        "host call", String(format: "%.1f ns/call", median(hostCalls)),
        String(format: "lua5.4 math.abs %.1f ns", median(stockCalls)),
        String(format: "%.2f", ratio), "goal <= 2.0", ratio <= 2.0)
    print("  (math.abs inside tovholder's sandbox: \(String(format: "%.1f", median(ourAbsCalls))) ns/call)")
}

func workloadSection(_ options: Options) {
    let workload = options.path("workload.lua")
    var ours: [Double] = []
    var stock: [Double] = []
    for _ in 0..<options.runs {
        stock.append(timeProcess(options.lua, [workload, String(options.workloadSize)]).seconds)
        ours.append(
            timeProcess(
                options.tovholder,
                [
                    "script", "run", workload, "--timeout-ms", "600000", "--", String(options.workloadSize),
                ]
            ).seconds)
    }
    let ratio = median(ours) / median(stock)
    line(
        "pure-Lua workload", String(format: "%.3f s", median(ours)), String(format: "lua5.4 %.3f s", median(stock)),
        String(format: "%.2f", ratio), "goal <= 1.10", ratio <= 1.10)
}

func startupSection(_ options: Options) {
    var ours: [Double] = []
    var stock: [Double] = []
    for _ in 0..<max(options.runs * 3, 11) {
        ours.append(timeProcess(options.tovholder, ["script", "run", options.path("empty.lua")]).seconds)
        stock.append(timeProcess(options.lua, [options.path("empty.lua")]).seconds)
    }
    let milliseconds = median(ours) * 1000
    line(
        "empty script", String(format: "%.1f ms", milliseconds), String(format: "lua5.4 %.1f ms", median(stock) * 1000),
        "", "goal < 30 ms", milliseconds < 30)
}

func limitsSection(_ options: Options) throws {
    let source = try String(contentsOfFile: options.path("workload.lua"), encoding: .utf8)
    let strategies: [(String, LuaLimits)] = [
        ("no time limit", LuaLimits(timeMilliseconds: nil)),
        ("watchdog", LuaLimits(timeMilliseconds: 600_000, timeStrategy: .watchdog)),
        ("count hook / 1000", LuaLimits(timeMilliseconds: 600_000, timeStrategy: .countHook(instructions: 1000))),
        ("count hook / 100", LuaLimits(timeMilliseconds: 600_000, timeStrategy: .countHook(instructions: 100))),
    ]
    var timings = Array(repeating: [Double](), count: strategies.count)
    for _ in 0..<options.runs {
        for (index, strategy) in strategies.enumerated() {
            timings[index].append(try workloadSeconds(source, size: options.workloadSize, limits: strategy.1))
        }
    }
    let baseline = median(timings[0])
    print("\nTime-limit mechanism, the same workload in-process (relative to no time limit):")
    for (index, strategy) in strategies.enumerated() {
        let seconds = median(timings[index])
        print("  " + strategy.0.padding(20) + String(format: "%.3f s  %.2f", seconds, seconds / baseline))
    }
}

let options = Options(CommandLine.arguments)
print("Tovholder benchmark: medians of \(options.runs) runs; the reference is measured side by side in the same run.\n")
if options.wants("host-call") { try hostCallSection(options) }
if options.wants("workload") { workloadSection(options) }
if options.wants("startup") { startupSection(options) }
if options.wants("limits") { try limitsSection(options) }
if options.wants("store") { try storeSection(options) }
if options.wants("rescore") { try rescoreSection(options) }
if options.wants("packs") { try packsSection(options) }
if options.wants("workflows") { try workflowsSection(options) }
if options.wants("reports") { try reportsSection(options) }
