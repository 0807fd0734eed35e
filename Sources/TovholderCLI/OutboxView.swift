// How an outbox message is shown: every field, the body, the recipient's name and the consents that allow it.
import Core

/// An ``OutboxMessage`` with what `outbox show` adds: the recipient's name and, in words, the
/// consents that allow it. Its JSON is the message's own fields plus `recipient_name` and `allowed_by`.
struct OutboxView: Encodable {
    let message: OutboxMessage
    let recipientName: String?
    /// One sentence per consent that allows the message (or the rule that needs none).
    let allowedBy: [String]

    private enum CodingKeys: String, CodingKey {
        case recipientName, allowedBy
    }

    /// - Parameter consents: the case's consents; those the message names are described.
    init(_ message: OutboxMessage, recipient: Actor?, consents: [Consent], language: Language) {
        self.message = message
        recipientName = recipient?.name
        if message.consents.isEmpty {
            allowedBy = [ConsentGround.parentOfMinor.text(language)]
        } else {
            allowedBy = message.consents.map { id in
                consents.first { $0.id == id }.map { ConsentGround.consent($0).text(language) }
                    ?? (language == .danish ? "samtykke \(id)" : "consent \(id)")
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        try message.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(recipientName, forKey: .recipientName)
        try container.encode(allowedBy, forKey: .allowedBy)
    }

    func text(_ language: Language) -> String {
        func label(_ word: OutboxWords) -> String { "  " + word.text(language) + ": " }
        let id = message.id?.description ?? "-"
        var lines = [
            OutboxWords.message(id).text(language) + ": " + message.subject,
            label(.caseLabel) + message.caseID.description,
            label(.to) + OutboxWords.actor(message.recipient.description, name: recipientName).text(language),
            label(.status) + message.status.text(language),
            label(.created) + "\(message.created) " + OutboxWords.by(message.createdBy).text(language),
            label(.origin) + OutboxWords.origin(message.origin).text(language),
            label(.contents) + message.categories.map { $0.displayName(language) }.joined(separator: ", "),
            label(.purpose) + message.purpose.displayName(language),
        ]
        if let document = message.document { lines.append(label(.document) + document) }
        lines += allowedBy.map { label(.allowedBy) + $0 }
        if let sent = message.sent {
            lines.append(
                label(.sent) + "\(sent) " + OutboxWords.by(message.sentBy ?? "?").text(language)
                    + (message.channel.map { " " + OutboxWords.via($0).text(language) } ?? ""))
        }
        if let cancelled = message.cancelled {
            lines.append(
                label(.cancelled) + "\(cancelled) " + OutboxWords.by(message.cancelledBy ?? "?").text(language)
                    + (message.cancelReason.map { ": " + $0 } ?? ""))
        }
        lines.append("")
        lines.append(message.body)
        return lines.joined(separator: "\n")
    }

    /// One line of `outbox list`: id, day, status, recipient, case, subject.
    static func line(_ message: OutboxMessage, recipientName: String?, language: Language) -> String {
        [
            message.id?.description ?? "-", message.created.description, message.status.text(language),
            OutboxWords.actor(message.recipient.description, name: recipientName).text(language),
            OutboxWords.caseLabel.text(language).lowercased() + " " + message.caseID.description, message.subject,
        ].joined(separator: "\t")
    }
}
