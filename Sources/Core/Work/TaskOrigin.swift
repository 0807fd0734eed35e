// What made a task: a person by hand, a workflow rule in a pack, or an event.

/// Why a ``WorkTask`` exists. Plain strings, so that packs and events the core does not know can
/// name themselves.
public struct TaskOrigin: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Created by a person.
        case manual
        /// Created by a workflow rule of a pack.
        case workflow
        /// Created in direct response to an event, without a named rule.
        case event
    }

    public let kind: Kind
    /// The pack whose rule made the task (workflow only).
    public let pack: String?
    /// The rule's name within the pack (workflow only).
    public let rule: String?
    /// The event that set it off (`case.opened`, `followup.due`), when there was one.
    public let event: String?
    /// The version of the pack whose rule made the task (workflow only).
    public let packVersion: String?
    /// The journal id of the event that set it off, when there was one.
    public let eventID: Int64?

    public init(
        kind: Kind, pack: String? = nil, rule: String? = nil, event: String? = nil, packVersion: String? = nil,
        eventID: Int64? = nil
    ) {
        self.kind = kind
        self.pack = pack
        self.rule = rule
        self.event = event
        self.packVersion = packVersion
        self.eventID = eventID
    }

    /// Created by a person.
    public static let manual = TaskOrigin(kind: .manual, pack: nil, rule: nil, event: nil)

    /// Created by `rule` of `pack` (in `version`), reacting to `event` (journal id `eventID`) if there was one.
    public static func workflow(
        pack: String, version: String? = nil, rule: String, event: String? = nil, eventID: Int64? = nil
    ) -> TaskOrigin {
        TaskOrigin(kind: .workflow, pack: pack, rule: rule, event: event, packVersion: version, eventID: eventID)
    }

    /// Created in response to `event`.
    public static func event(_ event: String) -> TaskOrigin {
        TaskOrigin(kind: .event, pack: nil, rule: nil, event: event)
    }
}
