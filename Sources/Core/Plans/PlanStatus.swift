// Where a plan is in its life: draft, active, completed or revoked.

/// The life of a plan: `draft → active → completed`; a draft or an active plan can be revoked.
/// Completed and revoked plans are closed: nothing in them changes any more.
public enum PlanStatus: String, CaseIterable, Codable, Sendable, LocalizedText {
    case draft
    case active
    case completed
    case revoked

    /// Whether the plan can still change.
    public var isOpen: Bool { self == .draft || self == .active }

    /// Whether a plan in this status may move to `next`.
    public func canChange(to next: PlanStatus) -> Bool {
        switch (self, next) {
        case (.draft, .active), (.active, .completed), (.draft, .revoked), (.active, .revoked): true
        default: false
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.draft, .danish): "kladde"
        case (.draft, .english): "draft"
        case (.active, .danish): "aktiv"
        case (.active, .english): "active"
        case (.completed, .danish): "afsluttet"
        case (.completed, .english): "completed"
        case (.revoked, .danish): "tilbagekaldt"
        case (.revoked, .english): "revoked"
        }
    }
}
