// `tovholder screen list` and `screen show FLOW`: the flows on the pack path, and one flow in full.
import ArgumentParser
import Core
import Scripting

struct ScreenListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the screening flows the packs provide.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var output: OutputOptions

    struct Row: Encodable {
        let id: String
        let version: String
        let title: String
        let pack: String?
        let packVersion: String?
        let items: Int
        let scores: [String]
    }

    func run() throws {
        try runReporting { language in
            let rows = try packs.catalog.all().map { flow in
                Row(
                    id: flow.definition.id, version: flow.definition.version.description,
                    title: flow.definition.title.text(language), pack: flow.file.pack?.name,
                    packVersion: flow.file.pack?.version.description, items: flow.definition.answerIDs.count,
                    scores: flow.definition.scores.map(\.id))
            }
            try output.print(rows) { row in
                let id = row.id.padding(toLength: 16, withPad: " ", startingAt: 0)
                let version = row.version.padding(toLength: 8, withPad: " ", startingAt: 0)
                return "\(id)\(version)\(row.title)  [\(row.pack ?? "-") \(row.packVersion ?? "")]"
            }
        }
    }
}

struct ScreenShowCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a flow: its policies, settings, scores and items with their rules.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions

    @Argument(help: "The flow's id (see screen list).")
    var flow: String

    @Option(help: "The flow's version; default the newest.")
    var version: String?

    func run() throws {
        try runReporting { language in
            let loaded = try packs.catalog.flow(flow, version: try version.map(parseVersion))
            print(FlowDescription.lines(loaded, language).joined(separator: "\n"))
        }
    }
}

/// Parses `--version V`.
func parseVersion(_ text: String) throws -> SemanticVersion {
    guard let version = SemanticVersion(text) else {
        throw DomainError(field: "version", CLIProblem.unknownValue(text, allowed: ["MAJOR.MINOR.PATCH"]))
    }
    return version
}
