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
