// One citizen's answers to one screening flow on a case: in progress until completed, then immutable.
import Foundation

/// Whether a response can still change.
public enum ScreeningStatus: String, Codable, Hashable, Sendable {
    /// Saved part-way; can be resumed and changed.
    case inProgress = "in_progress"
    /// Scored and final: its answers and result never change (rescoring makes a ``Rescoring``).
    case completed
}

/// A response to a screening flow. While in progress it holds the answers so far and where to
/// resume; once completed it also holds the result and never changes again.
public struct ScreeningResponse: Sendable, Codable, Equatable {
    /// Nil until stored.
    public var id: ScreeningResponseID?
    public let caseID: CaseID
    public let flow: FlowReference
    public private(set) var status: ScreeningStatus
    /// Answer id → answer, as checked against the flow's items.
    public private(set) var answers: [String: Answer]
    /// The item to resume at; nil at the start or once completed.
    public private(set) var resumeAt: String?
    /// The settings the response was scored with (the flow's, with the municipality's changes).
    public private(set) var settings: [String: FlowSetting]
    public private(set) var result: ScreeningResult?
    /// The day the screening concerns (answers describe e.g. "the last 30 days" before it).
    public let day: Day
    public let startedAt: Date
    public let startedBy: String
    public private(set) var completedAt: Date?
    public private(set) var completedBy: String?

    /// A new response in progress.
    public init(
        caseID: CaseID, flow: FlowReference, day: Day, answers: [String: Answer] = [:], resumeAt: String? = nil,
        settings: [String: FlowSetting] = [:], startedAt: Date, startedBy: String
    ) {
        self.caseID = caseID
        self.flow = flow
        self.day = day
        self.answers = answers
        self.resumeAt = resumeAt
        self.settings = settings
        self.startedAt = startedAt
        self.startedBy = startedBy
        status = .inProgress
    }

    /// Replaces the answers so far and the item to resume at.
    /// - Throws: `DomainError` when the response is completed.
    public mutating func save(answers: [String: Answer], resumeAt: String?) throws {
        guard status == .inProgress else { throw DomainError(field: "response", ScreeningProblem.completed) }
        self.answers = answers
        self.resumeAt = resumeAt
    }

    /// Completes the response with its final answers, the settings used and the result.
    /// - Throws: `DomainError` when the response is already completed.
    public mutating func complete(
        answers: [String: Answer], settings: [String: FlowSetting], result: ScreeningResult, at time: Date,
        by user: String
    ) throws {
        guard status == .inProgress else { throw DomainError(field: "response", ScreeningProblem.completed) }
        self.answers = answers
        self.settings = settings
        self.result = result
        resumeAt = nil
        completedAt = time
        completedBy = user
        status = .completed
    }
}

/// A completed response scored again under another flow version (or with other settings). The
/// response itself is never changed; each rescoring is kept beside it.
public struct Rescoring: Sendable, Codable, Equatable {
    public var id: RescoringID?
    public let responseID: ScreeningResponseID
    public let flow: FlowReference
    public let settings: [String: FlowSetting]
    public let result: ScreeningResult
    public let at: Date
    public let by: String

    public init(
        responseID: ScreeningResponseID, flow: FlowReference, settings: [String: FlowSetting], result: ScreeningResult,
        at: Date, by: String
    ) {
        self.responseID = responseID
        self.flow = flow
        self.settings = settings
        self.result = result
        self.at = at
        self.by = by
    }
}
