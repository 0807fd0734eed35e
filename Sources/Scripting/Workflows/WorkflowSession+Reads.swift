// What a rule can read through ctx: the case, its participants, plans, consents and flags, as plain Lua tables.
import Core
import Foundation
import Lua
import Store

extension WorkflowSession {
    /// The event's case, or an error naming `function` for an event about no case.
    func eventCase(_ function: String) throws -> (Running, CaseID) {
        let running = try current(function)
        guard let caseID = running.event.caseID else { throw LuaHostError("\(function) needs an event about a case") }
        return (running, caseID)
    }

    /// `workflow.case()`: the case as it stands, with its treatment guarantee on the event's day.
    func caseValue() throws -> LuaValue {
        try cachedRead("case") { try caseValueUncached() }
    }

    private func caseValueUncached() throws -> LuaValue {
        let (running, caseID) = try eventCase("workflow.case")
        let transaction = running.transaction
        let treatmentCase = try transaction.caseForWorkflow(caseID)
        var fields = treatmentCase.luaFields(on: running.day)
        fields["id"] = .integer(caseID.rawValue)
        if let discharge = treatmentCase.discharge {
            fields["aftercare_advice_given"] = .boolean(discharge.aftercareAdvice != nil)
        }
        if let coordinator = try transaction.coordinatorHistory(case: caseID).current(on: running.day) {
            fields["coordinator"] = .integer(coordinator.actor.rawValue)
        }
        return .table(LuaTable(fields: fields))
    }

    /// `workflow.participants()`: who takes part, with their actor's kind and name.
    func participantsValue() throws -> LuaValue {
        try cachedRead("participants") { try participantsValueUncached() }
    }

    private func participantsValueUncached() throws -> LuaValue {
        let (running, caseID) = try eventCase("workflow.participants")
        let transaction = running.transaction
        return .table(
            LuaTable(
                array: try transaction.participants(case: caseID).map { participant in
                    let actor = try transaction.actor(participant.actor)
                    var fields: [LuaKey: LuaValue] = [
                        "actor": .integer(participant.actor.rawValue), "name": .string(actor.name),
                        "kind": .string(actor.kind.rawValue), "active": .boolean(participant.isActive(on: running.day)),
                    ]
                    if let role = participant.role { fields["role"] = .string(role) }
                    return .table(LuaTable(fields: fields))
                }))
    }

    /// `workflow.plans()`: the case's plans with their goals, follow-ups and meetings.
    func plansValue() throws -> LuaValue {
        try cachedRead("plans") { try plansValueUncached() }
    }

    private func plansValueUncached() throws -> LuaValue {
        let (running, caseID) = try eventCase("workflow.plans")
        return .table(LuaTable(array: try running.transaction.plans(case: caseID).map(Self.planValue)))
    }

    static func planValue(_ plan: Plan) -> LuaValue {
        var fields: [LuaKey: LuaValue] = [
            "id": .integer(plan.id.rawValue), "kind": .string(plan.kind.rawValue),
            "status": .string(plan.status.rawValue),
            "goals": .table(
                LuaTable(
                    array: plan.goals.map { goal in
                        .table(
                            LuaTable(fields: [
                                "id": .integer(goal.id.rawValue), "area": .string(goal.area.rawValue),
                                "status": .string(goal.status.rawValue), "description": .string(goal.description),
                            ]))
                    })),
            "followups": .table(
                LuaTable(
                    array: plan.followUps.map { followUp in
                        var fields: [LuaKey: LuaValue] = [
                            "id": .integer(followUp.id.rawValue), "due": .string(followUp.due.description),
                            "purpose": .string(followUp.purpose), "status": .string(followUp.status.rawValue),
                        ]
                        if let held = followUp.held { fields["held"] = .string(held.description) }
                        return .table(LuaTable(fields: fields))
                    })),
            "meetings": .table(
                LuaTable(
                    array: plan.meetings.map { meeting in
                        .table(
                            LuaTable(fields: [
                                "id": .integer(meeting.id.rawValue), "day": .string(meeting.day.description),
                                "citizen_present": .boolean(meeting.citizenPresent),
                                "awaiting_acceptance": .boolean(meeting.isAwaitingAcceptance),
                                "participants": .table(
                                    LuaTable(array: meeting.participants.map { .integer($0.rawValue) })),
                            ]))
                    })),
        ]
        if let activated = plan.activated { fields["activated"] = .string(activated.description) }
        if let ended = plan.ended { fields["ended"] = .string(ended.description) }
        return .table(LuaTable(fields: fields))
    }

    /// `workflow.consents()`: the case's consents, revoked ones included.
    func consentsValue() throws -> LuaValue {
        try cachedRead("consents") { try consentsValueUncached() }
    }

    private func consentsValueUncached() throws -> LuaValue {
        let (running, caseID) = try eventCase("workflow.consents")
        return .table(
            LuaTable(
                array: try running.transaction.consentsForWorkflow(case: caseID).map { consent in
                    var recipient = LuaTable()
                    switch consent.recipient {
                    case .actor(let id): recipient.fields["actor"] = .integer(id.rawValue)
                    case .kind(let kind): recipient.fields["kind"] = .string(kind.rawValue)
                    }
                    var fields: [LuaKey: LuaValue] = [
                        "id": .integer(consent.id?.rawValue ?? 0), "recipient": .table(recipient),
                        "purpose": .string(consent.purpose.rawValue),
                        "categories": .table(LuaTable(array: consent.sortedCategories.map { .string($0.rawValue) })),
                        "valid_from": .string(consent.validity.start.description),
                        "revoked": .boolean(consent.isRevoked(on: running.day)),
                    ]
                    if let end = consent.validity.end { fields["valid_until"] = .string(end.description) }
                    return .table(LuaTable(fields: fields))
                }))
    }

    /// `workflow.may_share { to, categories, purpose }` → whether every category may go to the
    /// actor on the event's day, and the reason when not.
    func mayShare(_ arguments: LuaArguments) throws -> LuaResult {
        let (running, caseID) = try eventCase("workflow.may_share")
        let spec = try WorkflowSpec(
            arguments, function: "workflow.may_share", allowed: ["to", "categories", "purpose"])
        guard let actor = try spec.integer("to"), actor > 0 else {
            throw LuaArgumentError(index: 1, problem: "the field 'to' is required: an actor's id")
        }
        let purpose = try spec.string("purpose").flatMap(ConsentPurpose.init(rawValue:)) ?? .treatment
        for name in try spec.strings("categories") ?? [] {
            guard let category = DataCategory(rawValue: name) else {
                throw LuaArgumentError(index: 1, problem: "unknown category '\(name)'")
            }
            let decision = try running.transaction.consentDecisionForWorkflow(
                case: caseID, actor: ActorID(actor), category: category, on: running.day, purpose: purpose)
            if !decision.isAllowed { return .values([.boolean(false), .string(decision.text(.danish))]) }
        }
        return .values([.boolean(true)])
    }

    /// `workflow.flags()`: the case's flags by name, with their values.
    func flagsValue() throws -> LuaValue {
        try cachedRead("flags") { try flagsValueUncached() }
    }

    private func flagsValueUncached() throws -> LuaValue {
        let (running, caseID) = try eventCase("workflow.flags")
        var table = LuaTable()
        for flag in try running.transaction.caseFlags(caseID) {
            let value = (try? LuaValue(jsonText: flag.value)) ?? .nil
            table.fields[.string(flag.name)] = value
        }
        return .table(table)
    }
}
