// `tovholder init`: creates the database, or brings its schema up to date; safe to repeat.
import ArgumentParser
import Core
import GRDB
import Store

struct InitCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database, or migrate it to the current schema (safe to repeat).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: "The municipality's 4-digit code, the default acting municipality for new cases.")
    var municipality: String?

    func run() throws {
        try runReporting { language in
            let code = try municipality.map { try MunicipalityCode($0) }
            do {
                let store = try TovholderDatabase(path: database.path)
                let pending = try store.pendingMigrations()
                try store.migrate()
                if let code {
                    try store.write(database.context("init")) { try $0.setDefaultMunicipality(code) }
                }
                print(Message.databaseReady(path: database.path, migrations: pending.count).text(language))
            } catch let error as DatabaseError {
                throw CLIFailure.badInput(
                    Message.databaseUnreadable(path: database.path, reason: error.message ?? "\(error.resultCode)")
                        .text(language))
            }
        }
    }
}
