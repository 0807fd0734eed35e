// The outbox: messages to actors that the consent check allowed, queued for the caseworker to send by hand.
import Core
import GRDB

extension StoreTransaction {
    static let outbox = EntityTable(name: "outbox_message")

    /// Queues a message to an actor, if the citizen has consented to sharing every category of its
    /// content with that actor for its purpose on the draft's day. Nothing is ever sent from here:
    /// the caseworker sends it through the municipality's own channel and marks it sent.
    ///
    /// A refusal is an answer, not an error: it writes nothing but one audit entry naming the
    /// recipient and the refused categories. The body is never written to the audit log.
    /// - Throws: `DomainError` for an unknown case (`case`) or actor (`to`), or a draft that is no
    ///   message (empty `subject`, `body` or `category`).
    public func queueMessage(_ draft: OutboxDraft) throws -> OutboxQueueing {
        let citizenID = try caseCitizen(draft.caseID)
        let recipient = try actor(draft.recipient, field: "to")
        let citizen = try existingCitizen(citizenID)
        let queueing = try draft.queueing(
            consents: try caseConsents(draft.caseID), citizen: citizen, recipient: recipient,
            createdBy: context.user)
        switch queueing {
        case .refused(let refusal):
            let reasons = refusal.refused.map { "\($0.category.rawValue): \(Self.describe($0.reason))" }
            try audit(
                entity: "outbox_message", citizen: citizenID.rawValue, action: "refuse",
                summary: "outbox refused: case \(draft.caseID) to actor \(draft.recipient) "
                    + "for \(draft.purpose.rawValue): \(reasons.joined(separator: ", "))")
            return queueing
        case .queued(var message):
            let id = try Self.outbox.insert(db, outboxColumns(message, data: "{}"))
            message.id = OutboxMessageID(id)
            try Self.outbox.update(db, id: id, ["data": try JSONColumn.encode(message)])
            try audit(
                entity: "outbox_message", id: id, citizen: citizenID.rawValue, action: "queue",
                summary: "outbox message queued to actor \(message.recipient): \(message.subject) ("
                    + message.categories.map(\.rawValue).joined(separator: ",") + "; consents "
                    + (message.consents.isEmpty
                        ? "none needed" : message.consents.map(\.description).joined(separator: ","))
                    + ")")
            return .queued(message)
        }
    }

    /// Outbox messages, oldest first, optionally only those with `status` or of one case. Audited
    /// as one listing when any are returned.
    public func outboxMessages(status: OutboxStatus? = nil, case caseID: CaseID? = nil) throws -> [OutboxMessage] {
        var conditions: [String] = []
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        var citizen: Int64?
        if let status {
            conditions.append("status = :status")
            arguments["status"] = status.rawValue
        }
        if let caseID {
            citizen = try caseCitizen(caseID).rawValue
            conditions.append("case_id = :case")
            arguments["case"] = caseID.rawValue
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let messages = try Self.outbox.values(
            db, OutboxMessage.self, sql: "SELECT data FROM outbox_message\(filter) ORDER BY id",
            arguments: StatementArguments(arguments.mapValues { $0?.databaseValue ?? .null }))
        if !messages.isEmpty {
            try audit(
                entity: "outbox_message", citizen: citizen, action: "list",
                summary: "outbox listed (\(messages.count))" + (status.map { " status \($0.rawValue)" } ?? "")
                    + (caseID.map { " case \($0)" } ?? ""))
        }
        return messages
    }

    /// One outbox message; the read is audited, since the message may hold health information.
    public func outboxMessage(_ id: OutboxMessageID) throws -> OutboxMessage {
        let message = try existingOutboxMessage(id)
        try audit(
            entity: "outbox_message", id: id, citizen: try caseCitizen(message.caseID).rawValue, action: "read",
            summary: "outbox message \(id) read")
        return message
    }

    /// Records that the caseworker sent a pending message on `day`, through `channel` if said.
    public func markOutboxMessageSent(_ id: OutboxMessageID, on day: Day, channel: String?) throws -> OutboxMessage {
        try changeOutboxMessage(id, action: "sent") { message in
            try message.markSent(on: day, by: context.user, channel: channel)
            return "outbox message \(id) to actor \(message.recipient) sent \(day)"
                + (message.channel.map { " by \($0)" } ?? "")
        }
    }

    /// Cancels a pending message on `day`, saying why.
    public func cancelOutboxMessage(_ id: OutboxMessageID, on day: Day, reason: String) throws -> OutboxMessage {
        try changeOutboxMessage(id, action: "cancel") { message in
            try message.cancel(on: day, by: context.user, reason: reason)
            return "outbox message \(id) to actor \(message.recipient) cancelled \(day): \(message.cancelReason ?? "")"
        }
    }

    private func changeOutboxMessage(
        _ id: OutboxMessageID, action: String, _ change: (inout OutboxMessage) throws -> String
    ) throws -> OutboxMessage {
        var message = try existingOutboxMessage(id)
        let summary = try change(&message)
        try Self.outbox.update(db, id: id.rawValue, outboxColumns(message, data: try JSONColumn.encode(message)))
        try audit(
            entity: "outbox_message", id: id, citizen: try caseCitizen(message.caseID).rawValue, action: action,
            summary: summary)
        return message
    }

    private func existingOutboxMessage(_ id: OutboxMessageID) throws -> OutboxMessage {
        guard let message = try Self.outbox.value(db, id: id.rawValue, as: OutboxMessage.self) else {
            throw DomainError(field: "message", StoreProblem.unknownOutboxMessage(id.rawValue))
        }
        return message
    }

    private func outboxColumns(_ message: OutboxMessage, data: String) -> [String: (any DatabaseValueConvertible)?] {
        [
            "case_id": message.caseID.rawValue, "recipient_actor_id": message.recipient.rawValue,
            "status": message.status.rawValue, "created": message.created.description,
            "sent": message.sent?.description, "data": data,
        ]
    }

    /// A refusal's reason in the audit log's words: which consent, and what is wrong with it.
    private static func describe(_ refusal: ConsentRefusal) -> String {
        switch refusal {
        case .noConsent: return "no consent in the case"
        case .recipientNotCovered: return "no consent covers the recipient"
        case .revoked(let consent, let day): return "consent \(consent.id?.description ?? "?") revoked \(day)"
        case .notYetValid(let consent, let day): return "consent \(consent.id?.description ?? "?") valid from \(day)"
        case .expired(let consent, let day): return "consent \(consent.id?.description ?? "?") expired \(day)"
        case .purposeNotCovered(let consent, _):
            return "consent \(consent.id?.description ?? "?") is for \(consent.purpose.rawValue)"
        case .categoryNotCovered(let consent, _):
            return "consent \(consent.id?.description ?? "?") does not cover the category"
        }
    }
}
