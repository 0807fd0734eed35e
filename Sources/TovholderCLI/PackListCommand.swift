// `tovholder pack list`: every pack on the search path, where it is, what it overrides and whether it is usable.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the packs on the search path: version, layer, folder, overrides and status.",
        discussion: """
            A pack that cannot be used (its manifest, host API, dependencies, lock...) is listed with \
            its problems beside the others; 'pack doctor' checks more and sets the exit status.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReporting { language in
            let survey = try PackSurvey(searchPath: try packs.checkedSearchPath(language))
            let site = try packs.siteConfiguration()
            let rows = survey.members.map { PackListRow($0, in: survey, site: site) }
            try output.print(
                rows,
                describe: { rows in
                    Self.lines(rows, general: survey.generalProblems, language).joined(separator: "\n")
                })
        }
    }

    static func lines(_ rows: [PackListRow], general: [PackProblem], _ language: Language) -> [String] {
        guard !rows.isEmpty else { return [PackWords.noPacks.text(language)] }
        let layers = rows.map { PackWords.layer(PackLayer(named: $0.layer)).text(language) }
        let widths = (
            rows.map(\.name.count).max()!, rows.map { ($0.version ?? "?").count }.max()!,
            layers.map(\.count).max()!, rows.map(\.folder.count).max()!
        )
        var lines: [String] = []
        for (row, layer) in zip(rows, layers) {
            let status: String
            switch row.status {
            case .ok: status = PackWords.ok.text(language)
            case .replaced: status = PackWords.replacedBy(row.replacedBy ?? "?").text(language)
            case .error: status = PackWords.failed.text(language)
            }
            lines.append(
                [
                    pad(row.name, widths.0), pad(row.version ?? "?", widths.1), pad(layer, widths.2),
                    pad(row.folder, widths.3), status,
                ].joined(separator: "  "))
            for override in row.overrides {
                let kind = EntryKind(rawValue: override.kind) ?? .flows
                lines.append(
                    "    " + PackWords.overrides(kind: kind, id: override.id, pack: override.pack).text(language))
            }
            lines += row.problems.map { "    \($0)" }
        }
        if !general.isEmpty {
            lines.append(PackWords.searchPath.text(language) + ":")
            lines += general.map { "    \($0)" }
        }
        return lines
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
}

extension PackLayer {
    /// The layer `description` names (`built-in`, `site`, `municipality`).
    init(named name: String) {
        self = PackLayer.allCases.first { $0.description == name } ?? .municipality
    }
}
