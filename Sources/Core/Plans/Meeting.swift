// A plan meeting that took place: who took part, whether the citizen was there, and acceptance after.

/// A meeting held about a plan (for a KIP: the plan meeting). When the citizen was absent, the
/// coordinator obtains the citizen's acceptance of the plan afterwards; until then the meeting is
/// awaiting acceptance. Meetings still to come are ``FollowUp``s.
public struct Meeting: Codable, Sendable, Equatable, Identifiable {
    public let id: MeetingID
    public let day: Day
    /// The practitioners and relatives present (the citizen is recorded in ``citizenPresent``).
    public let participants: [ActorID]
    public let citizenPresent: Bool
    public let note: String
    public private(set) var acceptance: CitizenAcceptance?

    init(id: MeetingID, _ draft: MeetingDraft) {
        self.id = id
        day = draft.day
        participants = Array(Set(draft.participants)).sorted()
        citizenPresent = draft.citizenPresent
        note = trimmedText(draft.note)
    }

    /// The citizen was absent and has not yet accepted the plan.
    public var isAwaitingAcceptance: Bool { !citizenPresent && acceptance == nil }

    /// Records the absent citizen's acceptance of the plan, once, on or after the meeting.
    mutating func record(_ acceptance: CitizenAcceptance) throws {
        guard !citizenPresent else { throw DomainError(field: "meeting", PlanProblem.citizenWasPresent) }
        guard self.acceptance == nil else { throw DomainError(field: "meeting", PlanProblem.acceptanceAlreadyRecorded) }
        guard acceptance.day >= day else { throw DomainError(field: "date", PlanProblem.dayBefore(day)) }
        self.acceptance = CitizenAcceptance(
            day: acceptance.day, method: acceptance.method, note: trimmedText(acceptance.note))
    }
}

/// A meeting as submitted, before the plan gives it an id; the fields are those of ``Meeting``.
public struct MeetingDraft: Codable, Sendable, Equatable {
    public var day: Day
    public var participants: [ActorID]
    public var citizenPresent: Bool
    public var note: String

    public init(day: Day, participants: [ActorID], citizenPresent: Bool, note: String = "") {
        self.day = day
        self.participants = participants
        self.citizenPresent = citizenPresent
        self.note = note
    }
}
