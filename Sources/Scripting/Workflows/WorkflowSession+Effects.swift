// What a rule can do through ctx: tasks, follow-ups, proposed participants, case flags; each keyed so it happens once.
import Core
import Lua
import Store

extension WorkflowSession {
    /// The key an effect is kept under: the rule's own key scoped to the case (so any rule, in any
    /// pack, asking for the same thing on the same case gets the one already made), or the event,
    /// the rule and the effect's number within the handler.
    func effectKey(_ given: String?, kind: WorkflowEffect.Kind, _ running: Running) -> String {
        if let given {
            let scope = running.event.caseID.map { "case:\($0.rawValue)" } ?? "global"
            return keyPrefix + "\(scope):\(kind.rawValue):\(given)"
        }
        ordinal += 1
        let handler = running.handler
        return keyPrefix
            + "event:\(running.event.id.rawValue):\(handler.pack.identity.name):\(handler.rule):\(kind.rawValue):\(ordinal)"
    }

    /// Records `kind` under `key`, signed by the running rule at the calling line.
    @discardableResult
    func record(
        _ kind: WorkflowEffect.Kind, key: String, subject: String?, summary: String, detail: EffectDetail,
        _ running: Running, caller: (chunk: String, line: Int)?
    ) throws -> WorkflowEffect {
        let handler = running.handler
        let effect = try running.transaction.recordWorkflowEffect(
            WorkflowEffect(
                key: key, eventID: running.event.id, caseID: running.event.caseID, pack: handler.pack.identity.name,
                packVersion: handler.pack.identity.version.description, workflow: handler.workflow, rule: handler.rule,
                file: caller.map { displayName(of: $0.chunk) } ?? handler.file, line: caller?.line ?? handler.line,
                kind: kind, subject: subject,
                summary: summary))
        observer?(effect, detail)
        return effect
    }

    /// The origin a task or message made by the running rule carries.
    func origin(_ running: Running) -> TaskOrigin {
        .workflow(
            pack: running.handler.pack.identity.name, version: running.handler.pack.identity.version.description,
            rule: running.handler.rule, event: running.event.kind, eventID: running.event.id.rawValue)
    }

    /// `workflow.task { title, assignee, due | within, note, plan, key }` → id, created.
    func task(_ arguments: LuaArguments) throws -> LuaResult {
        let running = try current("workflow.task")
        let spec = try WorkflowSpec(
            arguments, function: "workflow.task",
            allowed: ["title", "assignee", "due", "within", "note", "plan", "key"])
        let title = try spec.requiredString("title")
        let assignee = try Self.assignee(spec.value("assignee"))
        let due = try spec.due(from: running.day)
        let note = try spec.string("note") ?? ""
        let plan = try spec.integer("plan").map { PlanID($0) }
        let key = effectKey(try spec.string("key"), kind: .task, running)
        if let existing = try running.transaction.workflowEffect(key: key) {
            return .values([.integer(Self.subjectID(existing.subject)), .boolean(false)])
        }
        let task = try running.transaction.addTask(
            try WorkTask(
                caseID: running.event.caseID, planID: plan, title: title, note: note, assignee: assignee, due: due,
                origin: origin(running), created: running.day))
        let id = task.id!.rawValue
        try record(
            .task, key: key, subject: "task:\(id)",
            summary: "task \(id) '\(title)' for \(assignee)" + (due.map { " due \($0)" } ?? ""),
            detail: EffectDetail(
                title: title, assignee: assignee.description, due: due?.description, plan: plan?.rawValue),
            running, caller: arguments.caller)
        return .values([.integer(id), .boolean(true)])
    }

    /// `workflow.complete_task { key }`: marks done the open task a rule made under `key` on the
    /// event's case, because what it asked for has happened → whether a task was closed now.
    func completeTask(_ arguments: LuaArguments) throws -> LuaResult {
        let running = try current("workflow.complete_task")
        let spec = try WorkflowSpec(arguments, function: "workflow.complete_task", allowed: ["key"])
        let given = try spec.requiredString("key")
        let transaction = running.transaction
        guard let made = try transaction.workflowEffect(key: effectKey(given, kind: .task, running)) else {
            return .value(.boolean(false))
        }
        let id = TaskID(Self.subjectID(made.subject))
        guard try transaction.openTask(id) != nil else { return .value(.boolean(false)) }
        let task = try transaction.completeTask(id, on: max(running.day, try transaction.openTask(id)!.created))
        try record(
            .taskDone, key: effectKey(given + ":done", kind: .taskDone, running), subject: "task:\(id.rawValue)",
            summary: "task \(id.rawValue) '\(task.title)' done", detail: EffectDetail(title: task.title), running,
            caller: arguments.caller)
        return .value(.boolean(true))
    }

    /// `workflow.propose_participant { kind | actor, reason, within, key }`: a task for the
    /// coordinator to consider inviting someone → task id, created.
    func proposeParticipant(_ arguments: LuaArguments) throws -> LuaResult {
        let running = try current("workflow.propose_participant")
        let spec = try WorkflowSpec(
            arguments, function: "workflow.propose_participant", allowed: ["kind", "actor", "reason", "within", "key"])
        let reason = try spec.requiredString("reason")
        let who: String
        let detailName: String
        if let actorID = try spec.integer("actor") {
            let actor = try running.transaction.actor(ActorID(actorID))
            who = "\(actor.name) (\(actor.kind.displayName(.danish)))"
            detailName = "actor \(actorID)"
        } else if let kindName = try spec.string("kind") {
            guard let kind = ActorKind(rawValue: kindName) else {
                throw spec.unknownName("actor kind", kindName, known: ActorKind.allCases.map(\.rawValue))
            }
            who = kind.displayName(.danish)
            detailName = kindName
        } else {
            throw LuaArgumentError(index: 1, problem: "give 'kind' (an actor kind) or 'actor' (an actor's id)")
        }
        let key = effectKey(try spec.string("key"), kind: .participant, running)
        if let existing = try running.transaction.workflowEffect(key: key) {
            return .values([.integer(Self.subjectID(existing.subject)), .boolean(false)])
        }
        let title = "Overvej at inddrage \(who): \(reason)"
        let due = try spec.due(from: running.day)
        let task = try running.transaction.addTask(
            try WorkTask(
                caseID: running.event.caseID, title: title, assignee: .role("tovholder"), due: due,
                origin: origin(running), created: running.day))
        let id = task.id!.rawValue
        try record(
            .participant, key: key, subject: "task:\(id)",
            summary: "proposed \(detailName) as participant (task \(id))",
            detail: EffectDetail(title: title, assignee: "role tovholder", due: due?.description, value: detailName),
            running, caller: arguments.caller)
        return .values([.integer(id), .boolean(true)])
    }

