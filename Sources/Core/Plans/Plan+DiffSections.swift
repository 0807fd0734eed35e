// A plan laid out as sections of named fields, the form in which PlanDiff compares two versions.

/// One field of a plan as a diff sees it.
struct DiffField {
    let path: String
    let label: Bilingual
    let value: Bilingual?
}

/// The plan's own fields, or one goal, intervention, follow-up, meeting or external plan.
struct DiffSection {
    /// Orders sections: the plan (group 0), then external plans, goals, interventions, follow-ups
    /// and meetings (groups 1 to 5), each by number.
    let group: Int
    let number: Int64
    let path: String
    let label: Bilingual
    /// What the section holds, in a few words, for when all of it appears or disappears.
    let summary: Bilingual?
    let fields: [DiffField]
}

extension DiffSection {
    /// A section of an entity at `path` ("goals[2]"), whose fields are `path.attribute`.
    init(
        group: Int, number: Int64, path: String, label: Bilingual, summary: Bilingual?,
        attributes: [(DiffAttribute, Bilingual?)]
    ) {
        let fields = attributes.map { attribute, value in
            DiffField(
                path: "\(path).\(attribute.rawValue)", label: label.joined(Bilingual(attribute), separator: " › "),
                value: value)
        }
        self.init(group: group, number: number, path: path, label: label, summary: summary, fields: fields)
    }
}

extension Plan {
    var diffSections: [DiffSection] {
        [planSection] + (content.kip?.survey.externalPlans.map(Self.section) ?? []) + goals.map(Self.section)
            + interventions.map(Self.section) + followUps.map(Self.section) + meetings.map(Self.section)
    }

    private var planSection: DiffSection {
        var fields: [(DiffAttribute, Bilingual?)] = [
            (.status, DiffValue.choice(status)), (.activated, DiffValue.day(activated)),
            (.ended, DiffValue.day(ended)), (.revocationReason, DiffValue.text(revocationReason)),
        ]
        if let kip = content.kip {
            fields += [
                (.coordinator, DiffValue.actors(kip.masterData.coordinator.map { [$0] } ?? [])),
                (.participants, DiffValue.actors(kip.masterData.participants)),
                (.consents, DiffValue.references(kip.masterData.consents, "samtykke", "consent")),
                (.linkedPlans, DiffValue.linkedPlans(kip.survey.linkedPlans)),
            ]
        }
        let attributes = fields.map { attribute, value in
            DiffField(path: attribute.rawValue, label: Bilingual(attribute).capitalized, value: value)
        }
        let parts = PlanPart.parts(of: kind).map { part in
            DiffField(path: part.rawValue, label: Bilingual(part), value: DiffValue.text(content.text(part) ?? ""))
        }
        return DiffSection(
            group: 0, number: 0, path: "", label: Bilingual(plain: ""), summary: nil, fields: attributes + parts)
    }

    private static func section(_ plan: ExternalPlan) -> DiffSection {
        DiffSection(
            group: 1, number: plan.id.rawValue, path: "kip.externalPlans[\(plan.id)]",
            label: Bilingual(danish: "2. Anden plan \(plan.id)", english: "2. External plan \(plan.id)"),
            summary: plan.name,
            attributes: [
                (.kind, DiffValue.choice(plan.kind)), (.title, DiffValue.text(plan.title)),
                (.owner, DiffValue.actors([plan.owner])), (.day, DiffValue.day(plan.day)),
                (.status, DiffValue.text(plan.status)), (.goals, DiffValue.text(plan.goals)),
                (.interventions, DiffValue.text(plan.interventions)),
            ])
    }

    private static func section(_ goal: Goal) -> DiffSection {
        DiffSection(
            group: 2, number: goal.id.rawValue, path: "goals[\(goal.id)]",
            label: Bilingual(danish: "Mål \(goal.id)", english: "Goal \(goal.id)"),
            summary: DiffValue.text(goal.description),
            attributes: [
                (.area, DiffValue.choice(goal.area)), (.description, DiffValue.text(goal.description)),
                (.harmReduction, DiffValue.flag(goal.harmReduction)), (.targetDate, DiffValue.day(goal.targetDate)),
                (.priority, DiffValue.number(goal.priority)), (.status, DiffValue.choice(goal.status)),
            ])
    }

    private static func section(_ intervention: Intervention) -> DiffSection {
        DiffSection(
            group: 3, number: intervention.id.rawValue, path: "interventions[\(intervention.id)]",
            label: Bilingual(danish: "Indsats \(intervention.id)", english: "Intervention \(intervention.id)"),
            summary: DiffValue.text(intervention.description),
            attributes: [
                (.description, DiffValue.text(intervention.description)),
                (.sector, DiffValue.choice(intervention.sector)),
                (.mode, DiffValue.choice(intervention.mode)),
                (.responsible, DiffValue.actors(intervention.responsible.map { [$0] } ?? [])),
                (.goals, DiffValue.references(intervention.goals, "mål", "goal")),
                (.period, DiffValue.period(intervention.period)), (.status, DiffValue.choice(intervention.status)),
            ])
    }

    private static func section(_ followUp: FollowUp) -> DiffSection {
        let purpose = followUp.purpose.isEmpty ? "" : " \(followUp.purpose)"
        return DiffSection(
            group: 4, number: followUp.id.rawValue, path: "followUps[\(followUp.id)]",
            label: Bilingual(danish: "Opfølgning \(followUp.id)", english: "Follow-up \(followUp.id)"),
            summary: Bilingual(plain: "\(followUp.due)\(purpose)"),
            attributes: [
                (.due, DiffValue.day(followUp.due)), (.purpose, DiffValue.text(followUp.purpose)),
                (.status, DiffValue.choice(followUp.status)), (.held, DiffValue.day(followUp.held)),
                (.outcome, DiffValue.text(followUp.outcome)),
            ])
    }

    private static func section(_ meeting: Meeting) -> DiffSection {
        DiffSection(
            group: 5, number: meeting.id.rawValue, path: "meetings[\(meeting.id)]",
            label: Bilingual(danish: "Møde \(meeting.id)", english: "Meeting \(meeting.id)"),
            summary: DiffValue.day(meeting.day),
            attributes: [
                (.day, DiffValue.day(meeting.day)), (.meetingParticipants, DiffValue.actors(meeting.participants)),
                (.citizenPresent, DiffValue.flag(meeting.citizenPresent)), (.note, DiffValue.text(meeting.note)),
                (.acceptance, DiffValue.acceptance(meeting.acceptance)),
            ])
    }
}
