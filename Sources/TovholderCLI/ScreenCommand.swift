// `tovholder screen`: screening flows (ASI, AUDIT, DUDIT, the basic psychiatric screening ...) in Lua.
import ArgumentParser
import Core

struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Run screening instruments on a case, interactively or from an answers file, and read the results.",
        subcommands: [
            ScreenListCommand.self, ScreenShowCommand.self, ScreenRunCommand.self, ScreenResumeCommand.self,
            ScreenResultCommand.self, ScreenHistoryCommand.self, ScreenRescoreCommand.self,
            ScreenSettingsCommand.self,
        ])
}

/// The screening response a command acts on, as its first argument.
struct ResponseArgument: ParsableArguments {
    @Argument(help: "The screening response's id.")
    var response: String

    func id() throws -> ScreeningResponseID { try parseID(response, as: ScreeningResponseID.self, field: "response") }
}
