// Where an intervention is: planned, active, completed or cancelled.

/// The life of an ``Intervention``: `planned → active → completed`; `planned → completed` for one
/// recorded after the fact; planned or active ones can be cancelled. Completed and cancelled are final.
public enum InterventionStatus: String, CaseIterable, Codable, Sendable, LocalizedText {
    case planned
    case active
    case completed
    case cancelled

    /// Whether an intervention in this status may move to `next`.
    public func canChange(to next: InterventionStatus) -> Bool {
        switch (self, next) {
        case (.planned, .active), (.planned, .completed), (.planned, .cancelled),
            (.active, .completed), (.active, .cancelled):
            true
        default: false
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.planned, .danish): "planlagt"
        case (.planned, .english): "planned"
        case (.active, .danish): "i gang"
        case (.active, .english): "active"
        case (.completed, .danish): "afsluttet"
        case (.completed, .english): "completed"
        case (.cancelled, .danish): "aflyst"
        case (.cancelled, .english): "cancelled"
        }
    }
}
