// What a dry run found: per side the effects and deadlines, and every difference between the active workflows and the candidate.

/// The result of replaying past events through the active workflows and through a candidate.
public struct SimulationReport: Codable, Sendable, Equatable {
    /// Counts for one side.
    public struct Side: Codable, Sendable, Equatable {
        public var tasks = 0
        /// Tasks a rule marked done because what they asked for happened.
        public var tasksCompleted = 0
        public var followUps = 0
        public var messages = 0
        /// Messages the consent did not allow (a rule then usually makes a task instead).
        public var refusedMessages = 0
        public var flags = 0
        public var proposedParticipants = 0
        /// Tasks and follow-ups whose due day came, and what really happened by then.
        public var deadlinesMet = 0
        public var deadlinesMissed = 0
        /// Events on which a rule failed (their effects are not counted).
        public var failures = 0
    }

    /// One thing the two sides did differently.
    public struct Difference: Codable, Sendable, Equatable {
        /// `only_active`, `only_candidate` or `changed` (same thing, another due day or assignee).
        public let change: String
        public let caseID: Int64?
        public let eventID: Int64
        public let event: String
        /// The event's day.
        public let day: String
        /// `task`, `followup`, `outbox`, `outbox_refused`, `flag`, `participant`.
        public let kind: String
        /// The task's title, the message's subject, the follow-up's purpose, the flag.
        public let what: String
        public let activeDetail: String?
        public let candidateDetail: String?
        /// For a task or follow-up of the candidate: `met`, `missed` or `open` (due after the period).
        public let deadline: String?
    }

    /// A rule that failed on an event in the dry run.
    public struct Failure: Codable, Sendable, Equatable {
        /// `active` or `candidate`.
        public let side: String
        public let eventID: Int64
        public let message: String
    }

    public let from: String?
    public let to: String
    public let events: Int
    public let cases: Int
    public var active = Side()
    public var candidate = Side()
    public var differences: [Difference] = []
    public var failures: [Failure] = []
}
