// Options of every command that uses the database: which file, who is acting, and the packs whose workflows react to its events.
import ArgumentParser
import Core
import Foundation
import GRDB
import Scripting
import Store

struct DatabaseOptions: ParsableArguments {
    static let databaseVariable = "TOVHOLDER_DB"
    static let userVariable = "TOVHOLDER_USER"

    @Option(name: .long, help: "The database file. Also TOVHOLDER_DB; default ./tovholder.sqlite.")
    var db: String?

    @Option(name: .long, help: "Who is acting, for the audit log. Also TOVHOLDER_USER; default the OS user.")
    var user: String?

    /// The packs on the search path: their flows, and the workflows that run on every event.
    @OptionGroup var packs: PackOptions

    /// The database path from --db, TOVHOLDER_DB, or the default.
    var path: String {
        db ?? ProcessInfo.processInfo.environment[Self.databaseVariable] ?? "tovholder.sqlite"
    }

    /// The acting user from --user, TOVHOLDER_USER, or the OS account.
    var actingUser: String {
        if let user, !user.isEmpty { return user }
        let environment = ProcessInfo.processInfo.environment
        if let user = environment[Self.userVariable], !user.isEmpty { return user }
        if let account = getpwuid(geteuid())?.pointee.pw_name { return String(cString: account) }
        return environment["USER"] ?? "unknown"
    }

    /// Opens an existing, current database; a missing file or pending migrations are bad input.
    /// The workflows on the search path run on the events its commands raise.
    func open(_ language: Language) throws -> TovholderDatabase {
        try open(language, dispatcher: WorkflowDispatcher(searchPath: try packs.checkedSearchPath(language)))
    }

    /// As ``open(_:)`` with no workflows: for a dry run, which runs them itself.
    func openWithoutWorkflows(_ language: Language) throws -> TovholderDatabase {
        try open(language, dispatcher: nil)
    }

    private func open(_ language: Language, dispatcher: (any EventDispatcher)?) throws -> TovholderDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIFailure.badInput(Message.databaseMissing(path: path).text(language))
        }
        let database: TovholderDatabase
        let pending: [String]
        do {
            database = try TovholderDatabase(path: path, dispatcher: dispatcher)
            pending = try database.pendingMigrations()
        } catch let error as DatabaseError {
            throw CLIFailure.badInput(
                Message.databaseUnreadable(path: path, reason: error.message ?? "\(error.resultCode)").text(language))
        }
        guard pending.isEmpty else {
            throw CLIFailure.badInput(Message.databaseOutdated(path: path).text(language))
        }
        return database
    }

    /// Runs `body` as the one audited transaction of `command` on the current database.
    func write<T>(
        _ command: String, _ language: Language, today: Day? = nil, _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        try open(language).write(context(command), today: today, body)
    }

    /// The audit context for a command run by this process.
    func context(_ command: String) -> AuditContext {
        AuditContext(user: actingUser, command: command)
    }
}
