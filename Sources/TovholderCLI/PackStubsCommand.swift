// `tovholder pack stubs OUTDIR`: LuaLS `---@meta` type stubs of the host API, one file per module.
import ArgumentParser
import Core
import Foundation
import Scripting

struct PackStubsCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "stubs",
        abstract: "Write LuaLS type stubs (---@meta) of the host API, one file per module.",
        discussion: """
            Generated from the same registry that registers the host API into every pack's Lua state. \
            Point lua-language-server at the folder (workspace.library in .luarc.json). Prints the \
            paths it wrote.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The folder to write the stubs to; created if missing.", valueName: "outdir"))
    var folder: String

    func run() throws {
        try runReporting { language in
            for file in LuaStubGenerator.files() {
                print(
                    try writeGenerated(file.text, to: (folder as NSString).appendingPathComponent(file.name), language))
            }
        }
    }
}

/// Writes `text` to `path`, creating its folder if missing, and returns the path; a folder or
/// file that cannot be written is bad input naming it.
func writeGenerated(_ text: String, to path: String, _ language: Language) throws -> String {
    let folder = (path as NSString).deletingLastPathComponent
    var target = folder
    do {
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        target = path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
        throw CLIFailure.badInput(
            language == .danish ? "kan ikke skrive \(target): \(reason)" : "cannot write \(target): \(reason)")
    }
    return path
}
