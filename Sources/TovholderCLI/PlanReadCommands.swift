// `tovholder plan show|list|history|diff`: a plan as it stands or stood, its versions, and what changed between two.
import ArgumentParser
import Core
import Store

struct PlanShowCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a plan, now or at an earlier version.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "Show this version instead of the current one.")
    var version: Int?

    func run() throws {
        try runReporting { language in
            let id = try target.id()
            let shown = try database.write("plan show", language) { tx -> PlanVersion in
                guard let number = version else { return try tx.plan(id) }
                let history = try tx.planHistory(id)
                guard let found = history.version(number) else {
                    throw DomainError(
                        field: "version",
                        CLIProblem.unknownValue(String(number), allowed: history.versions.map { String($0.number) }))
                }
                return found
            }
            try output.print(shown) { PlanView(version: $0).text(language) }
        }
    }
}

struct PlanListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a case's plans.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var caseArgument: CaseArgument

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let plans = try database.write("plan list", language) { try $0.plans(case: caseID) }
            try output.print(plans) { "\($0.id)\t\($0.kind.text(language))\t\($0.status.text(language))" }
        }
    }
}

struct PlanHistoryCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List a plan's versions: who changed what, when.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var target: PlanArgument

    func run() throws {
        try runReporting { language in
            let id = try target.id()
            let history = try database.write("plan history", language) { try $0.planHistory(id) }
            try output.print(history.versions) { version in
                "\(version.number)\t\(version.time.formatted(.iso8601))\t\(version.author)\t\(version.summary.text(language))"
            }
        }
    }
}

struct PlanDiffCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "What changed in a plan between two versions.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var target: PlanArgument

    @Argument(help: "The earlier version.")
    var from: Int

    @Argument(help: "The later version.")
    var to: Int

    func run() throws {
        try runReporting { language in
            let id = try target.id()
            let history = try database.write("plan diff", language) { try $0.planHistory(id) }
            let numbers = history.versions.map { String($0.number) }
            guard history.version(from) != nil else {
                throw DomainError(field: "from", CLIProblem.unknownValue(String(from), allowed: numbers))
            }
            guard let diff = history.diff(from: from, to: to) else {
                throw DomainError(field: "to", CLIProblem.unknownValue(String(to), allowed: numbers))
            }
            try output.print(diff.differences) { $0.line(language) }
        }
    }
}
