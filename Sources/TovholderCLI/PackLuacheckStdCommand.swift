// `tovholder pack luacheck-std [--out FILE]`: a luacheck standard of the host API's globals.
import ArgumentParser
import Foundation
import Scripting

struct PackLuacheckStdCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "luacheck-std",
        abstract: "Print (or write) a luacheck standard for the host API's globals.",
        discussion: """
            A Lua file returning the standard: every module a read-only global with exactly its \
            fields. Save it as tovholder_std.lua beside .luacheckrc and use it there with \
            stds.tovholder = require("tovholder_std") and std = "lua54+tovholder".
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
        try runReporting { language in
            let text = LuacheckStdGenerator.text()
            guard let out else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            print(try writeGenerated(text, to: out, language))
        }
    }
}
