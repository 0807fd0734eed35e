// `tovholder pack validate DIR`: every problem in a pack, each as `file[:line]: field: message`.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackValidateCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Check a pack before shipping it: manifest, lock, resolution, every Lua file, every flow (exit 1 if any problem).",
        discussion: """
            Every problem is printed as FILE[:LINE]: [FIELD: ]MESSAGE, then a summary line. Flows \
            are loaded and their definitions checked; workflow files are run and their rules registered; reports are compiled.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var pack: PackFolderArgument

    func run() throws {
        try runReporting { language in
            let folder = try pack.folder(language)
            let validation = try PackValidation(folder: folder, searchPath: try packs.checkedSearchPath(language))
            if !validation.problems.isEmpty {
                print(validation.problems.map(\.description).joined(separator: "\n"))
            }
            let label = validation.manifest?.label ?? folder
            guard validation.problems.isEmpty else {
                throw CLIFailure.checkFailed(
                    PackWords.invalid(
                        label, problems: validation.problems.count, lua: validation.compiled, flows: validation.flows
                    ).text(language))
            }
            print(
                PackWords.validated(label, lua: validation.compiled, flows: validation.flows, rules: validation.rules)
                    .text(language))
        }
    }
}
