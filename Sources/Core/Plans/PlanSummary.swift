// The short description of a change that each plan version carries, in Danish and English.

/// Writes a version's summary ("mål 3 tilføjet: Stabil bolig" / "goal 3 added: Stable housing").
enum PlanSummary {
    static func created(_ kind: PlanKind) -> Bilingual {
        both("plan oprettet: \(kind.text(.danish))", "plan created: \(kind.text(.english))")
    }

    /// The summary of `change`, which made `after`; `after` gives new ids and the texts as stored.
    static func of(_ change: PlanChange, making after: Plan) -> Bilingual {
        switch change {
        case .setText(let part, let text):
            trimmedText(text).isEmpty
                ? both("\(part.text(.danish)) ryddet", "\(part.text(.english)) cleared")
                : both("\(part.text(.danish)) ændret", "\(part.text(.english)) changed")
        case .addGoal:
            entity("mål", "goal", after.goals.last?.id, "tilføjet", "added", after.goals.last?.description)
        case .updateGoal(let id, _): entity("mål", "goal", id, "ændret", "changed", after.goal(id)?.description)
        case .setGoalStatus(let id, let status):
            both("mål \(id): \(status.text(.danish))", "goal \(id): \(status.text(.english))")
        case .addIntervention:
            entity(
                "indsats", "intervention", after.interventions.last?.id, "tilføjet", "added",
                after.interventions.last?.description)
        case .updateIntervention(let id, _):
            entity("indsats", "intervention", id, "ændret", "changed", after.intervention(id)?.description)
        case .setInterventionStatus(let id, let status):
            both("indsats \(id): \(status.text(.danish))", "intervention \(id): \(status.text(.english))")
        case .addFollowUp(let due, _):
            entity(
                "opfølgning", "follow-up", after.followUps.last?.id, "planlagt til \(due)", "planned for \(due)", nil)
        case .rescheduleFollowUp(let id, let due):
            entity("opfølgning", "follow-up", id, "flyttet til \(due)", "moved to \(due)", nil)
        case .recordFollowUp(let id, let held, _):
            entity("opfølgning", "follow-up", id, "afholdt \(held)", "held on \(held)", nil)
        case .cancelFollowUp(let id): entity("opfølgning", "follow-up", id, "aflyst", "cancelled", nil)
        case .addMeeting(let meeting):
            entity(
                "møde", "meeting", after.meetings.last?.id, "den \(meeting.day) registreret",
                "on \(meeting.day) recorded", nil)
        case .recordCitizenAcceptance(let id, let acceptance):
            both(
                "borgerens accept af møde \(id) registreret \(acceptance.day)",
                "the citizen's acceptance of meeting \(id) recorded on \(acceptance.day)")
        case .setCoordinator(let actor): both("tovholder: aktør \(actor)", "coordinator: actor \(actor)")
        case .addParticipant(let actor): both("deltager tilføjet: aktør \(actor)", "participant added: actor \(actor)")
        case .removeParticipant(let actor):
            both("deltager fjernet: aktør \(actor)", "participant removed: actor \(actor)")
        case .addConsent(let consent): both("samtykke \(consent) tilføjet", "consent \(consent) added")
        case .removeConsent(let consent): both("samtykke \(consent) fjernet", "consent \(consent) removed")
        case .addExternalPlan:
            externalPlan(after.content.kip?.survey.externalPlans.last, "tilføjet", "added")
        case .updateExternalPlan(let id, _):
            externalPlan(after.content.kip?.survey.externalPlans.first { $0.id == id }, "ændret", "changed")
        case .linkPlan(let plan, let version):
            both(
                "plan \(plan) version \(version) tilknyttet kortlægningen",
                "plan \(plan) version \(version) linked in the survey")
        case .unlinkPlan(let plan):
            both("plan \(plan) fjernet fra kortlægningen", "plan \(plan) removed from the survey")
        case .activate(let day): both("plan aktiveret \(day)", "plan activated on \(day)")
        case .complete(let day): both("plan afsluttet \(day)", "plan completed on \(day)")
        case .revoke(let day, _):
            both(
                "plan tilbagekaldt \(day): \(after.revocationReason)",
                "plan revoked on \(day): \(after.revocationReason)")
        }
    }

    private static func both(_ danish: String, _ english: String) -> Bilingual {
        Bilingual(danish: danish, english: english)
    }

    /// "mål 3 tilføjet: Stabil bolig": noun, number, what happened, and the entity's description if any.
    private static func entity<Entity>(
        _ danishNoun: String, _ englishNoun: String, _ id: EntityID<Entity>?, _ danish: String, _ english: String,
        _ description: String?
    ) -> Bilingual {
        let number = id.map { " \($0)" } ?? ""
        let tail = description.map { ": \($0)" } ?? ""
        return both("\(danishNoun)\(number) \(danish)\(tail)", "\(englishNoun)\(number) \(english)\(tail)")
    }

    private static func externalPlan(_ plan: ExternalPlan?, _ danish: String, _ english: String) -> Bilingual {
        let number = plan.map { " \($0.id)" } ?? ""
        let name = plan.map(\.name) ?? Bilingual(plain: "")
        return both(
            "anden plan\(number) \(danish): \(name.danish)", "external plan\(number) \(english): \(name.english)")
    }
}
