// `tovholder case open`: a citizen's request for treatment becomes a case.
import ArgumentParser
import Core
import Store

struct CaseOpenCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a case on a citizen's request; prints the new id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The citizen's id.")
    var citizen: String

    @Option(help: "The legal basis: sel101, sel101a, sul141 or sul142.")
    var basis: String

    @Option(help: "The day of the citizen's first personal request (YYYY-MM-DD).")
    var requested: String

    @Option(help: "The acting municipality's 4-digit code; default the one set by 'init --municipality'.")
    var municipality: String?

    func run() throws {
        try runReporting { language in
            let citizenID = try parseID(citizen, as: CitizenID.self, field: "citizen")
            let basis = try parseChoice(basis, as: LegalBasis.self, field: "basis")
            let requested = try parseDay(requested, field: "requested")
            let given = try municipality.map { try MunicipalityCode($0) }
            let opened = try database.write("case open", language) { tx in
                guard let municipality = try given ?? tx.defaultMunicipality() else {
                    throw DomainError(field: "municipality", CLIProblem.missingMunicipality)
                }
                return try tx.openCase(
                    citizen: citizenID, basis: basis, municipality: municipality, requested: requested)
            }
            try output.print(NewID(id: opened.id!.rawValue)) { String($0.id) }
        }
    }
}
