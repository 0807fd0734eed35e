// The `tovholder` command: the root of the command tree.
import ArgumentParser
import Core

@main
struct Tovholder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tovholder",
        abstract: "Case and plan work for municipal substance-abuse treatment, customised in Lua.",
        version: "tovholder \(ProductVersion.product) (host API \(ProductVersion.hostAPI))",
        subcommands: [
            InitCommand.self, CitizenCommand.self, ActorCommand.self, CaseCommand.self, ParticipantCommand.self,
            CoordinatorCommand.self, ConsentCommand.self, PlanCommand.self, BarrierCommand.self, TaskCommand.self,
            OutboxCommand.self,
            TickCommand.self, WorkflowCommand.self, ReportCommand.self, AuditCommand.self, ScreenCommand.self,
            ScriptCommand.self,
            PackCommand.self,
        ]
    )
}
