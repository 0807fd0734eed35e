// `tovholder case flags ID` and `case flag ID NAME`: the marks on a case that workflow rules set and read.
import ArgumentParser
import Core
import Foundation
import Lua
import Store

struct CaseFlagsCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags", abstract: "Show a case's flags, with who set them (a caseworker or a workflow rule).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The case's id.")
    var id: String

    func run() throws {
        try runReporting { language in
            let caseID = try parseID(id, as: CaseID.self, field: "case")
            let flags = try database.write("case flags", language) { try $0.readCaseFlags(caseID) }
            try output.print(flags) { "\($0.name)\t\($0.value)\t\($0.setAt.prefix(10))\t\($0.setBy)" }
        }
    }
}

struct CaseFlagCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag",
        abstract: "Set or clear a flag on a case (e.g. mental_illness, which the shipped rules read).",
        discussion: "The value is JSON: true (default), a number, or a string in quotes. --clear removes the flag.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The case's id.")
    var id: String

    @Argument(help: "The flag's name: a lower-case letter, then a-z, 0-9 and _.")
    var name: String

    @Option(help: "The value as JSON: true, false, a number or a \"string\"; default true.")
    var value: String = "true"

    @Flag(help: "Remove the flag.")
    var clear = false

    func run() throws {
        try runReporting { language in
            let caseID = try parseID(id, as: CaseID.self, field: "case")
            var json: String?
            if !clear {
                switch try? LuaValue(jsonText: value) {
                case .boolean?, .integer?, .number?, .string?: json = try LuaValue(jsonText: value).jsonText()
                default:
                    throw DomainError(field: "value", CaseFlagProblem.invalidValue(value))
                }
            }
            try database.write("case flag", language) { transaction in
                try transaction.setCaseFlag(caseID, name: name, value: json, by: transaction.context.user)
            }
        }
    }
}
