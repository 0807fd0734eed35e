// `tovholder actor`: the persons and organisations around citizens.
import ArgumentParser
import Core
import Store

struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor", abstract: "Add and list actors (GP, psychiatry, job centre, relatives ...).",
        subcommands: [ActorAddCommand.self, ActorListCommand.self])
}

struct ActorAddCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an actor; prints the new id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The person's or organisation's name.")
    var name: String

    @Option(help: "The kind: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @Flag(help: "The actor is an organisation rather than a person.")
    var organisation = false

    @Option(name: .customLong("works-at"), help: "For a person: the organisation they work at.")
    var worksAt: String?

    @Option(help: "Whether the actor is a necessary participant (yes) or called as needed (no); default by kind.")
    var necessary: String?

    func run() throws {
        try runReporting { language in
            let kind = try parseChoice(kind, as: ActorKind.self, field: "kind")
            let isNecessary = try necessary.map { text -> Bool in
                switch text.lowercased() {
                case "yes", "ja", "true": return true
                case "no", "nej", "false": return false
                default: throw DomainError(field: "necessary", CLIProblem.unknownValue(text, allowed: ["yes", "no"]))
                }
            }
            let actor = try Actor(
                name: name, kind: kind, form: organisation ? .organisation : .person, organisation: worksAt,
                isNecessary: isNecessary)
            let stored = try database.write("actor add", language) { try $0.addActor(actor) }
            try output.print(NewID(id: stored.id!.rawValue)) { String($0.id) }
        }
    }
}

struct ActorListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List actors.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReporting { language in
            let actors = try database.write("actor list", language) { try $0.actors() }
            try output.print(actors) { actor in
                let necessity =
                    actor.isNecessary
                    ? (language == .danish ? "nødvendig" : "necessary")
                    : (language == .danish ? "efter behov" : "as needed")
                return "\(actor.id?.rawValue ?? 0)\t\(actor.name)\t\(actor.kind.displayName(language))\t\(necessity)"
            }
        }
    }
}
