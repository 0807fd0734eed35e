// `tovholder report list|run`: the report formats on the search path, and running one into a file.
import ArgumentParser
import Core
import Foundation
import Reports
import Scripting

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "List the reports, and run one to HTML, Markdown, CSV or JSON.",
        subcommands: [ReportListCommand.self, ReportRunCommand.self])
}

struct ReportListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the reports on the search path.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReporting { language in
            let catalog = ReportCatalog(searchPath: try packs.checkedSearchPath(language))
            let rows = try catalog.all().map { report in
                ReportRow(
                    id: report.definition.id, title: report.definition.title(language),
                    formats: report.definition.formats.map(\.rawValue),
                    parameters: report.definition.parameters.keys.map(\.rawValue).sorted(),
                    pack: report.file.pack.map { "\($0.name) \($0.version)" } ?? "")
            }
            try output.print(rows) { row in
                "\(row.id)\t\(row.title)\t\(row.formats.joined(separator: ","))\t[\(row.pack)]"
            }
        }
    }
}

/// One report as `report list` shows it.
struct ReportRow: Encodable {
    let id: String
    let title: String
    let formats: [String]
    let parameters: [String]
    let pack: String
}

struct ReportRunCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a report; write it to --out or print it.",
        discussion: """
            HTML is one self-contained file (print it from a browser); CSV writes one file per table into the
            folder --out names (semicolons, decimal comma, UTF-8 with BOM; --csv international for the other form).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The report's id (see report list).")
    var name: String

    @Option(name: .customLong("case"), help: "The case, for a report about one case.")
    var caseID: String?

    @Option(help: "The first day of the period (YYYY-MM-DD).")
    var from: String?

    @Option(help: "The last day of the period (YYYY-MM-DD).")
    var to: String?

    @Option(
        name: .customLong("for"), help: "The recipient actor: leaves out what the citizen has not consented to share.")
    var recipient: String?

    @Option(help: "Only the cases of this municipality (its code, e.g. 0751), for a report that takes it.")
    var municipality: String?

    @Option(help: "html, md, csv or json; default html.")
    var format: String = "html"

    @Option(help: "danish (default) or international: how CSV files are written.")
    var csv: String = "danish"

    @Option(help: "The file to write (a folder for csv); default: print to standard output.")
    var out: String?

    @OptionGroup var today: TodayOption

    func run() throws {
        try runReporting { language in
            guard let format = ReportFormat(rawValue: format == "markdown" ? "md" : format) else {
                throw CLIFailure.badInput(
                    DomainError(field: "format", ReportWords.unknownFormat(format)).text(language))
            }
            guard let style = CSVStyle(rawValue: csv) else {
                throw CLIFailure.badInput(DomainError(field: "csv", ReportWords.unknownCSVStyle(csv)).text(language))
            }
            let parameters = ReportParameters(
                from: try from.map { try parseDay($0, field: "from") },
                to: try to.map { try parseDay($0, field: "to") },
                caseID: try caseID.map { try parseID($0, as: CaseID.self, field: "case") },
                recipient: try recipient.map { try parseID($0, as: ActorID.self, field: "for") },
                municipality: try municipality.map { try MunicipalityCode($0, field: "municipality") },
                today: try today.day(),
                pseudonymKey: try database.packs.siteConfiguration().pseudonymKey)
            let report = try ReportCatalog(searchPath: try database.packs.checkedSearchPath(language)).report(name)
            try check(report, parameters, format: format)
            let bar = ReportProgressBar(report: report.definition.id, language: language)
            defer { bar?.finish() }
            let document = try database.write("report run", language) { transaction in
                try report.build(parameters, language: language, in: transaction, progress: bar.map { $0.handle })
            }
            bar?.finish()
            let files = try document.rendered(as: format, csv: style)
            try write(files, format: format, language: language)
        }
    }

    private func check(_ report: LoadedReport, _ parameters: ReportParameters, format: ReportFormat) throws {
        let id = report.definition.id
        guard report.definition.formats.contains(format) else {
            throw DomainError(
                field: "format",
                ReportProblem.formatNotSupported(
                    report: id, format: format.rawValue, supported: report.definition.formats.map(\.rawValue)))
        }
        if report.definition.parameters[.case] == true, parameters.caseID == nil {
            throw DomainError(field: "case", ReportProblem.parameterRequired(report: id, option: "--case"))
        }
        if report.definition.parameters[.period] == true, parameters.from == nil || parameters.to == nil {
            throw DomainError(field: "from", ReportProblem.parameterRequired(report: id, option: "--from/--to"))
        }
        if report.definition.parameters[.recipient] == true, parameters.recipient == nil {
            throw DomainError(field: "for", ReportProblem.parameterRequired(report: id, option: "--for"))
        }
        // A filter the report would not apply is refused, not ignored.
        if parameters.municipality != nil, report.definition.parameters[.municipality] == nil {
            throw DomainError(
                field: "municipality", ReportProblem.parameterNotTaken(report: id, option: "--municipality"))
        }
    }

    private func write(_ files: [RenderedFile], format: ReportFormat, language: Language) throws {
        guard let out else {
            for file in files { FileHandle.standardOutput.write(Data(file.contents)) }
            return
        }
        if format == .csv {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for file in files {
                let path = (out as NSString).appendingPathComponent(file.name)
                try Data(file.contents).write(to: URL(fileURLWithPath: path), options: .atomic)
                print(path)
            }
        } else if let file = files.first {
            try Data(file.contents).write(to: URL(fileURLWithPath: out), options: .atomic)
            print(out)
        }
    }
}
