// `tovholder tick`: the daily run that raises what has become due, so the workflows can react to it.
import ArgumentParser
import Core
import Store

struct TickCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick",
        abstract: "Raise the events that have become due (for a daily cron); running it twice raises nothing new.",
        discussion: """
            Raises guarantee.warning (day 10 after the request without a start), guarantee.breached (after day 14),
            followup.due and followup.overdue (plan follow-ups, and a KIP's next meeting within 6 months),
            consent.expiring (within 30 days) and task.overdue, each once. The workflows' rules run on them in
            the same transaction: if one fails, nothing of the tick is kept.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "The day to tick for (YYYY-MM-DD); default today.")
    var now: String?

    func run() throws {
        try runReporting { language in
            let day = try parseDayOrToday(now, field: "now")
            let (summary, effects) = try database.write("tick", language, today: day) { transaction in
                let before = try transaction.lastWorkflowEffectID()
                let summary = try transaction.raiseTimeEvents(on: day)
                try transaction.dispatchRaisedEvents()
                return (summary, try transaction.workflowEffects(after: before))
            }
            let report = TickReport(
                day: day.description, events: summary.events.count, counts: summary.counts,
                effects: effects.map { "\($0.pack) \($0.rule): \($0.summary)" })
            try output.print(report) { report in
                var lines = [
                    language == .danish
                        ? "tick \(report.day): \(report.events) hændelser"
                        : "tick \(report.day): \(report.events) events"
                ]
                for (kind, count) in report.counts.sorted(by: { $0.key < $1.key }) {
                    lines.append("  \(kind)\t\(count)")
                }
                if !report.effects.isEmpty {
                    lines.append(language == .danish ? "Arbejdsgange:" : "Workflows:")
                    lines += report.effects.map { "  " + $0 }
                }
                return lines.joined(separator: "\n")
            }
        }
    }
}

/// What a tick raised and what the workflows did about it.
struct TickReport: Encodable {
    let day: String
    let events: Int
    let counts: [String: Int]
    let effects: [String]
}
