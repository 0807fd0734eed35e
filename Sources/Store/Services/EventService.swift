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
        try raise(kind, case: caseID, subject: subject, json: try JSONColumn.encode(payload))
    }

    /// As ``raise(_:case:subject:payload:)`` with the payload already JSON (an object with
    /// snake_case keys): for `pack test`, whose specs give an event's fields as a Lua table.
    @discardableResult
    public func raise(_ kind: String, case caseID: CaseID?, subject: String?, json: String) throws -> EventID {
        let citizen = try caseID.map { try caseCitizen($0) }
        try db.cachedStatement(
            sql: """
                INSERT INTO event (kind, at, user, command, case_id, citizen_id, subject, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            kind, nowText, context.user, context.command, caseID?.rawValue, citizen?.rawValue, subject, json,
        ])
        let id = EventID(db.lastInsertedRowID)
        raisedEvents.append(
            RecordedEvent(
                id: id, kind: kind, at: nowText, user: context.user, command: context.command, caseID: caseID,
                citizenID: citizen, subject: subject, payload: json))
        return id
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

    /// The events recorded from `from` to `to` (days of their time, both included; open ends when
    /// nil) whose kind is in `kinds`, oldest first: what a dry run of the workflows replays.
    /// Audited as one listing.
    public func events(from: Day?, to: Day?, kinds: Set<String>) throws -> [RecordedEvent] {
        guard !kinds.isEmpty else { return [] }
        let sortedKinds = kinds.sorted()
        var arguments: [(any DatabaseValueConvertible)?] = sortedKinds
        var sql = "SELECT * FROM event WHERE kind IN (\(sortedKinds.map { _ in "?" }.joined(separator: ", ")))"
        if let from {
            sql += " AND at >= ?"
            arguments.append(from.description)
        }
        if let to {
            sql += " AND at < ?"
            arguments.append(to.adding(days: 1).description)
        }
        let events = try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: StatementArguments(arguments)!)
            .map(RecordedEvent.init)
        try audit(
            entity: "event", action: "list",
            summary: "events \(from.map(\.description) ?? "start") to \(to.map(\.description) ?? "now") listed "
                + "for a dry run (\(events.count))")
        return events
    }
}
