// `tovholder screen run` and `screen resume`: answering a flow from a file or in the terminal.
import ArgumentParser
import Core
import Foundation
import Scripting
import Store

struct ScreenRunCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Screen a case: ask the flow's items in the terminal, or take them from --answers FILE.json.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var date: DateOption

    @Argument(help: "The flow's id (see screen list).")
    var flow: String

    @Option(name: .customLong("case"), help: "The case the screening belongs to.")
    var caseID: String

    @Option(help: ArgumentHelp("A JSON object from item id to answer; no questions are asked.", valueName: "file"))
    var answers: String?

    @Option(help: "The flow's version; default the newest.")
    var version: String?

    func run() throws {
        try runReporting { language in
            let caseID = try parseID(self.caseID, as: CaseID.self, field: "case")
            let day = try date.day()
            let loaded = try database.packs.catalog.flow(flow, version: try version.map(parseVersion))
            let session = ScreeningSession(
                database: database, output: output, language: language, command: "screen run")
            if let answers {
                let checked = try loaded.check(try AnswersFile.read(answers, language))
                try session.complete(loaded, case: caseID, day: day, answers: checked, existing: nil)
            } else {
                try session.interact(loaded, case: caseID, day: day, existing: nil)
            }
        }
    }
}

struct ScreenResumeCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Continue a screening saved part-way, in the terminal or from --answers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var responseArgument: ResponseArgument

    @Option(help: ArgumentHelp("Answers to add (a JSON object); then the screening is completed.", valueName: "file"))
    var answers: String?

    func run() throws {
        try runReporting { language in
            let id = try responseArgument.id()
            let response = try database.write("screen resume", language) { try $0.screeningResponse(id) }
            guard response.status == .inProgress else {
                throw DomainError(field: "response", ScreeningProblem.completed)
            }
            let loaded = try database.packs.catalog.flow(response.flow.id, version: response.flow.version)
            let session = ScreeningSession(
                database: database, output: output, language: language, command: "screen resume")
            if let answers {
                var merged = response.answers
                merged.merge(try loaded.check(try AnswersFile.read(answers, language))) { $1 }
                try session.complete(
                    loaded, case: response.caseID, day: response.day, answers: merged, existing: response)
            } else {
                try session.interact(loaded, case: response.caseID, day: response.day, existing: response)
            }
        }
    }
}

/// What `run` and `resume` share: completing in one transaction, or asking in the terminal and
/// then storing the outcome in one transaction.
struct ScreeningSession {
    let database: DatabaseOptions
    let output: OutputOptions
    let language: Language
    let command: String

    func complete(
        _ flow: LoadedFlow, case caseID: CaseID, day: Day, answers: [String: Answer], existing: ScreeningResponse?
    ) throws {
        let response = try database.write(command, language) { transaction in
            try ScreeningRecorder(transaction, language: language).complete(
                flow, case: caseID, day: day, answers: answers, existing: existing)
        }
        try ScreeningPrinter(output: output, language: language).print(response, flow: flow.definition)
    }

    func interact(_ flow: LoadedFlow, case caseID: CaseID, day: Day, existing: ScreeningResponse?) throws {
        let store = try database.open(language)
        let context = try store.write(database.context(command)) { transaction in
            try ScreeningRecorder(transaction, language: language).context(
                case: caseID, flow: flow.definition, day: day, excluding: existing?.id)
        }
        // With --json the prompts go to standard error, so standard output stays one JSON value.
        let json = output.json
        let interview = InteractiveScreening(
            flow: flow, context: context, answers: existing?.answers ?? [:], language: language
        ) { text in
            let handle = json ? FileHandle.standardError : FileHandle.standardOutput
            handle.write(Data(text.utf8))
        }
        switch try interview.run(startingAt: existing?.resumeAt) {
        case .completed(let answers):
            try complete(flow, case: caseID, day: day, answers: answers, existing: existing)
        case .saved(let answers, let resumeAt):
            let response = try store.write(database.context(command)) { transaction in
                try ScreeningRecorder(transaction, language: language).save(
                    flow, case: caseID, day: day, answers: answers, resumeAt: resumeAt, existing: existing)
            }
            if output.json {
                try OutputOptions.printExactJSON(ResponseView(response: response, rescorings: nil, language: language))
            } else {
                print("")
                print(ScreeningWords.saved(id: response.id.map(String.init) ?? "?").text(language))
            }
        }
    }
}

/// Prints a response for people or as JSON.
struct ScreeningPrinter {
    let output: OutputOptions
    let language: Language

    func print(_ response: ScreeningResponse, flow: FlowDefinition?, rescorings: [Rescoring]? = nil) throws {
        if output.json {
            try OutputOptions.printExactJSON(
                ResponseView(response: response, rescorings: rescorings, language: language))
            return
        }
        let id = response.id.map(String.init) ?? "?"
        var lines = [
            ScreeningWords.responseHeader(
                id: id, title: flow?.title.text(language) ?? response.flow.id, flow: response.flow.description,
                caseID: response.caseID.description, day: response.day.description
            ).text(language)
        ]
        guard let result = response.result else {
            lines.append(ScreeningWords.inProgress(id: id, at: response.resumeAt ?? "-").text(language))
            Swift.print(lines.joined(separator: "\n"))
            return
        }
        let scores = flow?.scores ?? result.scores.map { ScoreDefinition(id: $0.id, text: FlowText(danish: $0.id)) }
        let labels: (String) -> String = { flow?.label($0, language) ?? $0 }
        lines += ResultText.lines(result, scores: scores, labels: labels, language)
        for rescoring in rescorings ?? [] {
            lines.append("")
            lines.append(ScreeningWords.rescoredUnder(rescoring.flow.description).text(language) + ":")
            lines += ResultText.lines(rescoring.result, scores: scores, labels: labels, language).map { "  " + $0 }
        }
        Swift.print(lines.joined(separator: "\n"))
    }
}
