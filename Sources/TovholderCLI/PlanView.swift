// A plan as people read it: its parts in order, goals, interventions, follow-ups and meetings.
import Core

struct PlanView {
    let version: PlanVersion

    func text(_ language: Language) -> String {
        let plan = version.plan
        let danish = language == .danish
        var lines = [
            "\(plan.kind.text(language)) \(plan.id) (\(danish ? "sag" : "case") \(plan.caseID)), "
                + "\(plan.status.text(language)), version \(version.number)"
        ]
        if let activated = plan.activated {
            lines.append((danish ? "  Aktiv fra " : "  Active from ") + activated.description)
        }
        if let kip = plan.content.kip {
            let master = kip.masterData
            lines.append(danish ? "  1. Stamdata" : "  1. Master data")
            if let coordinator = master.coordinator {
                lines.append((danish ? "     Tovholder: aktør " : "     Coordinator: actor ") + coordinator.description)
            }
            if !master.participants.isEmpty {
                lines.append(
                    (danish ? "     Deltagere: " : "     Participants: ")
                        + master.participants.map(\.description).joined(separator: ", "))
            }
            if !master.consents.isEmpty {
                lines.append(
                    (danish ? "     Samtykker: " : "     Consents: ")
                        + master.consents.map(\.description).joined(separator: ", "))
            }
            let survey = kip.survey
            if !survey.externalPlans.isEmpty || !survey.linkedPlans.isEmpty {
                lines.append(danish ? "  2. Kortlægning af eksisterende planer" : "  2. Survey of existing plans")
                for linked in survey.linkedPlans {
                    lines.append("     plan \(linked.plan), version \(linked.version)")
                }
                for external in survey.externalPlans {
                    let details = [external.status, external.goals, external.interventions].filter { !$0.isEmpty }
                        .joined(separator: "; ")
                    lines.append(
                        "     \(external.name.text(language)) (\(danish ? "aktør" : "actor") \(external.owner), \(external.day))"
                            + (details.isEmpty ? "" : ": " + details))
                }
            }
        }
        for part in PlanPart.parts(of: plan.kind) {
            if let text = plan.content.text(part), !text.isEmpty { lines.append("  \(part.text(language)): \(text)") }
        }
        if !plan.goals.isEmpty {
            lines.append(danish ? "  Mål:" : "  Goals:")
            for goal in plan.goals {
                let harm = goal.harmReduction ? (danish ? ", skadesreduktion" : ", harm reduction") : ""
                let due = goal.targetDate.map { (danish ? ", senest " : ", by ") + $0.description } ?? ""
                lines.append(
                    "    \(goal.id). [\(goal.area.text(language))\(harm)] \(goal.description)\(due) — \(goal.status.text(language))"
                )
            }
        }
        if !plan.interventions.isEmpty {
            lines.append(danish ? "  Indsatser:" : "  Interventions:")
            for intervention in plan.interventions {
                let responsible =
                    intervention.responsible.map {
                        (danish ? ", ansvarlig aktør " : ", responsible actor ") + $0.description
                    } ?? ""
                lines.append(
                    "    \(intervention.id). \(intervention.description) (\(intervention.sector.text(language))\(responsible)) — \(intervention.status.text(language))"
                )
            }
        }
        if !plan.followUps.isEmpty {
            lines.append(danish ? "  Opfølgning:" : "  Follow-up:")
            for followUp in plan.followUps {
                let held = followUp.held.map { (danish ? ", afholdt " : ", held ") + $0.description } ?? ""
                let purpose = followUp.purpose.isEmpty ? "" : " " + followUp.purpose
                lines.append("    \(followUp.id). \(followUp.due)\(purpose)\(held) — \(followUp.status.text(language))")
            }
        }
        if !plan.meetings.isEmpty {
            lines.append(danish ? "  Møder:" : "  Meetings:")
            for meeting in plan.meetings {
                let presence =
                    meeting.citizenPresent
                    ? (danish ? "borgeren deltog" : "citizen present")
                    : meeting.acceptance.map {
                        (danish ? "borgeren accepterede " : "citizen accepted ") + $0.day.description
                    }
                        ?? (danish ? "AFVENTER borgerens accept" : "AWAITING the citizen's acceptance")
                lines.append("    \(meeting.id). \(meeting.day): \(presence)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
