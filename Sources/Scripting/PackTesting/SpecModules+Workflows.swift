// Spec files testing workflow rules: raise an event on a fixture case, then read the tasks, messages and flags the rules made.
import Core
import Foundation
import Lua
import Store

extension SpecModules {
    /// The spec's database opened a second time, with the workflows of the search path (the pack
    /// under test among them) running on the events raised through it. Seeding (`fixture.*`)
    /// goes through the first handle, without workflows, so only the events a spec raises run rules.
    func workflowDatabase() throws -> TovholderDatabase {
        if let workflows { return workflows }
        let opened = try TovholderDatabase(
            path: fixture.database.path, dispatcher: WorkflowDispatcher(searchPath: catalog.searchPath))
        workflows = opened
        return opened
    }

    /// `workflows.raise(kind, case, payload)`: the event raised on the case in one command, the
    /// rules run on it; returns what they did.
    func raise(_ arguments: LuaArguments) throws -> LuaValue {
        let kind = try arguments.string(1)
        guard WorkflowEvents.kind(named: kind) != nil else {
            throw LuaArgumentError(
                index: 1,
                problem: "unknown event '\(kind)' (known: \(WorkflowEvents.all.map(\.name).joined(separator: ", ")))")
        }
        let caseID = CaseID(try arguments.integer(2))
        var payload = try arguments.optionalTable(3) ?? LuaTable()
        payload.fields["case_id"] = .integer(caseID.rawValue)
        if payload["day"].isNil { payload.fields["day"] = .string(fixture.today.description) }
        let json = try LuaValue.table(payload).jsonText()
        let today = Day(payload["day"].stringValue ?? "") ?? fixture.today
        let effects = try workflowDatabase().write(
            AuditContext(user: "pack-test", command: "pack test"), today: today
        ) { transaction in
            let before = try transaction.lastWorkflowEffectID()
            try transaction.raise(kind, case: caseID, subject: nil, json: json)
            try transaction.dispatchRaisedEvents()
            return try transaction.workflowEffects(after: before)
        }
        return .table(
            LuaTable(
                array: effects.map { effect in
                    var fields: [LuaKey: LuaValue] = [
                        "kind": .string(effect.kind.rawValue), "pack": .string(effect.pack),
                        "rule": .string(effect.rule),
                        "summary": .string(effect.summary),
                    ]
                    if let subject = effect.subject { fields["subject"] = .string(subject) }
                    return .table(LuaTable(fields: fields))
                }))
    }

    /// `workflows.tasks(case)`: the case's open tasks, by due day.
    func tasks(_ arguments: LuaArguments) throws -> LuaValue {
        let caseID = CaseID(try arguments.integer(1))
        let tasks = try fixture.write { try $0.openTasks().filter { $0.caseID == caseID } }
        return .table(
            LuaTable(
                array: tasks.map { task in
                    var fields: [LuaKey: LuaValue] = [
                        "id": .integer(task.id?.rawValue ?? 0), "title": .string(task.title),
                        "note": .string(task.note),
                    ]
                    switch task.assignee {
                    case .actor(let actor): fields["assignee"] = .integer(actor.rawValue)
                    case .role(let role): fields["assignee"] = .string(role)
                    }
                    if let due = task.due { fields["due"] = .string(due.description) }
                    return .table(LuaTable(fields: fields))
                }))
    }

    /// `workflows.outbox(case)`: the case's messages, pending and sent.
    func outbox(_ arguments: LuaArguments) throws -> LuaValue {
        let caseID = CaseID(try arguments.integer(1))
        let messages = try fixture.write { try $0.outboxMessages(status: nil, case: caseID) }
        return .table(
            LuaTable(
                array: messages.map { message in
                    .table(
                        LuaTable(fields: [
                            "id": .integer(message.id?.rawValue ?? 0), "to": .integer(message.recipient.rawValue),
                            "subject": .string(message.subject), "status": .string(message.status.rawValue),
                            "categories": .table(LuaTable(array: message.categories.map { .string($0.rawValue) })),
                        ]))
                }))
    }

    /// `workflows.flags(case)`: the case's flags by name.
    func flags(_ arguments: LuaArguments) throws -> LuaValue {
        let caseID = CaseID(try arguments.integer(1))
        var table = LuaTable()
        for flag in try fixture.write({ try $0.caseFlags(caseID) }) {
            let value = (try? LuaValue(jsonText: flag.value)) ?? .nil
            table.fields[.string(flag.name)] = value
        }
        return .table(table)
    }

    // MARK: - fixture

    /// `fixture.actor { name, kind }` → the actor's id.
    func addActor(_ arguments: LuaArguments) throws -> Int64 {
        let options = try arguments.table(1)
        let kindName = options["kind"].stringValue ?? ""
        guard let kind = ActorKind(rawValue: kindName) else {
            throw LuaHostError("kind: expected one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let name = options["name"].stringValue ?? kind.displayName(.danish)
        return try fixture.write { try $0.addActor(try Actor(name: name, kind: kind)).id!.rawValue }
    }

    /// `fixture.participant(case, actor, { role, from })`.
    func addParticipant(_ arguments: LuaArguments) throws {
        let caseID = CaseID(try arguments.integer(1))
        let actor = ActorID(try arguments.integer(2))
        let options = try arguments.optionalTable(3) ?? LuaTable()
        let from = try day(options["from"], field: "from") ?? Day(year: 2000, month: 1, day: 1)!
        _ = try fixture.write {
            try $0.addParticipant(case: caseID, actor: actor, role: options["role"].stringValue, from: from)
        }
    }

    /// `fixture.consent(case, { to, categories, purpose, from, until })` → the consent's id.
    func addConsent(_ arguments: LuaArguments) throws -> Int64 {
        let caseID = CaseID(try arguments.integer(1))
        let options = try arguments.table(2)
        let recipient: ConsentRecipient
        if let actor = options["to"].integerValue {
            recipient = .actor(ActorID(actor))
        } else if let text = options["to"].stringValue, let kind = ActorKind(rawValue: text) {
            recipient = .kind(kind)
        } else {
            throw LuaHostError("to: expected an actor's id or an actor kind")
        }
        let categories = try Set(
            (options["categories"].tableValue?.array ?? []).map { value in
                guard let name = value.stringValue, let category = DataCategory(rawValue: name) else {
                    throw LuaHostError(
                        "categories: expected some of \(DataCategory.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return category
            })
        let purpose = options["purpose"].stringValue.flatMap(ConsentPurpose.init(rawValue:)) ?? .treatment
        let from = try day(options["from"], field: "from") ?? Day(year: 2000, month: 1, day: 1)!
        let until = try day(options["until"], field: "until")
        return try fixture.write {
            try $0.grantConsent(
                case: caseID, to: recipient, purpose: purpose, categories: categories, from: from, until: until
            ).id!.rawValue
        }
    }
}
