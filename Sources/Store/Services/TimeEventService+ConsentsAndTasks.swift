// The time events of consents about to expire and of open tasks past their due day.
import Core
import GRDB

extension StoreTransaction {
    /// `consent.expiring` for consents not revoked whose last day is from `today` to
    /// `consentNoticeDays` later, by consent id; once per consent and last day.
    func dueConsentEvents(on today: Day, settings: TimeEventSettings) throws -> [DueTimeEvent] {
        let ids = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM consent
                WHERE revoked = 0 AND valid_until IS NOT NULL AND valid_until >= :today AND valid_until <= :limit
                AND NOT EXISTS (SELECT 1 FROM time_event WHERE key =
                    'consent.expiring:consent:' || consent.id || ':' || consent.valid_until)
                ORDER BY id
                """,
            arguments: [
                "today": today.description, "limit": today.adding(days: settings.consentNoticeDays).description,
            ])
        return try ids.compactMap { id in
            let consentID = ConsentID(id)
            guard let consent = try Self.consents.value(db, id: id, as: Consent.self), !consent.isRevoked,
                let until = consent.validity.end
            else { return nil }
            return DueTimeEvent(
                kind: ConsentEvent.expiring, key: "\(ConsentEvent.expiring):consent:\(id):\(until)",
                caseID: consent.caseID, subject: "consent:\(id)",
                payload: ConsentEvent(consent, id: consentID, day: today, daysLeft: today.days(until: until)))
        }
    }

    /// `task.overdue` for open tasks due before `today`, by task id; once per task and due day.
    func dueTaskEvents(on today: Day) throws -> [DueTimeEvent] {
        let ids = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM task WHERE status = 'open' AND due < :today
                AND NOT EXISTS (SELECT 1 FROM time_event WHERE key = 'task.overdue:task:' || task.id || ':' || task.due)
                ORDER BY id
                """, arguments: ["today": today.description])
        return try ids.compactMap { id in
            guard let task = try Self.tasks.value(db, id: id, as: WorkTask.self), task.isOverdue(on: today),
                let due = task.due
            else { return nil }
            return DueTimeEvent(
                kind: TaskEvent.overdue, key: "\(TaskEvent.overdue):task:\(id):\(due)", caseID: task.caseID,
                subject: "task:\(id)", payload: TaskEvent(task, id: TaskID(id), due: due, day: today))
        }
    }
}
