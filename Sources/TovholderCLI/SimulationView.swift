// The dry run's report for people: the two sides' counts side by side, then the differences.
import Core
import Scripting

struct SimulationView {
    let report: SimulationReport
    let language: Language
    let limit: Int

    var text: String {
        let danish = language == .danish
        var lines: [String] = [
            danish
                ? "Prøvekørsel \(report.from ?? "start")–\(report.to): \(report.events) hændelser i \(report.cases) sager (intet er gemt)"
                : "Dry run \(report.from ?? "start")–\(report.to): \(report.events) events in \(report.cases) cases (nothing was saved)",
            "",
            danish ? "\t\taktive\tkandidat" : "\t\tactive\tcandidate",
        ]
        let rows: [(String, String, KeyPath<SimulationReport.Side, Int>)] = [
            ("opgaver", "tasks", \.tasks), ("opgaver afsluttet", "tasks completed", \.tasksCompleted),
            ("opfølgninger", "follow-ups", \.followUps),
            ("beskeder", "messages", \.messages), ("afvist (samtykke)", "refused (consent)", \.refusedMessages),
            ("flag", "flags", \.flags), ("foreslåede deltagere", "proposed participants", \.proposedParticipants),
            ("frister overholdt", "deadlines met", \.deadlinesMet),
            ("frister overskredet", "deadlines missed", \.deadlinesMissed), ("fejl", "failures", \.failures),
        ]
        for (da, en, path) in rows {
            lines.append("  \(danish ? da : en)\t\(report.active[keyPath: path])\t\(report.candidate[keyPath: path])")
        }
        lines.append("")
        lines.append(danish ? "Forskelle: \(report.differences.count)" : "Differences: \(report.differences.count)")
        for difference in report.differences.prefix(limit) {
            let change: String
            switch difference.change {
            case "only_active": change = danish ? "kun aktive" : "active only"
            case "only_candidate": change = danish ? "kun kandidat" : "candidate only"
            default: change = danish ? "ændret" : "changed"
            }
            var line = "  \(change)\t" + (difference.caseID.map { (danish ? "sag " : "case ") + String($0) } ?? "-")
            line += "\t\(difference.day)\t\(difference.event)\t\(difference.kind)\t\(difference.what)"
            if let detail = difference.activeDetail { line += "\n      " + (danish ? "aktive: " : "active: ") + detail }
            if let detail = difference.candidateDetail {
                line += "\n      " + (danish ? "kandidat: " : "candidate: ") + detail
            }
            if let deadline = difference.deadline {
                line += "\n      " + (danish ? "frist: " : "deadline: ") + deadline
            }
            lines.append(line)
        }
        if report.differences.count > limit {
            lines.append(
                danish
                    ? "  … og \(report.differences.count - limit) flere (--json viser alle)"
                    : "  … and \(report.differences.count - limit) more (--json lists all)")
        }
        for failure in report.failures.prefix(limit) {
            lines.append((danish ? "Fejl (\(failure.side)): " : "Failure (\(failure.side)): ") + failure.message)
        }
        return lines.joined(separator: "\n")
    }
}
