// The words of the `outbox` commands, in Danish and English.
import Core

/// Sentences and labels the `outbox` commands show.
enum OutboxWords: LocalizedText {
    case message(String), caseLabel, to, status, created, contents, purpose, document, allowedBy, sent, cancelled
    case origin
    case actor(String, name: String?)
    case by(String)
    case via(String)
    case manual
    case workflow(pack: String, version: String?, rule: String?, event: String?)
    case event(String)
    case markedSent(id: String, day: String, channel: String?)
    case cancelledMessage(id: String, day: String)

    func text(_ language: Language) -> String {
        let da = language == .danish
        switch self {
        case .message(let id): return da ? "Besked \(id)" : "Message \(id)"
        case .caseLabel: return da ? "Sag" : "Case"
        case .to: return da ? "Til" : "To"
        case .status: return "Status"
        case .created: return da ? "Oprettet" : "Created"
        case .contents: return da ? "Indhold" : "Contents"
        case .purpose: return da ? "Formål" : "Purpose"
        case .document: return da ? "Dokument" : "Document"
        case .allowedBy: return da ? "Samtykke" : "Consent"
        case .sent: return da ? "Sendt" : "Sent"
        case .cancelled: return da ? "Annulleret" : "Cancelled"
        case .origin: return da ? "Oprindelse" : "Origin"
        case .actor(let id, let name):
            return (da ? "aktør " : "actor ") + id + (name.map { " (\($0))" } ?? "")
        case .by(let user): return da ? "af \(user)" : "by \(user)"
        case .via(let channel): return "via \(channel)"
        case .manual: return da ? "oprettet manuelt" : "added by hand"
        case .workflow(let pack, let version, let rule, let event):
            let packText = pack + (version.map { " \($0)" } ?? "")
            let ruleText = rule.map { da ? ", regel \($0)" : ", rule \($0)" } ?? ""
            let eventText = event.map { da ? ", hændelse \($0)" : ", event \($0)" } ?? ""
            return (da ? "workflow i pakken " : "workflow of pack ") + packText + ruleText + eventText
        case .event(let event): return da ? "hændelsen \(event)" : "the event \(event)"
        case .markedSent(let id, let day, let channel):
            let via = channel.map { " via \($0)" } ?? ""
            return da ? "Besked \(id) markeret som sendt \(day)\(via)." : "Message \(id) marked sent on \(day)\(via)."
        case .cancelledMessage(let id, let day):
            return da ? "Besked \(id) annulleret \(day)." : "Message \(id) cancelled on \(day)."
        }
    }

    /// Where a message came from, in words.
    static func origin(_ origin: TaskOrigin) -> OutboxWords {
        switch origin.kind {
        case .manual: return .manual
        case .workflow:
            return .workflow(
                pack: origin.pack ?? "?", version: origin.packVersion, rule: origin.rule, event: origin.event)
        case .event: return .event(origin.event ?? "?")
        }
    }
}
