// What one workflow rule did in reaction to one event: the record that makes handling idempotent and the history readable.
import Core
import GRDB

/// One effect of a workflow rule, kept under its key: a task created, a follow-up scheduled, a
/// message queued or refused, a flag set, a participant proposed. A second effect with the same
/// key is not made, so an event handled twice creates nothing twice. Never changes.
public struct WorkflowEffect: Sendable, Equatable, Codable {
    /// What kind of thing the rule did.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case task
        /// A task a rule made earlier, marked done because what it asked for happened.
        case taskDone = "task_done"
        case followUp = "followup"
        case outbox
        /// A message the consent did not allow; nothing was queued.
        case outboxRefused = "outbox_refused"
        case flag
        case participant
    }

    public var id: WorkflowEffectID?
    /// Unique: `case:<id>:<the rule's key>`, or the event, rule and ordinal when the rule gave none.
    public let key: String
    /// The event the rule handled.
    public let eventID: EventID?
    public let caseID: CaseID?
    public let pack: String
    public let packVersion: String
    /// The workflow id (the file's name without `.lua`).
    public let workflow: String
    /// The rule's name (`on(..., { name = ... })`), or `<event>@<line>`.
    public let rule: String
    /// The file and line of the call that made the effect.
    public let file: String
    public let line: Int?
    public let kind: Kind
    /// What it made, as `table:id` (`task:12`, `outbox_message:3`, `plan:4/followup:2`, `flag:name`).
    public let subject: String?
    /// One line for the case's history; never a CPR number or a message body.
    public let summary: String
    /// When, as the audit log writes it.
    public let at: String

    public init(
        id: WorkflowEffectID? = nil, key: String, eventID: EventID?, caseID: CaseID?, pack: String,
        packVersion: String, workflow: String, rule: String, file: String, line: Int?, kind: Kind, subject: String?,
        summary: String, at: String = ""
    ) {
        self.id = id
        self.key = key
        self.eventID = eventID
        self.caseID = caseID
        self.pack = pack
        self.packVersion = packVersion
        self.workflow = workflow
        self.rule = rule
        self.file = file
        self.line = line
        self.kind = kind
        self.subject = subject
        self.summary = summary
        self.at = at
    }

    init(_ row: Row) {
        id = WorkflowEffectID(row["id"] as Int64)
        key = row["key"]
        eventID = (row["event_id"] as Int64?).map { EventID($0) }
        caseID = (row["case_id"] as Int64?).map { CaseID($0) }
        pack = row["pack"]
        packVersion = row["pack_version"]
        workflow = row["workflow"]
        rule = row["rule"]
        file = row["file"]
        line = (row["line"] as Int64?).map { Int($0) }
        kind = Kind(rawValue: row["kind"]) ?? .task
        subject = row["subject"]
        summary = row["summary"]
        at = row["at"]
    }
}
