// `tovholder audit`: reading and verifying the append-only, hash-chained audit log.
import ArgumentParser
import Core
import Foundation
import Store

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Read and verify the audit log.",
        subcommands: [AuditListCommand.self, AuditVerifyCommand.self])
}

struct AuditListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List audit entries, oldest first.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only entries about this citizen.")
    var citizen: Int64?

    @Option(help: "Only the last N entries.")
    var last: Int?

    func run() throws {
        try reportingFailures {
            let language = try global.language()
            let entries = try database.open(language).read { db in
                try AuditLog.entries(db, citizen: citizen, last: last)
            }
            try output.print(entries) { entry in
                "\(entry.id ?? 0)\t\(entry.at)\t\(entry.user)\t\(entry.command)\t\(entry.entity) \(entry.entityId ?? "")\t\(entry.action)\t\(entry.summary)"
            }
        }
    }
}

struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that no audit entry was altered, removed or inserted (exit 1 if one was).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let language = try global.language()
            let (count, problems) = try database.open(language).read { db in
                (try AuditLog.count(db), try AuditChain.verify(db))
            }
            guard problems.isEmpty else {
                let lines = problems.map { Self.message(for: $0).text(language) }
                throw CLIFailure.checkFailed(lines.joined(separator: "\n"))
            }
            print(Message.auditIntact(entries: count).text(language))
        }
    }

    static func message(for problem: AuditProblem) -> Message {
        switch problem.kind {
        case .altered: return .auditAltered(entry: problem.entryID)
        case .chainBroken: return .auditChainBroken(entry: problem.entryID)
        case .removed(let count): return .auditRemoved(from: problem.entryID, count: count)
        }
    }
}
