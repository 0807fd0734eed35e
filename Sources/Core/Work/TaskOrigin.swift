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
    /// The event that set it off ("case_opened", "followup_due"), when there was one.
    public let event: String?

    /// Created by a person.
    public static let manual = TaskOrigin(kind: .manual, pack: nil, rule: nil, event: nil)

    /// Created by `rule` of `pack`, reacting to `event` if there was one.
    public static func workflow(pack: String, rule: String, event: String? = nil) -> TaskOrigin {
        TaskOrigin(kind: .workflow, pack: pack, rule: rule, event: event)
    }

    /// Created in response to `event`.
    public static func event(_ event: String) -> TaskOrigin {
        TaskOrigin(kind: .event, pack: nil, rule: nil, event: event)
    }
}
