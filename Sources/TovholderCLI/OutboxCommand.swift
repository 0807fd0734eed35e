// `tovholder outbox`: messages to actors that consent allows, queued for the caseworker to send by hand.
import ArgumentParser
import Core
import Store

struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Prepared messages to actors, checked against consent; sent by hand, never over a network.",
        subcommands: [
            OutboxListCommand.self, OutboxShowCommand.self, OutboxAddCommand.self, OutboxMarkSentCommand.self,
            OutboxCancelCommand.self,
        ])
}

struct OutboxAddCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Prepare a message; prints the new id. Refused when the citizen has not consented to its content.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var day: DateOption

    @Option(name: .customLong("case"), help: "The case it concerns.")
    var caseID: String

    @Option(help: "The receiving actor's id.")
    var to: String

    @Option(help: "The subject.")
    var subject: String

    @Option(help: "The message text.")
    var body: String

    @Option(
        help: "What it contains, comma-separated: \(DataCategory.allCases.map(\.rawValue).joined(separator: ", ")).")
    var category: String

    @Option(help: "What for: treatment (and coordination) or other (e.g. authorities).")
    var purpose: String = ConsentPurpose.treatment.rawValue

    @Option(help: "A reference to an attached document, such as plan:4@3.")
    var document: String?

    func run() throws {
        try runReporting { language in
            let draft = OutboxDraft(
                caseID: try parseID(caseID, as: CaseID.self, field: "case"),
                recipient: try parseID(to, as: ActorID.self, field: "to"), subject: subject, body: body,
                document: document, categories: try parseOutboxCategories(category), purpose: try parsePurpose(purpose),
                day: try day.day())
            let message = try database.write("outbox add", language) { tx in
                switch try tx.queueMessage(draft) {
                case .queued(let message): return message
                // The refusal is bad input: the transaction rolls back and nothing is written.
                case .refused(let refusal): throw DomainError(field: "to", refusal)
                }
            }
            try output.print(NewID(id: message.id!.rawValue)) { String($0.id) }
        }
    }

    private func parseOutboxCategories(_ text: String) throws -> Set<DataCategory> {
        var categories = Set<DataCategory>()
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            categories.insert(try parseChoice(name, as: DataCategory.self, field: "category"))
        }
        return categories
    }
}

struct OutboxListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List outbox messages, oldest first (the listing is audited).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "pending (default), sent, cancelled or all.")
    var status: String = OutboxStatus.pending.rawValue

    @Option(name: .customLong("case"), help: "Only this case's messages.")
    var caseID: String?

    func run() throws {
        try runReporting { language in
            let status =
                status == "all" ? nil : try parseChoice(status, as: OutboxStatus.self, field: "status")
            let caseID = try caseID.map { try parseID($0, as: CaseID.self, field: "case") }
            let (messages, actors) = try database.write("outbox list", language) { tx in
                (try tx.outboxMessages(status: status, case: caseID), try tx.actors())
            }
            var names: [ActorID: String] = [:]
            for actor in actors { if let id = actor.id { names[id] = actor.name } }
            try output.print(messages) { OutboxView.line($0, recipientName: names[$0.recipient], language: language) }
        }
    }
}

struct OutboxShowCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a message in full, body included (the read is audited).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The message's id.")
    var id: String

    func run() throws {
        try runReporting { language in
            let id = try parseID(id, as: OutboxMessageID.self, field: "message")
            let view = try database.write("outbox show", language) { tx in
                let message = try tx.outboxMessage(id)
                let consents = message.consents.isEmpty ? [] : try tx.consents(case: message.caseID)
                return OutboxView(
                    message, recipient: try tx.actor(message.recipient), consents: consents, language: language)
            }
            try output.print(view) { $0.text(language) }
        }
    }
}

struct OutboxMarkSentCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark-sent", abstract: "Record that you sent a pending message through the municipality's channel."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var day: DateOption

    @Argument(help: "The message's id.")
    var id: String

    @Option(help: "How it was sent: e-boks, sikker mail, brev ...")
    var channel: String?

    func run() throws {
        try runReporting { language in
            let id = try parseID(id, as: OutboxMessageID.self, field: "message")
            let date = try day.day()
            let message = try database.write("outbox mark-sent", language) {
                try $0.markOutboxMessageSent(id, on: date, channel: channel)
            }
            try output.print(message) {
                OutboxWords.markedSent(id: id.description, day: date.description, channel: $0.channel).text(language)
            }
        }
    }
}

struct OutboxCancelCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a pending message that is not to be sent.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var day: DateOption

    @Argument(help: "The message's id.")
    var id: String

    @Option(help: "Why it is not to be sent.")
    var reason: String

    func run() throws {
        try runReporting { language in
            let id = try parseID(id, as: OutboxMessageID.self, field: "message")
            let date = try day.day()
            let message = try database.write("outbox cancel", language) {
                try $0.cancelOutboxMessage(id, on: date, reason: reason)
            }
            let done = OutboxWords.cancelledMessage(id: id.description, day: date.description).text(language)
            try output.print(message) { _ in done }
        }
    }
}
