// `tovholder plan activate|complete|revoke`: a plan's status, each step a new version.
import ArgumentParser
import Core

struct PlanActivateCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "activate",
        abstract: "Make a draft plan active (a KIP needs goals, a coordinator, consent and the next meeting).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument
    @OptionGroup var day: DateOption

    var commandName: String { "plan activate" }
    func change() throws -> PlanChange { .activate(on: try day.day()) }
}

struct PlanCompleteCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "complete", abstract: "Complete an active plan.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument
    @OptionGroup var day: DateOption

    var commandName: String { "plan complete" }
    func change() throws -> PlanChange { .complete(on: try day.day()) }
}

struct PlanRevokeCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke a draft or active plan, with the reason.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument
    @OptionGroup var day: DateOption

    @Option(help: "Why, in words.")
    var reason: String

    var commandName: String { "plan revoke" }
    func change() throws -> PlanChange { .revoke(on: try day.day(), reason: reason) }
}

struct PlanCheckCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List everything a draft plan still lacks before it can be activated (exit 1 if anything).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument
    @OptionGroup var day: DateOption

    func run() throws {
        try runReporting { language in
            let id = try target.id()
            let date = try day.day()
            let version = try database.write("plan check", language) { try $0.plan(id) }
            let problems = version.plan.activationProblems(on: date)
            guard problems.isEmpty else {
                throw CLIFailure.checkFailed(problems.map { $0.text(language) }.joined(separator: "\n"))
            }
            print(language == .danish ? "Plan \(id) kan aktiveres \(date)." : "Plan \(id) can be activated on \(date).")
        }
    }
}
