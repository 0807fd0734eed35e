// `tovholder script`: running Lua scripts in the sandbox.
import ArgumentParser

struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Run Lua scripts in Tovholder's sandbox.",
        subcommands: [ScriptRunCommand.self]
    )
}
