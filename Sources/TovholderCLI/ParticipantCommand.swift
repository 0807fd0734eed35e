// `tovholder participant` and `tovholder coordinator`: who takes part in a case, and who holds it together.
import ArgumentParser
import Core
import Store

struct ParticipantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant", abstract: "Add and list a case's participants.",
        subcommands: [ParticipantAddCommand.self, ParticipantListCommand.self])
}

struct ParticipantAddCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an actor to a case; prints the new id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var caseArgument: CaseArgument

    @Option(help: "The actor's id.")
    var actor: String

    @Option(help: "The actor's role in the case, in words.")
    var role: String?

    @Option(help: "From which day (YYYY-MM-DD); default today.")
    var from: String?

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let actorID = try parseID(actor, as: ActorID.self, field: "actor")
            let from = try parseDayOrToday(from, field: "from")
            let participant = try database.write("participant add", language) {
                try $0.addParticipant(case: caseID, actor: actorID, role: role, from: from)
            }
            try output.print(NewID(id: participant.id!.rawValue)) { String($0.id) }
        }
    }
}

struct ParticipantListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a case's participants.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var caseArgument: CaseArgument

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let participants = try database.write("participant list", language) {
                try $0.participants(case: caseID)
            }
            try output.print(participants) { participant in
                "\(participant.id?.rawValue ?? 0)\t\(participant.actor)\t\(participant.role ?? "")\t\(participant.period)"
            }
        }
    }
}

struct CoordinatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coordinator", abstract: "Set and show a case's coordinator (tovholder).",
        subcommands: [CoordinatorSetCommand.self, CoordinatorShowCommand.self])
}

struct CoordinatorSetCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Make an actor the case's coordinator; the previous one's assignment ends.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @OptionGroup var caseArgument: CaseArgument

    @Option(help: "The actor's id.")
    var actor: String

    @Option(help: "From which day (YYYY-MM-DD); default today.")
    var date: String?

    @Option(help: "Why the role moves, in words.")
    var reason: String?

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let actorID = try parseID(actor, as: ActorID.self, field: "actor")
            let day = try parseDayOrToday(date, field: "date")
            _ = try database.write("coordinator set", language) {
                try $0.setCoordinator(case: caseID, actor: actorID, on: day, reason: reason)
            }
            print(
                language == .danish
                    ? "Tovholder for sag \(caseID) fra \(day): aktør \(actorID)"
                    : "Coordinator of case \(caseID) from \(day): actor \(actorID)")
        }
    }
}

struct CoordinatorShowCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a case's coordinators, oldest first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var caseArgument: CaseArgument

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let history = try database.write("coordinator show", language) {
                try $0.coordinatorHistory(case: caseID)
            }
            try output.print(history.assignments) { assignment in
                "\(assignment.from)\t\(assignment.endedOn.map(String.init(describing:)) ?? "")\t\(assignment.actor)\t\(assignment.reason ?? "")"
            }
        }
    }
}
