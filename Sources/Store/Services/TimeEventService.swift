// The time events: what has become due by a day (guarantee deadlines, follow-ups, consents, tasks), raised once each.
import Core
import GRDB

/// A time event found due, not yet raised: its kind, the key that makes it once-only, and its payload.
struct DueTimeEvent {
    let kind: String
    /// `guarantee.warning:case:5`: a thing that became due is raised once ever under its key.
    let key: String
    let caseID: CaseID?
    let subject: String
    let payload: any Encodable
}

extension StoreTransaction {
    /// Raises every time event that has become due by `today` and was not raised before, in a fixed
    /// order (by kind as in ``TimeEventSummary/kinds``, then by id), and remembers each in
    /// `time_event` so that no tick raises it again. Writes one audit entry, also when nothing was
    /// due, so that every tick shows in the audit log.
    ///
    /// - `guarantee.warning`: treatment has not started, the guarantee is pending and
    ///   `settings.guaranteeWarningDay` days have passed since the request.
    /// - `guarantee.breached`: the guarantee is breached on `today`.
    /// - `followup.due` / `followup.overdue`: a planned follow-up of an active plan due on or before
    ///   / before `today` (a rescheduled one falls due again); an active KIP with no planned
    ///   follow-up, whose next meeting is due `kipMeetingMonths` after its last meeting.
    /// - `consent.expiring`: a consent not revoked whose last day is within `consentNoticeDays`.
    /// - `task.overdue`: an open task whose due day is before `today`.
    public func raiseTimeEvents(on today: Day, settings: TimeEventSettings = .standard) throws -> TimeEventSummary {
        let due =
            try dueGuaranteeEvents(on: today, settings: settings)
            + dueFollowUpEvents(on: today, settings: settings)
            + dueConsentEvents(on: today, settings: settings)
            + dueTaskEvents(on: today)
        var raised: [RecordedEvent] = []
        for event in due {
            if let recorded = try raiseOnce(event, on: today) { raised.append(recorded) }
        }
        let summary = TimeEventSummary(day: today, events: raised)
        let counts = summary.countsText
        try audit(
            entity: "tick", id: today, action: "tick",
            summary: "tick \(today): \(raised.count) events" + (counts.isEmpty ? "" : " (\(counts))"))
        return summary
    }

    /// Whether a time event was raised under `key` before.
    func wasRaised(_ key: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM time_event WHERE key = ?"), arguments: [key])
            ?? false
    }

    /// Raises `event` unless its key was raised before, and remembers the key.
    private func raiseOnce(_ event: DueTimeEvent, on today: Day) throws -> RecordedEvent? {
        guard try !wasRaised(event.key) else { return nil }
        let id = try raise(event.kind, case: event.caseID, subject: event.subject, payload: event.payload)
        try db.cachedStatement(sql: "INSERT INTO time_event (key, event_id, day) VALUES (?, ?, ?)").execute(
            arguments: [event.key, id.rawValue, today.description])
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM event WHERE id = ?"), arguments: [id.rawValue])
        else { return nil }
        return RecordedEvent(row)
    }
}
