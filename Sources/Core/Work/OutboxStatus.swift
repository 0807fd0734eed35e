// Where an outbox message is: waiting to be sent, sent through the municipality's channel, or cancelled.

/// The life of an ``OutboxMessage``: `pending → sent` or `pending → cancelled`; both are final.
/// Raw values are stable for storage, the CLI and Lua.
public enum OutboxStatus: String, CaseIterable, Codable, Sendable, LocalizedText {
    /// Prepared and allowed; the caseworker has not yet sent it.
    case pending
    /// Sent by the caseworker through the municipality's own channel (e-Boks, secure mail, letter).
    case sent
    /// Not to be sent after all.
    case cancelled

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.pending, .danish): "afventer afsendelse"
        case (.pending, .english): "pending"
        case (.sent, .danish): "sendt"
        case (.sent, .english): "sent"
        case (.cancelled, .danish): "annulleret"
        case (.cancelled, .english): "cancelled"
        }
    }
}
