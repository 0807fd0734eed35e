// `data.plan(id)` and `data.plans(case)`: a case's plans for plan documents, filtered by consent for a recipient.
import Core
import Lua
import Packs
import Store

extension DataAPI {
    static let plans = HostAPIFunction(
        "plans", since: "1.0.0",
        summary: "The plans of a case (default: the report's `case`), each as `data.plan` gives it.",
        capability: Capability.plansRead.rawValue,
        signature: LuaSignature([.init("case", "integer", optional: true)], returns: [.init("table[]")])
    ) { context in
        { arguments in
            let running = try session(context, "plans")
            guard let caseNumber = try arguments.optionalInteger(1) ?? running.parameters.caseID?.rawValue else {
                throw LuaArgumentError(index: 1, problem: "give a case, or run the report with --case")
            }
            let ids = try running.transaction.plans(case: CaseID(caseNumber)).map(\.id)
            return .value(.table(LuaTable(array: try ids.map { try planValue($0, context: context, running) })))
        }
    }

    static let plan = HostAPIFunction(
        "plan", since: "1.0.0",
        summary: "One plan for a plan document: `{ id, kind, status, version, activated, case_id, citizen, "
            + "coordinator, parts = { { id, title, text } }, goals, interventions, followups (by due day), meetings, participants, "
            + "external_plans }`. With `--for ACTOR`, only what the citizen has consented to share with that "
            + "recipient: without consent to plans, nil; goals and interventions of health, social or substance-use "
            + "categories left out without consent to them. The host then says in the document what was left out.",
        capability: Capability.plansRead.rawValue,
        signature: LuaSignature([.init("id", "integer")], returns: [.init("table?")])
    ) { context in
        { arguments in
            let running = try session(context, "plan")
            return .value(try planValue(PlanID(try arguments.integer(1)), context: context, running))
        }
    }

    private static func planValue(_ id: PlanID, context: HostAPIContext, _ running: ReportSession.Running) throws
        -> LuaValue
    {
        let transaction = running.transaction
        let plan = try transaction.plan(id)
        let day = running.parameters.today
        let caseID = plan.plan.caseID
        let filter = running.consent
        guard try filter.allows(.plan, case: caseID, on: day, in: transaction) else { return .nil }
        func allows(_ category: DataCategory) throws -> Bool {
            try filter.allows(category, case: caseID, on: day, in: transaction)
        }
        func actorName(_ id: ActorID?) throws -> LuaValue {
            guard let id else { return .nil }
            return .string(try transaction.actor(id).name)
        }
        let current = plan.plan
        var fields: [LuaKey: LuaValue] = [
            "id": .integer(id.rawValue), "kind": .string(current.kind.rawValue),
            "status": .string(current.status.rawValue), "status_text": .string(current.status.text(running.language)),
            "version": .integer(Int64(plan.number)),
            "case_id": .integer(caseID.rawValue),
        ]
        if let activated = current.activated { fields["activated"] = .string(activated.description) }
        fields["parts"] = .table(
            LuaTable(
                array: PlanPart.parts(of: current.kind).compactMap { part in
                    guard let text = current.content.text(part), !text.isEmpty else { return nil }
                    return .table(
                        LuaTable(fields: [
                            "id": .string(part.rawValue), "title": .string(part.text(running.language)),
                            "text": .string(text),
                        ]))
                }))
        if let kip = current.content.kip {
            fields["citizen"] = .string(kip.masterData.citizenName)
            fields["coordinator"] = try actorName(kip.masterData.coordinator)
        }
        var goals: [LuaValue] = []
        for goal in current.goals where try allows(ReportConsentFilter.category(of: goal.area)) {
            var goalFields: [LuaKey: LuaValue] = [
                "id": .integer(goal.id.rawValue), "area": .string(goal.area.rawValue),
                "area_text": .string(goal.area.text(running.language)), "description": .string(goal.description),
                "status": .string(goal.status.rawValue), "status_text": .string(goal.status.text(running.language)),
                "harm_reduction": .boolean(goal.harmReduction),
            ]
            if let target = goal.targetDate { goalFields["target"] = .string(target.description) }
            goals.append(.table(LuaTable(fields: goalFields)))
        }
        fields["goals"] = .table(LuaTable(array: goals))
        var interventions: [LuaValue] = []
        for intervention in current.interventions
        where try allows(ReportConsentFilter.category(of: intervention.sector)) {
            interventions.append(
                .table(
                    LuaTable(fields: [
                        "id": .integer(intervention.id.rawValue), "description": .string(intervention.description),
                        "sector": .string(intervention.sector.rawValue),
                        "sector_text": .string(intervention.sector.text(running.language)),
                        "responsible": try actorName(intervention.responsible),
                        "status": .string(intervention.status.rawValue),
                        "status_text": .string(intervention.status.text(running.language)),
                    ])))
        }
        fields["interventions"] = .table(LuaTable(array: interventions))
        fields["followups"] = .table(
            LuaTable(
                array: current.followUps.sorted { ($0.due, $0.id.rawValue) < ($1.due, $1.id.rawValue) }.map {
                    followUp in
                    var item: [LuaKey: LuaValue] = [
                        "due": .string(followUp.due.description), "purpose": .string(followUp.purpose),
                        "status": .string(followUp.status.rawValue),
                    ]
                    if let held = followUp.held { item["held"] = .string(held.description) }
                    return .table(LuaTable(fields: item))
                }))
        fields["meetings"] = .table(
            LuaTable(
                array: try current.meetings.map { meeting in
                    .table(
                        LuaTable(fields: [
                            "day": .string(meeting.day.description),
                            "citizen_present": .boolean(meeting.citizenPresent),
                            "participants": .table(
                                LuaTable(array: try meeting.participants.map { try actorName($0) })),
                        ]))
                }))
        fields["participants"] = .table(
            LuaTable(
                array: try transaction.participants(case: caseID).filter { $0.isActive(on: day) }.map { participant in
                    let actor = try transaction.actor(participant.actor)
                    var item: [LuaKey: LuaValue] = [
                        "name": .string(actor.name), "kind": .string(actor.kind.rawValue),
                        "kind_text": .string(actor.kind.displayName(running.language)),
                    ]
                    if let role = participant.role { item["role"] = .string(role) }
                    return .table(LuaTable(fields: item))
                }))
        fields["external_plans"] = .table(
            LuaTable(
                array: try (current.content.kip?.survey.externalPlans ?? []).map { external in
                    .table(
                        LuaTable(fields: [
                            "title": .string(external.name.text(running.language)),
                            "owner": try actorName(external.owner),
                            "day": .string(external.day.description), "goals": .string(external.goals),
                            "interventions": .string(external.interventions),
                        ]))
                }))
        return .table(LuaTable(fields: fields))
    }
}
