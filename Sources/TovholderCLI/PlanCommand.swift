// `tovholder plan`: treatment plans, handleplans and coordinated plans (KIP), every change a new version.
import ArgumentParser
import Core
import Store

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make and follow plans: behandlingsplan, handleplan and KIP. Every change is a new version.",
        subcommands: [
            PlanNewCommand.self, PlanSetCommand.self, PlanGoalCommand.self, PlanInterventionCommand.self,
            PlanFollowUpCommand.self, PlanMeetingCommand.self, PlanExternalCommand.self, PlanCoordinatorCommand.self,
            PlanConsentCommand.self,
            PlanCheckCommand.self, PlanActivateCommand.self, PlanCompleteCommand.self, PlanRevokeCommand.self,
            PlanShowCommand.self,
            PlanListCommand.self, PlanHistoryCommand.self, PlanDiffCommand.self,
        ])
}

struct PlanNewCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a draft plan on a case; prints the plan's id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var caseArgument: CaseArgument

    @Option(help: "The kind: kip, behandlingsplan or handleplan.")
    var kind: String

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let kind = try parseChoice(kind, as: PlanKind.self, field: "kind")
            let version = try database.write("plan new", language) {
                try $0.createPlan(case: caseID, kind: kind)
            }
            try output.print(NewID(id: version.plan.id.rawValue)) { String($0.id) }
        }
    }
}

/// A command that makes one change to a plan: the new version's number and summary are printed.
protocol PlanChangeCommand: TovholderCommand {
    var database: DatabaseOptions { get }
    var target: PlanArgument { get }
    var commandName: String { get }
    func change() throws -> PlanChange
}

extension PlanChangeCommand {
    func run() throws {
        try runReporting { language in
            let id = try target.id()
            let change = try change()
            let version = try database.open(language).write(database.context(commandName)) {
                try $0.changePlan(id, change)
            }
            print("\(id)\tversion \(version.number)\t\(version.summary.text(language))")
        }
    }
}

/// Reads `yes`/`no` style answers for flags given as values.
func parseYesNo(_ text: String, field: String) throws -> Bool {
    switch text.lowercased() {
    case "yes", "ja", "true": return true
    case "no", "nej", "false": return false
    default: throw DomainError(field: field, CLIProblem.unknownValue(text, allowed: ["yes", "no"]))
    }
}
