// `tovholder workflow`: the rules the packs' workflows register, and a dry run of a candidate pack over past cases.
import ArgumentParser
import Core
import Scripting

struct WorkflowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workflow", abstract: "List the workflow rules, or try a new workflow pack on past cases.",
        subcommands: [WorkflowListCommand.self, WorkflowSimulateCommand.self])
}

struct WorkflowListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the rules per event, in the order they run.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReporting { language in
            let dispatcher = WorkflowDispatcher(searchPath: try packs.checkedSearchPath(language))
            let handlers = try dispatcher.loadedEngine().handlers
            try output.print(handlers) { handler in
                "\(handler.event)\t\(handler.order)\t\(handler.pack) \(handler.packVersion)\t\(handler.rule)\t"
                    + "\(handler.file):\(handler.line)"
            }
        }
    }
}

struct WorkflowSimulateCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Replay past cases' events through a candidate workflow pack and show what it would do differently.",
        discussion: """
            Runs the recorded events (from --from to --to) through the active workflows and through the active
            workflows with the candidate pack added (replacing a pack of the same name), inside a transaction that
            is rolled back: nothing is changed. Reports the tasks, follow-ups, messages and flags each would have
            made, whether their deadlines would have been met by what really happened, and every difference.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("pack"), help: "The candidate pack's folder.")
    var candidate: String

    @Option(help: "The first day of events to replay (YYYY-MM-DD); default the first event.")
    var from: String?

    @Option(help: "The last day of events to replay (YYYY-MM-DD); default today.")
    var to: String?

    @Option(help: "How many differences to list (text output; --json lists all).")
    var limit: Int = 50

    func run() throws {
        try runReporting { language in
            let from = try from.map { try parseDay($0, field: "from") }
            let to = try to.map { try parseDay($0, field: "to") }
            guard isFolder(candidate) else {
                throw CLIFailure.badInput(PackWords.noSuchFolder(candidate).text(language))
            }
            let searchPath = try database.packs.checkedSearchPath(language)
            let active = try WorkflowDispatcher(searchPath: searchPath).loadedEngine()
            let candidateEngine = try WorkflowEngine(
                resolved: WorkflowSimulator.candidateSet(searchPath: searchPath, folder: candidate))
            let simulator = WorkflowSimulator(active: active, candidate: candidateEngine)
            let store = try database.openWithoutWorkflows(language)
            let report = try simulator.run(
                on: store, context: database.context("workflow simulate"), from: from, to: to)
            _ = try store.write(database.context("workflow simulate")) { transaction in
                try transaction.audit(
                    entity: "workflow", action: "simulate",
                    summary: "dry run of \(candidate) over \(report.events) events of \(report.cases) cases "
                        + "(\(report.from ?? "start") to \(report.to))")
            }
            try output.print(report) { SimulationView(report: $0, language: language, limit: limit).text }
        }
    }
}
