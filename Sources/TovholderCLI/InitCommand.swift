// `tovholder init`: creates the database, or brings its schema up to date; safe to repeat.
import ArgumentParser
import Core
import Store

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database, or migrate it to the current schema (safe to repeat).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let language = try global.language()
            let store = try TovholderDatabase(path: database.path)
            let pending = try store.pendingMigrations()
            try store.migrate()
            print(Message.databaseReady(path: database.path, migrations: pending.count).text(language))
        }
    }
}
