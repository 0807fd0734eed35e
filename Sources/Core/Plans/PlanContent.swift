// The content of a plan, typed by its kind; the kind of a plan is the kind of its content.

/// What a plan holds besides its goals, interventions, follow-ups and meetings. Stored as
/// `{"kind": "kip", "kip": {...}}`.
public enum PlanContent: Codable, Sendable, Equatable {
    case behandlingsplan(BehandlingsplanContent)
    case handleplan(HandleplanContent)
    case kip(KIPContent)

    /// Empty content of `kind`.
    public init(empty kind: PlanKind) {
        switch kind {
        case .behandlingsplan: self = .behandlingsplan(BehandlingsplanContent())
        case .handleplan: self = .handleplan(HandleplanContent())
        case .kip: self = .kip(KIPContent())
        }
    }

    public var kind: PlanKind {
        switch self {
        case .behandlingsplan: .behandlingsplan
        case .handleplan: .handleplan
        case .kip: .kip
        }
    }

    /// The KIP's content, or nil for other kinds.
    public var kip: KIPContent? {
        if case .kip(let content) = self { content } else { nil }
    }

    /// The text of `part`, or nil when `part` belongs to another kind.
    public func text(_ part: PlanPart) -> String? {
        switch self {
        case .behandlingsplan(let content): content.text(part)
        case .handleplan(let content): content.text(part)
        case .kip(let content): content.text(part)
        }
    }

    /// Puts `text` in `part`; throws when `part` belongs to another kind.
    mutating func setText(_ text: String, for part: PlanPart) throws {
        let changed: PlanContent? =
            switch self {
            case .behandlingsplan(let content): content.setting(text, for: part).map(PlanContent.behandlingsplan)
            case .handleplan(let content): content.setting(text, for: part).map(PlanContent.handleplan)
            case .kip(let content): content.setting(text, for: part).map(PlanContent.kip)
            }
        guard let changed else { throw DomainError(field: "part", PlanProblem.partNotInKind(part, kind)) }
        self = changed
    }

    /// Runs `body` on the KIP's content; throws when the plan is not a KIP.
    mutating func updateKIP(_ body: (inout KIPContent) throws -> Void) throws {
        guard case .kip(var content) = self else { throw DomainError(field: "kind", PlanProblem.onlyForKIP) }
        try body(&content)
        self = .kip(content)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, behandlingsplan, handleplan, kip
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(PlanKind.self, forKey: .kind) {
        case .behandlingsplan:
            self = .behandlingsplan(try container.decode(BehandlingsplanContent.self, forKey: .behandlingsplan))
        case .handleplan: self = .handleplan(try container.decode(HandleplanContent.self, forKey: .handleplan))
        case .kip: self = .kip(try container.decode(KIPContent.self, forKey: .kip))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .behandlingsplan(let content): try container.encode(content, forKey: .behandlingsplan)
        case .handleplan(let content): try container.encode(content, forKey: .handleplan)
        case .kip(let content): try container.encode(content, forKey: .kip)
        }
    }
}
