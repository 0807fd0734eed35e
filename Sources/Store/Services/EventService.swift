// The journal of domain events: raising one inside a command, and reading them back by case or in order.
import Core
import GRDB

extension StoreTransaction {
    /// Records a domain event of this command: kept if the command commits, gone if it fails. A
    /// case it names must exist; the event carries the case's citizen. The event itself is not
    /// audited: the change that raised it is.
    @discardableResult
    public func raise(_ kind: String, case caseID: CaseID?, subject: String?, payload: some Encodable) throws
        -> EventID
    {
        let citizen = try caseID.map { try caseCitizen($0) }
        try db.cachedStatement(
            sql: """
                INSERT INTO event (kind, at, user, command, case_id, citizen_id, subject, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            kind, nowText, context.user, context.command, caseID?.rawValue, citizen?.rawValue, subject,
            try JSONColumn.encode(payload),
        ])
        return EventID(db.lastInsertedRowID)
    }

    /// A case's events, oldest first; the read is audited.
    public func events(case caseID: CaseID) throws -> [RecordedEvent] {
        let citizen = try caseCitizen(caseID)
        let events = try Row.fetchAll(
            db, sql: "SELECT * FROM event WHERE case_id = ? ORDER BY id", arguments: [caseID.rawValue]
        ).map(RecordedEvent.init)
        try audit(
            entity: "event", citizen: citizen.rawValue, action: "read", summary: "events of case \(caseID) read")
        return events
    }

    /// Up to `limit` events after `after` (from the first when nil), oldest first: how the workflows
    /// follow the journal. Reading some is audited as one listing; finding none writes nothing.
    public func events(after: EventID?, limit: Int) throws -> [RecordedEvent] {
        let events = try Row.fetchAll(
            db, sql: "SELECT * FROM event WHERE id > ? ORDER BY id LIMIT ?",
            arguments: [after?.rawValue ?? 0, limit]
        ).map(RecordedEvent.init)
        if let last = events.last {
            try audit(
                entity: "event", action: "list",
                summary: "events \(events[0].id) to \(last.id) listed (\(events.count))")
        }
        return events
    }
}
