// Who a consent lets information go to: one named actor, or every actor of a kind.

/// The receiving side of a consent: a specific actor ("Dr. Hansen"), or any actor of a kind ("the
/// GP", "outpatient psychiatry"). Encoded as `{"actor": 12}` or `{"kind": "gp"}`.
public enum ConsentRecipient: Hashable, Sendable {
    case actor(ActorID)
    case kind(ActorKind)

    /// Parses what a person types: a positive number is an actor id (`12`), anything else an
    /// ``ActorKind`` raw value (`gp`, `outpatient_psychiatry`); nil when it is neither.
    public init?(_ text: String) {
        if let id = ActorID(text) {
            self = .actor(id)
        } else if let kind = ActorKind(rawValue: text) {
            self = .kind(kind)
        } else {
            return nil
        }
    }

    /// Whether the actor `actor` of kind `kind` is this recipient.
    public func covers(_ actor: ActorID, kind: ActorKind) -> Bool {
        switch self {
        case .actor(let id): return id == actor
        case .kind(let covered): return covered == kind
        }
    }

    /// The words people read: `aktør 12`, `enhver af typen 'praktiserende læge'`.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.actor(let id), .danish): return "aktør \(id)"
        case (.actor(let id), .english): return "actor \(id)"
        case (.kind(let kind), .danish): return "enhver af typen '\(kind.displayName(.danish))'"
        case (.kind(let kind), .english): return "any \(kind.displayName(.english))"
        }
    }
}

extension ConsentRecipient: Codable {
    private enum CodingKeys: String, CodingKey {
        case actor, kind
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let id = try container.decodeIfPresent(ActorID.self, forKey: .actor) {
            self = .actor(id)
        } else {
            self = .kind(try container.decode(ActorKind.self, forKey: .kind))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .actor(let id): try container.encode(id, forKey: .actor)
        case .kind(let kind): try container.encode(kind, forKey: .kind)
        }
    }
}
