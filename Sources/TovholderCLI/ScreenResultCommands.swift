// `tovholder screen result`, `screen history` and `screen rescore`: reading and rescoring stored responses.
import ArgumentParser
import Core
import Foundation
import Scripting
import Store

struct ScreenResultCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "result", abstract: "Show a screening's answers' result, and its rescorings.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var responseArgument: ResponseArgument

    func run() throws {
        try runReporting { language in
            let id = try responseArgument.id()
            let (response, rescorings) = try database.write("screen result", language) {
                (try $0.screeningResponse(id), try $0.rescorings(response: id))
            }
            // The flow's texts label the scores when the version is still installed; the stored
            // result stands on its own when it is not.
            let flow = try? database.packs.catalog.flow(response.flow.id, version: response.flow.version)
            try ScreeningPrinter(output: output, language: language).print(
                response, flow: flow?.definition, rescorings: rescorings)
        }
    }
}

struct ScreenRescoreCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescore",
        abstract: "Score a completed screening's answers under another flow version; the original stays as it was.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var responseArgument: ResponseArgument

    @Option(help: "The flow version to score under.")
    var version: String

    func run() throws {
        try runReporting { language in
            let id = try responseArgument.id()
            let version = try parseVersion(self.version)
            let (response, rescoring, flowDefinition) = try database.write("screen rescore", language) { transaction in
                let original = try transaction.screeningResponse(id)
                let flow = try database.packs.catalog.flow(original.flow.id, version: version)
                let rescoring = try ScreeningRecorder(transaction, language: language).rescore(id, under: flow)
                return (original, rescoring, flow.definition)
            }
            if output.json {
                try OutputOptions.printExactJSON(RescoringView(rescoring: rescoring, language: language))
                return
            }
            var lines = [ScreeningWords.originalUnder(response.flow.description).text(language) + ":"]
            let labels: (String) -> String = { flowDefinition.label($0, language) }
            if let result = response.result {
                lines += ResultText.lines(result, scores: flowDefinition.scores, labels: labels, language).map {
                    "  " + $0
                }
            }
            lines.append(ScreeningWords.rescoredUnder(rescoring.flow.description).text(language) + ":")
            lines += ResultText.lines(rescoring.result, scores: flowDefinition.scores, labels: labels, language).map {
                "  " + $0
            }
            print(lines.joined(separator: "\n"))
        }
    }
}

struct ScreenHistoryCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A case's screenings over time: each flow's scores side by side, oldest first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("case"), help: "The case.")
    var caseID: String

    @Option(help: "Only this flow.")
    var flow: String?

    func run() throws {
        try runReporting { language in
            let caseID = try parseID(self.caseID, as: CaseID.self, field: "case")
            let responses = try database.write("screen history", language) {
                try $0.screeningResponses(case: caseID, flow: flow)
            }
            if output.json {
                try OutputOptions.printExactJSON(
                    responses.map { ResponseView(response: $0, rescorings: nil, language: language) })
                return
            }
            guard !responses.isEmpty else {
                print(ScreeningWords.noScreenings.text(language))
                return
            }
            var lines: [String] = []
            var flowIDs: [String] = []
            for response in responses where !flowIDs.contains(response.flow.id) { flowIDs.append(response.flow.id) }
            for id in flowIDs {
                let ofFlow = responses.filter { $0.flow.id == id }
                let definition = try? database.packs.catalog.flow(id).definition
                lines += HistoryTable.lines(ofFlow, definition: definition, language)
                lines.append("")
            }
            print(lines.dropLast().joined(separator: "\n"))
        }
    }
}

/// One flow's responses as a table: a row per score, a column per response.
enum HistoryTable {
    static func lines(_ responses: [ScreeningResponse], definition: FlowDefinition?, _ language: Language) -> [String] {
        let title = definition?.title.text(language) ?? responses[0].flow.id
        var scoreIDs = definition?.scores.map(\.id) ?? []
        for response in responses {
            for score in response.result?.scores ?? [] where !scoreIDs.contains(score.id) { scoreIDs.append(score.id) }
        }
        let names = scoreIDs.map { id in definition?.scores.first { $0.id == id }?.text.text(language) ?? id }
        let decimals = scoreIDs.map { id in definition?.scores.first { $0.id == id }?.decimals }
        let width = max(names.map(\.count).max() ?? 0, 8)
        let columns = responses.map { "\($0.day) #\($0.id.map(String.init) ?? "?")" }
        let rows = scoreIDs.enumerated().map { index, id in
            responses.map { response -> String in
                guard let result = response.result else { return "…" }
                guard let value = result.score(id) else { return "–" }
                var cell = ResultText.format(value, decimals: decimals[index])
                if let band = result.bands[id] { cell += " " + (definition?.label(band, language) ?? band) }
                return cell
            }
        }
        let columnWidth = max((columns + rows.flatMap { $0 }).map(\.count).max() ?? 0, 10)
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        let header = pad("", width) + "  " + columns.map { pad($0, columnWidth) }.joined(separator: "  ")
        var lines = [title, header.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)]
        for (index, cells) in rows.enumerated() {
            let line = pad(names[index], width) + "  " + cells.map { pad($0, columnWidth) }.joined(separator: "  ")
            lines.append(line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        return lines
    }
}
