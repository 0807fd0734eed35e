// `tovholder case history ID`: what happened on a case and what each workflow rule did about it.
import ArgumentParser
import Core
import Store

struct CaseHistoryCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show a case's events, and under each what the workflow rules did (rule, pack and version).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The case's id.")
    var id: String

    func run() throws {
        try runReporting { language in
            let caseID = try parseID(id, as: CaseID.self, field: "case")
            let entries = try database.write("case history", language) { transaction in
                let effects = Dictionary(grouping: try transaction.workflowEffects(case: caseID)) { $0.eventID }
                return try transaction.events(case: caseID).map { event in
                    CaseHistoryEntry(
                        event: event.id.rawValue, kind: event.kind, day: event.day, at: event.at, user: event.user,
                        effects: (effects[event.id] ?? []).map(CaseHistoryEffect.init))
                }
            }
            try output.print(entries) { entry in
                var lines = ["#\(entry.event)\t\(entry.day)\t\(entry.kind)\t\(entry.user)"]
                for effect in entry.effects {
                    lines.append("    \(effect.pack) \(effect.packVersion) \(effect.rule)\t\(effect.summary)")
                }
                return lines.joined(separator: "\n")
            }
        }
    }
}

/// One event of a case with what the rules did about it.
struct CaseHistoryEntry: Encodable {
    let event: Int64
    let kind: String
    /// The day it happened (a start's day, a meeting's day); `at` is when it was recorded.
    let day: String
    let at: String
    let user: String
    let effects: [CaseHistoryEffect]
}

/// One effect of a rule, for the history.
struct CaseHistoryEffect: Encodable {
    let kind: String
    let pack: String
    let packVersion: String
    let workflow: String
    let rule: String
    let file: String
    let line: Int?
    let subject: String?
    let summary: String

    init(_ effect: WorkflowEffect) {
        kind = effect.kind.rawValue
        pack = effect.pack
        packVersion = effect.packVersion
        workflow = effect.workflow
        rule = effect.rule
        file = effect.file
        line = effect.line
        subject = effect.subject
        summary = effect.summary
    }
}
