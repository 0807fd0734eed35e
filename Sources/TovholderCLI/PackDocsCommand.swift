// `tovholder pack docs OUTDIR`: the Lua API reference in Markdown, written as OUTDIR/LuaAPI.md.
import ArgumentParser
import Foundation
import Scripting

struct PackDocsCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Write the Lua API reference (LuaAPI.md): every module and function, its capability and version.",
        discussion: """
            Generated from the same registry that registers the host API into every pack's Lua state. \
            The repository keeps it in Docs: 'tovholder pack docs Docs'. Prints the path it wrote.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The folder to write LuaAPI.md to; created if missing.", valueName: "outdir"))
    var folder: String

    func run() throws {
        try runReporting { language in
            let path = (folder as NSString).appendingPathComponent(LuaAPIReferenceGenerator.fileName)
            print(try writeGenerated(LuaAPIReferenceGenerator.text(), to: path, language))
        }
    }
}
