// `tovholder case start|aftercare|relapse|discharge|transfer|other-offer`: a case's course, one step per command.
import ArgumentParser
import Core
import Store

/// The options every step takes: the case, the day, and where to write.
struct CaseStepOptions: ParsableArguments {
    @Argument(help: "The case's id.")
    var id: String

    @Option(help: "The day it happened (YYYY-MM-DD); default today.")
    var date: String?
}

/// One step in a case's course: parse, apply the rule in Core, store, audit, print the new status.
protocol CaseStepCommand: TovholderCommand {
    var database: DatabaseOptions { get }
    var step: CaseStepOptions { get }
    var commandName: String { get }
    func apply(to treatmentCase: inout TreatmentCase, on day: Day) throws -> String
}

extension CaseStepCommand {
    func run() throws {
        try runReporting { language in
            let id = try parseID(step.id, as: CaseID.self, field: "case")
            let day = try parseDayOrToday(step.date, field: "date")
            let action = String(commandName.dropFirst("case ".count))
            let changed = try database.write(commandName, language) { tx in
                try tx.changeCase(id, action: action) { try apply(to: &$0, on: day) }
            }
            print("\(changed.id!.rawValue)\t\(changed.status.displayName(language))")
        }
    }
}

struct CaseStartCommand: CaseStepCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Record the start of treatment.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var step: CaseStepOptions
    var commandName: String { "case start" }

    func apply(to treatmentCase: inout TreatmentCase, on day: Day) throws -> String {
        try treatmentCase.start(on: day)
        return "treatment started \(day)"
    }
}

struct CaseAftercareCommand: CaseStepCommand {
    static let configuration = CommandConfiguration(commandName: "aftercare", abstract: "Move the case to aftercare.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var step: CaseStepOptions
    var commandName: String { "case aftercare" }

    func apply(to treatmentCase: inout TreatmentCase, on day: Day) throws -> String {
        try treatmentCase.beginAftercare(on: day)
        return "aftercare from \(day)"
    }
}

struct CaseRelapseCommand: CaseStepCommand {
    static let configuration = CommandConfiguration(
        commandName: "relapse", abstract: "Record a relapse: back from aftercare to treatment, in the same case.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var step: CaseStepOptions
    var commandName: String { "case relapse" }

    func apply(to treatmentCase: inout TreatmentCase, on day: Day) throws -> String {
        try treatmentCase.relapse(on: day)
        return "relapse \(day): back in treatment"
    }
}

struct CaseDischargeCommand: CaseStepCommand {
    static let configuration = CommandConfiguration(
        commandName: "discharge", abstract: "Discharge the citizen, with the reason and the aftercare advice given.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var step: CaseStepOptions

    @Option(help: "The reason: \(DischargeReason.allCases.map(\.rawValue).joined(separator: ", ")).")
    var reason: String

    @Option(help: "Where the citizen was advised to find support later (associations, aftercare, other offers).")
    var advice: String?

    @Option(help: "A note on the discharge.")
    var note: String?

    var commandName: String { "case discharge" }

    func apply(to treatmentCase: inout TreatmentCase, on day: Day) throws -> String {
        let reason = try parseChoice(reason, as: DischargeReason.self, field: "reason")
        try treatmentCase.discharge(on: day, reason: reason, note: note, advice: advice)
        return "discharged \(day): \(reason.rawValue)"
    }
}

struct CaseTransferCommand: CaseStepCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Move the case to another acting municipality, keeping its history.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var step: CaseStepOptions

    @Option(help: "The new acting municipality's 4-digit code.")
    var to: String

    var commandName: String { "case transfer" }

    func apply(to treatmentCase: inout TreatmentCase, on day: Day) throws -> String {
        let destination = try MunicipalityCode(to, field: "to")
        let origin = treatmentCase.municipality
        try treatmentCase.transfer(to: destination, on: day)
        return "transferred \(day) from \(origin) to \(destination)"
    }
}

struct CaseOtherOfferCommand: CaseStepCommand {
    static let configuration = CommandConfiguration(
        commandName: "other-offer",
        abstract: "Record that the citizen chose another offer (sets the 14-day deadline aside).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var step: CaseStepOptions

    @Option(help: "Why, in the caseworker's words.")
    var reason: String

    var commandName: String { "case other-offer" }

    func apply(to treatmentCase: inout TreatmentCase, on day: Day) throws -> String {
        try treatmentCase.recordOtherOfferChoice(reason: reason, on: day)
        return "citizen chose another offer \(day)"
    }
}
