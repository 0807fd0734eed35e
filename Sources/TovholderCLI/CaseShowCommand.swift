// `tovholder case show` and `case list`: a case in full, and lists of cases (guarantee breaches included).
import ArgumentParser
import Core
import Store

struct CaseShowCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a case (the read is audited).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var today: TodayOption

    @Argument(help: "The case's id.")
    var id: String

    func run() throws {
        try runReporting { language in
            let id = try parseID(id, as: CaseID.self, field: "case")
            let day = try today.day()
            let treatmentCase = try database.write("case show", language) { try $0.treatmentCase(id) }
            try output.print(CaseView(treatmentCase, today: day, language: language)) { $0.text(language) }
        }
    }
}

struct CaseListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cases, newest request first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var today: TodayOption

    @Option(help: "Only cases with this status: requested, in_treatment, aftercare, discharged.")
    var status: String?

    @Option(help: "Only this citizen's cases.")
    var citizen: String?

    @Flag(name: .customLong("guarantee-breached"), help: "Only cases where the 14-day treatment guarantee is breached.")
    var guaranteeBreached = false

    func run() throws {
        try runReporting { language in
            let status = try status.map { try parseChoice($0, as: CaseStatus.self, field: "status") }
            let citizen = try citizen.map { try parseID($0, as: CitizenID.self, field: "citizen") }
            let day = try today.day()
            let cases = try database.write("case list", language) { tx in
                try tx.cases(status: status, guaranteeBreachedOn: guaranteeBreached ? day : nil, citizen: citizen)
            }
            try output.print(cases) { summary in
                let status = CaseStatus(rawValue: summary.status)?.displayName(language) ?? summary.status
                return
                    "\(summary.id)\t\(summary.citizen)\t\(summary.basis)\t\(summary.municipality)\t\(summary.requested)\t\(status)"
            }
        }
    }
}
