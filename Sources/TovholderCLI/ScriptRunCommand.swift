// `tovholder script run FILE`: runs one Lua file in the sandbox and prints what it returns.
import ArgumentParser
import Core
import Foundation
import Logging
import Lua
import Scripting

struct ScriptRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Lua file in the sandbox and print what it returns.",
        discussion: """
            The script gets Lua's base, string, table, math, utf8 and coroutine libraries and \
            os.time/date/clock/difftime; require finds modules in the script's own folder. \
            Arguments after -- reach the script as '...'. On an error the first line of standard \
            error is FILE:LINE: message, followed by the traceback, and the exit status is 1.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The Lua file to run.")
    var file: String

    @Option(name: .customLong("timeout-ms"), help: "Time limit for the script, in milliseconds.")
    var timeoutMilliseconds: Int = 2000

    @Option(name: .customLong("memory-mb"), help: "Memory limit for the script, in MiB.")
    var memoryMegabytes: Int = 64

    @Flag(help: "Print the result as JSON: tables with keys 1..n become arrays, others objects.")
    var json = false

    @Option(help: "The time os.time() and os.date() report, e.g. 2026-11-23T10:00:00Z or 2026-11-23.")
    var now: String?

    @Option(help: "Seed for math.random, for repeatable runs.")
    var seed: Int64?

    @Flag(help: "Log timing and memory use to standard error.")
    var verbose = false

    @Argument(parsing: .postTerminator, help: "Arguments for the script (after --).")
    var scriptArguments: [String] = []

    func run() throws {
        try reportingFailures {
            let language = try global.language()
            let limits = try validatedLimits(language)
            let clock = try fixedClock(language)
            let source = try readScript(language)

            let folder = (file as NSString).deletingLastPathComponent
            let sandbox = LuaSandbox(clock: clock, randomSeed: seed, modules: FolderModuleResolver(root: folder))
            let state = try LuaState(limits: limits, sandbox: sandbox)
            // The host API every pack sees; a script run by hand has no grants, so nothing is refused.
            try HostAPIRegistry.register(into: state)
            let overrunMessage = Message.limitOverrun(path: file, milliseconds: timeoutMilliseconds).text(language)
            state.onTimeLimitOverrun(grace: .milliseconds(max(timeoutMilliseconds, 1000))) {
                writeError(overrunMessage)
                _exit(1)
            }

            let logger = makeLogger()
            let started = ContinuousClock.now
            let results: [LuaValue]
            do {
                results = try state.run(source, chunkName: file, arguments: scriptArguments.map { .string($0) })
            } catch let error as LuaError {
                var text = error.description
                if let traceback = error.traceback { text += "\n" + traceback }
                throw CLIFailure.scriptFailed(text)
            }
            logger.debug("ran \(file) in \(ContinuousClock.now - started); peak memory \(state.memoryPeak / 1024) KiB")
            try printResults(results, language)
        }
    }

    private func validatedLimits(_ language: Language) throws -> LuaLimits {
        guard timeoutMilliseconds > 0 else {
            throw CLIFailure.badInput(
                Message.invalidLimit(option: "--timeout-ms", value: timeoutMilliseconds).text(language))
        }
        guard memoryMegabytes > 0, memoryMegabytes <= 1 << 20 else {
            throw CLIFailure.badInput(
                Message.invalidLimit(option: "--memory-mb", value: memoryMegabytes).text(language))
        }
        return LuaLimits(memoryBytes: memoryMegabytes * 1024 * 1024, timeMilliseconds: timeoutMilliseconds)
    }

    private func fixedClock(_ language: Language) throws -> @Sendable () -> Date {
        guard let now else { return { Date() } }
        guard let date = parseTimestamp(now) else {
            throw CLIFailure.badInput(Message.invalidNow(value: now).text(language))
        }
        return { date }
    }

    private func readScript(_ language: Language) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            throw CLIFailure.badInput(Message.fileNotFound(path: file).text(language))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIFailure.badInput(Message.fileNotReadable(path: file, reason: "permission denied").text(language))
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw CLIFailure.badInput(Message.fileNotReadable(path: file, reason: "not UTF-8 text").text(language))
        }
        return source
    }

    private func printResults(_ results: [LuaValue], _ language: Language) throws {
        if json {
            let value: LuaValue
            switch results.count {
            case 0: value = .nil
            case 1: value = results[0]
            default: value = .table(LuaTable(array: results))
            }
            do {
                print(try value.jsonText())
            } catch let error as LuaValue.JSONError {
                throw CLIFailure.scriptFailed(Message.resultNotJSON(reason: error.description).text(language))
            }
        } else {
            for result in results { print(result.displayText) }
        }
    }

    private func makeLogger() -> Logger {
        var logger = Logger(label: "tovholder") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .debug : .warning
        return logger
    }
}

/// Parses `2026-11-23T10:00:00Z` (or with an offset) and `2026-11-23` (midnight UTC).
func parseTimestamp(_ text: String) -> Date? {
    if let date = try? Date(text, strategy: .iso8601) { return date }
    let day = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day()
    return try? Date(text, strategy: day)
}
