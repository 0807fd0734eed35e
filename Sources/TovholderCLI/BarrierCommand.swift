// `tovholder barriers`: assessing a citizen's barriers to treatment benefit (housing, relations, community).
import ArgumentParser
import Core
import Store

struct BarrierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "barriers",
        abstract: "Assess and show social barriers to treatment (the national guideline's three groups).",
        subcommands: [BarrierAssessCommand.self, BarrierShowCommand.self])
}

struct BarrierAssessCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: "Record an assessment; prints its id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var caseArgument: CaseArgument
    @OptionGroup var day: DateOption

    @Option(
        help: ArgumentHelp(
            "ITEM=SEVERITY or ITEM=SEVERITY:note, repeatable. Items: \(BarrierItem.allCases.map(\.rawValue).joined(separator: ", ")); "
                + "severities: \(BarrierSeverity.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "rating"))
    var rate: [String] = []

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            var ratings: [BarrierItem: BarrierRating] = [:]
            for text in rate {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw DomainError(field: "rate", CLIProblem.unknownValue(text, allowed: ["ITEM=SEVERITY"]))
                }
                let item = try parseChoice(parts[0], as: BarrierItem.self, field: "rate")
                let valueParts = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
                let severity = try parseChoice(valueParts[0], as: BarrierSeverity.self, field: "rate")
                ratings[item] = BarrierRating(severity, note: valueParts.count > 1 ? valueParts[1] : "")
            }
            let date = try day.day()
            let assessment = try database.write("barriers assess", language) {
                try $0.assessBarriers(case: caseID, on: date, ratings: ratings)
            }
            try output.print(NewID(id: assessment.id!.rawValue)) { String($0.id) }
        }
    }
}

struct BarrierShowCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a case's assessments, oldest first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var caseArgument: CaseArgument

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let assessments = try database.write("barriers show", language) {
                try $0.barrierAssessments(case: caseID)
            }
            try output.print(assessments) { assessment in
                (["\(assessment.day) (\(assessment.assessedBy))"] + assessment.summary(language).map { "  " + $0 })
                    .joined(separator: "\n")
            }
        }
    }
}
