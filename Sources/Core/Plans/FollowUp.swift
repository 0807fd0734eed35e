// A planned follow-up of a plan (for a KIP: the next meeting), and what came of it.

/// Where a ``FollowUp`` is: planned, held or cancelled. Held and cancelled are final.
public enum FollowUpStatus: String, CaseIterable, Codable, Sendable, LocalizedText {
    case planned
    case held
    case cancelled

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.planned, .danish): "planlagt"
        case (.planned, .english): "planned"
        case (.held, .danish): "afholdt"
        case (.held, .english): "held"
        case (.cancelled, .danish): "aflyst"
        case (.cancelled, .english): "cancelled"
        }
    }
}

/// A follow-up of a plan: due on a day, then held (with an outcome) or cancelled. In a KIP the
/// planned follow-up is part 5's "next meeting". The intervals (status after 3 months, at least
/// every 6 months) are municipal configuration, kept in Lua, not here.
public struct FollowUp: Codable, Sendable, Equatable, Identifiable {
    public let id: FollowUpID
    public internal(set) var due: Day
    /// What the follow-up is for ("status after 3 months", "next KIP meeting").
    public let purpose: String
    public internal(set) var status: FollowUpStatus
    public internal(set) var held: Day?
    public internal(set) var outcome: String

    init(id: FollowUpID, due: Day, purpose: String) {
        self.id = id
        self.due = due
        self.purpose = trimmedText(purpose)
        status = .planned
        outcome = ""
    }

    /// Still planned and its due day has passed by `today`.
    public func isOverdue(on today: Day) -> Bool { status == .planned && today > due }

    /// Marks the follow-up held on `day`, with what came of it.
    mutating func recordHeld(on day: Day, outcome: String) throws {
        guard status == .planned else { throw DomainError(field: "followup", PlanProblem.followUpNotPlanned(status)) }
        self.outcome = try requiredText(outcome, field: "outcome")
        held = day
        status = .held
    }

    /// Moves a planned follow-up to `day`.
    mutating func reschedule(to day: Day) throws {
        guard status == .planned else { throw DomainError(field: "followup", PlanProblem.followUpNotPlanned(status)) }
        due = day
    }

    /// Cancels a planned follow-up.
    mutating func cancel() throws {
        guard status == .planned else { throw DomainError(field: "followup", PlanProblem.followUpNotPlanned(status)) }
        status = .cancelled
    }
}
