// Who a task is for: a named actor, or whoever holds a role such as the coordinator.

/// The one a ``WorkTask`` is assigned to. Encoded as `{"actor": 5}` or `{"role": "tovholder"}`.
public enum TaskAssignee: Codable, Sendable, Hashable, CustomStringConvertible {
    /// A particular actor.
    case actor(ActorID)
    /// Whoever holds the role ("tovholder", "sagsbehandler"); resolved where roles are known.
    case role(String)

    /// An assignee as typed: a positive number is an actor id, anything else a role name.
    public init(_ text: String) throws {
        let text = try requiredText(text, field: "assignee", problem: TaskProblem.required)
        self = ActorID(text).map(TaskAssignee.actor) ?? .role(text.lowercased())
    }

    /// `actor 5` or `role tovholder`.
    public var description: String {
        switch self {
        case .actor(let id): "actor \(id)"
        case .role(let role): "role \(role)"
        }
    }

    private enum CodingKeys: String, CodingKey { case actor, role }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let actor = try container.decodeIfPresent(ActorID.self, forKey: .actor) {
            self = .actor(actor)
        } else {
            self = .role(try container.decode(String.self, forKey: .role))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .actor(let id): try container.encode(id, forKey: .actor)
        case .role(let role): try container.encode(role, forKey: .role)
        }
    }
}
