// `tovholder case`: opening cases and moving them through request, treatment, aftercare and discharge.
import ArgumentParser

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Open cases and move them through their course.",
        subcommands: [
            CaseOpenCommand.self, CaseStartCommand.self, CaseAftercareCommand.self, CaseRelapseCommand.self,
            CaseDischargeCommand.self, CaseTransferCommand.self, CaseOtherOfferCommand.self, CaseShowCommand.self,
            CaseListCommand.self, CaseHistoryCommand.self, CaseFlagsCommand.self, CaseFlagCommand.self,
        ])
}
