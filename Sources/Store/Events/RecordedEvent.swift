// One domain event as the journal keeps it: what happened, when, by whom, about which case, with its payload.
import Core
import GRDB

/// A domain event raised inside a command's transaction (`screening.completed` ...). It is kept
/// only if the command commits, and never changes; the workflows handle it afterwards.
public struct RecordedEvent: Sendable, Equatable, Codable {
    public let id: EventID
    /// What happened, as `area.verb`: `screening.completed`.
    public let kind: String
    /// When, as the audit log writes it: ISO 8601 UTC with milliseconds.
    public let at: String
    public let user: String
    public let command: String
    public let caseID: CaseID?
    /// The citizen of the case, when there is one.
    public let citizenID: CitizenID?
    /// The entity it is about, as `table:id`: `screening_response:5`.
    public let subject: String?
    /// The payload as JSON, with snake_case keys.
    public let payload: String

    /// The day the event happened: the payload's `day`, else the day it was recorded.
    public var day: String {
        struct Dated: Decodable { let day: String? }
        return (try? JSONColumn.decode(Dated.self, from: payload))?.day ?? String(at.prefix(10))
    }

    /// The payload decoded as `type`.
    public func payload<T: Decodable>(as type: T.Type) throws -> T {
        try JSONColumn.decode(type, from: payload)
    }

    public init(
        id: EventID, kind: String, at: String, user: String, command: String, caseID: CaseID?, citizenID: CitizenID?,
        subject: String?, payload: String
    ) {
        self.id = id
        self.kind = kind
        self.at = at
        self.user = user
        self.command = command
        self.caseID = caseID
        self.citizenID = citizenID
        self.subject = subject
        self.payload = payload
    }

    /// From a row of the `event` table, by column name.
    public init(_ row: Row) {
        id = EventID(row["id"] as Int64)
        kind = row["kind"]
        at = row["at"]
        user = row["user"]
        command = row["command"]
        caseID = (row["case_id"] as Int64?).map { CaseID($0) }
        citizenID = (row["citizen_id"] as Int64?).map { CitizenID($0) }
        subject = row["subject"]
        payload = row["payload"]
    }
}
