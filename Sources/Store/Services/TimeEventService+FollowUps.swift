// The follow-up time events: planned follow-ups of active plans falling due, and a KIP's next meeting.
import Core
import GRDB

extension StoreTransaction {
    /// The purpose the KIP rule's events carry: the plan has no follow-up whose purpose to name.
    static let kipNextMeetingPurpose = "næste KIP-møde"

    /// `followup.due` events (by plan, then follow-up), then `followup.overdue` events, not raised
    /// before: planned follow-ups of active plans, and active KIPs without a planned follow-up.
    func dueFollowUpEvents(on today: Day, settings: TimeEventSettings) throws -> [DueTimeEvent] {
        var found = try dueFollowUps(on: today).map { plan, followUp in
            DueFollowUp(
                plan: plan, followUp: followUp.id, due: followUp.due, notice: followUp.due, purpose: followUp.purpose,
                key: "plan:\(plan.id):followup:\(followUp.id):\(followUp.due)")
        }
        for plan in try activeKIPsWithoutFollowUp() {
            guard let last = plan.meetings.map(\.day).max() ?? plan.activated else { continue }
            let due = last.adding(months: settings.kipMeetingMonths)
            found.append(
                DueFollowUp(
                    plan: plan, followUp: nil, due: due, notice: due.adding(days: -settings.kipMeetingNoticeDays),
                    purpose: Self.kipNextMeetingPurpose, key: "plan:\(plan.id):kip_meeting:\(due)"))
        }
        found.sort { $0.order < $1.order }
        return found.filter { $0.notice <= today }.map { followUpEvent(FollowUpEvent.due, $0, today) }
            + found.filter { $0.due < today }.map { followUpEvent(FollowUpEvent.overdue, $0, today) }
    }

    /// Planned follow-ups of active plans due by `today` whose due or overdue event is still to
    /// raise, by plan and follow-up. The `plan_followup` rows pick them; the plan decides.
    private func dueFollowUps(on today: Day) throws -> [(Plan, FollowUp)] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT f.plan_id, f.followup_id, p.data FROM plan_followup f JOIN plan p ON p.id = f.plan_id
                WHERE f.held IS NULL AND f.due <= :today AND p.status = 'active'
                AND (NOT EXISTS (SELECT 1 FROM time_event WHERE key =
                        'followup.due:plan:' || f.plan_id || ':followup:' || f.followup_id || ':' || f.due)
                    OR (f.due < :today AND NOT EXISTS (SELECT 1 FROM time_event WHERE key =
                        'followup.overdue:plan:' || f.plan_id || ':followup:' || f.followup_id || ':' || f.due)))
                ORDER BY f.plan_id, f.followup_id
                """, arguments: ["today": today.description])
        var plans: [Int64: Plan] = [:]
        var found: [(Plan, FollowUp)] = []
        for row in rows {
            let planID: Int64 = row[0]
            let plan = try plans[planID] ?? JSONColumn.decode(Plan.self, from: row[2])
            plans[planID] = plan
            guard plan.status == .active, let followUp = plan.followUp(FollowUpID(row[1] as Int64)),
                followUp.status == .planned, followUp.due <= today
            else { continue }
            found.append((plan, followUp))
        }
        return found
    }

    /// Active KIPs with no planned follow-up, by id.
    private func activeKIPsWithoutFollowUp() throws -> [Plan] {
        try Self.plans.values(
            db, Plan.self, sql: "SELECT data FROM plan WHERE kind = 'kip' AND status = 'active' ORDER BY id"
        ).filter { plan in !plan.followUps.contains { $0.status == .planned } }
    }

    private func followUpEvent(_ kind: String, _ found: DueFollowUp, _ today: Day) -> DueTimeEvent {
        DueTimeEvent(
            kind: kind, key: "\(kind):\(found.key)", caseID: found.plan.caseID, subject: "plan:\(found.plan.id)",
            payload: FollowUpEvent(
                found.plan, followUp: found.followUp, due: found.due, purpose: found.purpose, day: today,
                reason: found.followUp == nil ? .kipNextMeeting : .followUp))
    }
}

/// A follow-up falling due: a planned one of a plan, or (without ``followUp``) a KIP's next meeting.
private struct DueFollowUp {
    let plan: Plan
    let followUp: FollowUpID?
    let due: Day
    /// From this day on it is `followup.due`: the due day, or for the KIP rule its notice day.
    let notice: Day
    let purpose: String
    /// The key after the kind: `plan:3:followup:1:2026-12-01`, `plan:3:kip_meeting:2026-07-15`.
    let key: String

    /// By plan, then follow-up; the KIP rule after a plan's follow-ups.
    var order: (Int64, Int64) { (plan.id.rawValue, followUp?.rawValue ?? .max) }
}