    /// `workflow.followup { plan, due | within, purpose, key }`: a follow-up on the plan (or the
    /// case's active KIP, else its active treatment plan, else its action plan) → plan id,
    /// follow-up id; nil and a reason when the case has no active plan.
    func followUp(_ arguments: LuaArguments) throws -> LuaResult {
        let running = try current("workflow.followup")
        let spec = try WorkflowSpec(
            arguments, function: "workflow.followup", allowed: ["plan", "due", "within", "purpose", "key"])
        let purpose = try spec.requiredString("purpose")
        guard let due = try spec.due(from: running.day) else {
            throw LuaArgumentError(index: 1, problem: "give 'due' (a day) or 'within' (days)")
        }
        guard let caseID = running.event.caseID else {
            throw LuaHostError("workflow.followup needs an event about a case")
        }
        let transaction = running.transaction
        let plans = try transaction.plans(case: caseID)
        let plan: Plan
        if let planID = try spec.integer("plan") {
            guard let named = plans.first(where: { $0.id.rawValue == planID }) else {
                throw LuaHostError("plan \(planID) is not a plan of case \(caseID)")
            }
            plan = named
        } else {
            let active = plans.filter { $0.status == .active }
            guard
                let chosen = active.first(where: { $0.kind == .kip })
                    ?? active.first(where: { $0.kind == .behandlingsplan }) ?? active.first
            else {
                return .values([.nil, .string("no_active_plan")])
            }
            plan = chosen
        }
        let key = effectKey(try spec.string("key"), kind: .followUp, running)
        if let existing = try transaction.workflowEffect(key: key) {
            let parts = (existing.subject ?? "").split(separator: "/")
            let followUp = parts.count == 2 ? Self.subjectID(String(parts[1])) : 0
            return .values([.integer(plan.id.rawValue), .integer(followUp), .boolean(false)])
        }
        let version = try transaction.changePlan(plan.id, .addFollowUp(due: due, purpose: purpose))
        forgetRead("plans")
        let known = Set(plan.followUps.map(\.id))
        guard let added = version.plan.followUps.first(where: { !known.contains($0.id) }) else {
            throw LuaHostError("the follow-up was not added to plan \(plan.id)")
        }
        try record(
            .followUp, key: key, subject: "plan:\(plan.id.rawValue)/followup:\(added.id.rawValue)",
            summary: "follow-up \(added.id) on \(plan.kind.rawValue) \(plan.id) due \(due): \(purpose)",
            detail: EffectDetail(title: purpose, due: due.description, plan: plan.id.rawValue), running,
            caller: arguments.caller)
        return .values([.integer(plan.id.rawValue), .integer(added.id.rawValue), .boolean(true)])
    }

    /// `workflow.flag(name, value)`: sets (or with nil clears) a flag on the event's case.
    func flag(_ arguments: LuaArguments) throws -> LuaResult {
        let running = try current("workflow.flag")
        let name = try arguments.string(1)
        guard let caseID = running.event.caseID else { throw LuaHostError("workflow.flag needs an event about a case") }
        let value = try arguments.value(2)
        let json: String?
        switch value {
        case .nil: json = nil
        case .boolean, .integer, .number, .string: json = try value.jsonText()
        default:
            throw LuaArgumentError(index: 2, problem: "a flag's value is a boolean, number or string (nil clears it)")
        }
        let handler = running.handler
        let key =
            keyPrefix + "event:\(running.event.id.rawValue):\(handler.pack.identity.name):\(handler.rule):flag:\(name)"
        if try running.transaction.workflowEffect(key: key) != nil { return .none }
        forgetRead("flags")
        try running.transaction.setCaseFlag(
            caseID, name: name, value: json,
            by: "\(handler.pack.identity.name) \(handler.pack.identity.version) \(handler.rule)")
        try record(
            .flag, key: key, subject: "flag:\(name)", summary: "flag \(name) " + (json.map { "= \($0)" } ?? "cleared"),
            detail: EffectDetail(value: json ?? "nil"), running, caller: arguments.caller)
        return .none
    }

    /// `"tovholder"` (a role), or an actor's id.
    static func assignee(_ value: LuaValue) throws -> TaskAssignee {
        switch value {
        case .integer(let id) where id > 0: return .actor(ActorID(id))
        case .string(let text) where !text.isEmpty: return try TaskAssignee(text)
        default:
            throw LuaArgumentError(
                index: 1,
                problem: "the field 'assignee' must be a role (\"tovholder\") or an actor's id, got \(value.typeName)")
        }
    }

    /// The id in a subject `task:12` (0 when there is none).
    static func subjectID(_ subject: String?) -> Int64 {
        subject.flatMap { $0.split(separator: ":").last }.flatMap { Int64($0) } ?? 0
    }
}
