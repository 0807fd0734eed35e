// ctx.outbox: a message for another party, queued only when the citizen's consent allows it.
import Core
import Lua
import Store

extension WorkflowSession {
    /// `workflow.outbox { to, subject, body, categories, purpose, document, key }` → the message's
    /// id and whether it was made now; or nil and a refusal `{ reason, text, recipient }` when no
    /// recipient of that kind takes part in the case (`no_recipient`) or the consent does not
    /// cover it (`consent`). Nothing is queued without consent; the rule decides what to do instead.
    func outbox(_ arguments: LuaArguments) throws -> LuaResult {
        let running = try current("workflow.outbox")
        let spec = try WorkflowSpec(
            arguments, function: "workflow.outbox",
            allowed: ["to", "subject", "body", "categories", "purpose", "document", "key"])
        guard let caseID = running.event.caseID else {
            throw LuaHostError("workflow.outbox needs an event about a case")
        }
        let subject = try spec.requiredString("subject")
        let body = try spec.requiredString("body")
        guard let names = try spec.strings("categories"), !names.isEmpty else {
            throw LuaArgumentError(index: 1, problem: "the field 'categories' is required: what the message contains")
        }
        var categories: Set<DataCategory> = []
        for name in names {
            guard let category = DataCategory(rawValue: name) else {
                throw spec.unknownName("category", name, known: DataCategory.allCases.map(\.rawValue))
            }
            categories.insert(category)
        }
        var purpose = ConsentPurpose.treatment
        if let name = try spec.string("purpose") {
            guard let given = ConsentPurpose(rawValue: name) else {
                throw spec.unknownName("purpose", name, known: ConsentPurpose.allCases.map(\.rawValue))
            }
            purpose = given
        }
        let transaction = running.transaction
        guard let recipient = try recipient(spec.value("to"), case: caseID, on: running.day, transaction) else {
            let kind = spec.value("to").stringValue ?? "?"
            return .values([
                .nil,
                .table(
                    LuaTable(fields: [
                        "reason": "no_recipient",
                        "text": .string("Ingen deltager i sagen er af typen '\(kind)'."),
                    ])),
            ])
        }
        let key = effectKey(try spec.string("key"), kind: .outbox, running)
        if let existing = try transaction.workflowEffect(key: key) {
            return .values([.integer(Self.subjectID(existing.subject)), .boolean(false)])
        }
        let draft = OutboxDraft(
            caseID: caseID, recipient: recipient, subject: subject, body: body, document: try spec.string("document"),
            categories: categories, purpose: purpose, origin: origin(running), day: running.day)
        let detail = EffectDetail(recipient: recipient.rawValue, subject: subject)
        switch try transaction.queueMessage(draft) {
        case .queued(let message):
            let id = message.id!.rawValue
            try record(
                .outbox, key: key, subject: "outbox_message:\(id)",
                summary: "message \(id) to actor \(recipient) queued: \(subject)", detail: detail, running,
                caller: arguments.caller)
            return .values([.integer(id), .boolean(true)])
        case .refused(let refusal):
            try record(
                .outboxRefused, key: key + ":refused", subject: "actor:\(recipient.rawValue)",
                summary: "message to actor \(recipient) refused (no consent): \(subject)", detail: detail, running,
                caller: arguments.caller)
            return .values([
                .nil,
                .table(
                    LuaTable(fields: [
                        "reason": "consent", "text": .string(refusal.text(.danish)),
                        "recipient": .integer(recipient.rawValue),
                    ])),
            ])
        }
    }

    /// An actor's id, or an actor kind (`gp`) resolved to the first active participant of that kind.
    private func recipient(_ value: LuaValue, case caseID: CaseID, on day: Day, _ transaction: StoreTransaction) throws
        -> ActorID?
    {
        switch value {
        case .integer(let id) where id > 0:
            return try transaction.actor(ActorID(id), field: "to").id
        case .string(let name):
            guard let kind = ActorKind(rawValue: name) else {
                throw LuaArgumentError(
                    index: 1,
                    problem: "the field 'to' must be an actor's id or "
                        + unknown(
                            "actor kind", name, known: ActorKind.allCases.map(\.rawValue)))
            }
            for participant in try transaction.participants(case: caseID) where participant.isActive(on: day) {
                if try transaction.actor(participant.actor).kind == kind { return participant.actor }
            }
            return nil
        default:
            throw LuaArgumentError(index: 1, problem: "the field 'to' is required: an actor's id or kind")
        }
    }
}
