// `tovholder citizen network add`: relatives and other network persons, and which of them are parents.
import ArgumentParser
import Core
import Store

struct CitizenNetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network", abstract: "Relatives and other network persons of a citizen.",
        subcommands: [CitizenNetworkAddCommand.self])
}

struct CitizenNetworkAddCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a network person; link a parent to a relative actor so consent knows a minor's parents.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The citizen's id.")
    var citizen: String

    @Option(help: "The person's name.")
    var name: String

    @Option(help: "The relation: \(NetworkRelation.allCases.map(\.rawValue).joined(separator: ", ")).")
    var relation: String

    @Option(help: "Whether the person is the citizen's parent (custody holder): yes or no; default by relation.")
    var parent: String?

    @Option(help: "The actor (of kind relative) that stands for this person, for consent.")
    var actor: String?

    @Option(help: "How to reach them, in words.")
    var note: String?

    func run() throws {
        try runReporting { language in
            let citizenID = try parseID(citizen, as: CitizenID.self, field: "citizen")
            let person = try NetworkPerson(
                name: name, relation: try parseChoice(relation, as: NetworkRelation.self, field: "relation"),
                isParent: try parent.map { try parseYesNo($0, field: "parent") }, contactNote: note,
                actor: try actor.map { try parseID($0, as: ActorID.self, field: "actor") })
            let updated = try database.write("citizen network add", language) {
                try $0.addNetworkPerson(person, to: citizenID)
            }
            print(
                language == .danish
                    ? "\(person.name) tilføjet til borger \(citizenID)'s netværk (\(updated.network.count) i alt)."
                    : "\(person.name) added to citizen \(citizenID)'s network (\(updated.network.count) in all).")
        }
    }
}
