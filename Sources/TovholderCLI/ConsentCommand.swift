// `tovholder consent`: the citizen's consent, scoped to who, what for, which data and when; and the check.
import ArgumentParser
import Core
import Store

struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Grant, revoke, list and check the citizen's consent.",
        subcommands: [
            ConsentGrantCommand.self, ConsentRevokeCommand.self, ConsentListCommand.self, ConsentCheckCommand.self,
        ])
}

struct ConsentGrantCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant", abstract: "Record a consent; prints the new id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var caseArgument: CaseArgument

    @Option(help: "Who may receive: an actor's id, or a kind of actor (gp, outpatient_psychiatry ...).")
    var to: String

    @Option(help: "What for: treatment (and coordination) or other (e.g. authorities).")
    var purpose: String = ConsentPurpose.treatment.rawValue

    @Option(
        help: "Which data, comma-separated: \(DataCategory.allCases.map(\.rawValue).joined(separator: ", ")), or all.")
    var categories: String

    @Option(help: "Valid from (YYYY-MM-DD); default today.")
    var from: String?

    @Option(help: "Valid until (YYYY-MM-DD), included; default until revoked.")
    var until: String?

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            guard let recipient = ConsentRecipient(to) else {
                throw DomainError(
                    field: "to",
                    CLIProblem.unknownValue(to, allowed: ["<actor id>"] + ActorKind.allCases.map(\.rawValue)))
            }
            let purpose = try parsePurpose(purpose)
            let categories = try parseCategories(categories)
            let from = try parseDayOrToday(from, field: "from")
            let until = try until.map { try parseDay($0, field: "until") }
            let consent = try database.write("consent grant", language) {
                try $0.grantConsent(
                    case: caseID, to: recipient, purpose: purpose, categories: categories, from: from, until: until)
            }
            try output.print(NewID(id: consent.id!.rawValue)) { String($0.id) }
        }
    }

    private func parseCategories(_ text: String) throws -> Set<DataCategory> {
        var categories = Set<DataCategory>()
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            if name == "all" {
                categories.formUnion(DataCategory.allCases)
            } else {
                categories.insert(try parseChoice(name, as: DataCategory.self, field: "categories"))
            }
        }
        return categories
    }
}

struct ConsentRevokeCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke a consent (it stays, marked revoked).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The consent's id.")
    var consentID: String

    @Option(help: "From which day (YYYY-MM-DD); default today.")
    var date: String?

    @Option(help: "Why, in words.")
    var reason: String?

    func run() throws {
        try runReporting { language in
            let id = try parseID(consentID, as: ConsentID.self, field: "consent")
            let day = try parseDayOrToday(date, field: "date")
            _ = try database.write("consent revoke", language) {
                try $0.revokeConsent(id, on: day, reason: reason)
            }
            print(
                language == .danish ? "Samtykke \(id) tilbagekaldt fra \(day)." : "Consent \(id) revoked from \(day).")
        }
    }
}

struct ConsentListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a case's consents, revoked ones included.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var caseArgument: CaseArgument

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let consents = try database.write("consent list", language) {
                try $0.consents(case: caseID)
            }
            try output.print(consents) { consent in
                let revoked =
                    consent.revocation.map { (language == .danish ? "tilbagekaldt " : "revoked ") + $0.day.description }
                    ?? ""
                return
                    "\(consent.id?.rawValue ?? 0)\t\(consent.recipient.displayName(language))\t\(consent.purpose.rawValue)\t"
                    + consent.sortedCategories.map(\.rawValue).joined(separator: ",")
                    + "\t\(consent.validity)\t\(revoked)"
            }
        }
    }
}

struct ConsentCheckCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "May this category of the case's data go to this actor? Exit 0 when allowed, 1 when not; says why.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @OptionGroup var caseArgument: CaseArgument

    @Option(help: "The receiving actor's id.")
    var to: String

    @Option(help: "The category of data: \(DataCategory.allCases.map(\.rawValue).joined(separator: ", ")).")
    var category: String

    @Option(help: "What for: treatment (and coordination) or other (e.g. authorities).")
    var purpose: String = ConsentPurpose.treatment.rawValue

    @Option(help: "On which day (YYYY-MM-DD); default today.")
    var date: String?

    func run() throws {
        try runReporting { language in
            let caseID = try caseArgument.id()
            let actorID = try parseID(to, as: ActorID.self, field: "to")
            let category = try parseChoice(category, as: DataCategory.self, field: "category")
            let purpose = try parsePurpose(purpose)
            let day = try parseDayOrToday(date, field: "date")
            let decision = try database.write("consent check", language) {
                try $0.checkConsent(case: caseID, actor: actorID, category: category, on: day, purpose: purpose)
            }
            guard decision.isAllowed else { throw CLIFailure.checkFailed(decision.text(language)) }
            print(decision.text(language))
        }
    }
}

/// A purpose as caseworkers write it: `treatment` (also `coordination`, `behandling`, `koordinering`)
/// or `other` (also `authorities`, `andet`, `myndighed`).
func parsePurpose(_ text: String) throws -> ConsentPurpose {
    switch text.lowercased() {
    case "coordination", "behandling", "koordinering": return .treatment
    case "authorities", "andet", "myndighed", "myndigheder": return .other
    default: return try parseChoice(text.lowercased(), as: ConsentPurpose.self, field: "purpose")
    }
}
