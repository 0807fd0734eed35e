// `tovholder pack`: plugin packs on the search path, and the tools to lock, sign, check and install them.
import ArgumentParser

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "List, inspect, lock, sign, verify, validate and install plugin packs.",
        subcommands: [
            PackListCommand.self, PackInfoCommand.self, PackLockCommand.self, PackKeygenCommand.self,
            PackSignCommand.self, PackVerifyCommand.self, PackInstallCommand.self, PackValidateCommand.self,
            PackDoctorCommand.self, PackTestCommand.self, PackNewCommand.self, PackStubsCommand.self,
            PackDocsCommand.self, PackLuacheckStdCommand.self,
        ])
}
