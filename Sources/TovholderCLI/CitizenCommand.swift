// `tovholder citizen`: adding, showing and listing citizens.
import ArgumentParser
import Core
import Foundation
import Store

struct CitizenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citizen", abstract: "Add, show and list citizens.",
        subcommands: [
            CitizenAddCommand.self, CitizenShowCommand.self, CitizenListCommand.self, CitizenNetworkCommand.self,
        ])
}

struct CitizenAddCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a citizen by CPR number, or an anonymous one (§ 101 a); prints the new id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The CPR number, DDMMYY-SSSS or 10 digits.")
    var cpr: String?

    @Flag(help: "An anonymous citizen (§ 101 a): no CPR number, a pseudonym instead.")
    var anonymous = false

    @Option(help: "The name (for an anonymous citizen: what they want to be called).")
    var name: String

    @Option(help: "The pseudonym of an anonymous citizen; made up when not given.")
    var pseudonym: String?

    @Option(name: .customLong("birth-year"), help: "An anonymous citizen's year of birth, if told.")
    var birthYear: Int?

    @Option(help: "An anonymous citizen's sex, if told: female or male.")
    var sex: String?

    func run() throws {
        try runReporting { language in
            let citizen = try makeCitizen()
            let stored = try database.write("citizen add", language) { try $0.addCitizen(citizen) }
            try output.print(NewID(id: stored.id!.rawValue)) { String($0.id) }
        }
    }

    private func makeCitizen() throws -> Citizen {
        let sex = try sex.map { text in
            guard let sex = Sex(rawValue: text) else {
                throw DomainError(field: "sex", CLIProblem.unknownValue(text, allowed: Sex.allCases.map(\.rawValue)))
            }
            return sex
        }
        if anonymous {
            if cpr != nil { throw DomainError(field: "cpr", CitizenProblem.anonymousWithCPR) }
            return try Citizen(name: name, pseudonym: pseudonym ?? Self.makePseudonym(), birthYear: birthYear, sex: sex)
        }
        guard let cpr else { throw DomainError(field: "cpr", CitizenProblem.missingIdentity) }
        return try Citizen(name: name, cpr: try CPRNumber(cpr), birthYear: birthYear, sex: sex)
    }

    /// `ANON-` and six letters and digits that are hard to confuse.
    static func makePseudonym() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return "ANON-" + String((0..<6).map { _ in alphabet.randomElement()! })
    }
}

struct CitizenShowCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a citizen (the read is audited).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The citizen's id.")
    var id: String

    func run() throws {
        try runReporting { language in
            let id = try parseID(id, as: CitizenID.self, field: "citizen")
            let citizen = try database.write("citizen show", language) { try $0.citizen(id) }
            try output.print(CitizenView(citizen, fullCPR: true)) { $0.text(language) }
        }
    }
}

struct CitizenListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List citizens (the listing is audited).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReporting { language in
            let citizens = try database.write("citizen list", language) { try $0.citizens() }
            try output.print(citizens.map { CitizenView($0) }) { $0.line }
        }
    }
}

/// A new entity's id, as `--json` prints it: `{"id": 12}`.
struct NewID: Encodable {
    let id: Int64
}
