// The treatment-guarantee time events: a warning on day 10 of a pending case, and the breach.
import Core
import GRDB

extension StoreTransaction {
    /// Warnings (by case id), then breaches (by case id), not raised before. SQL over the
    /// guarantee columns picks the candidates; ``TreatmentGuarantee`` decides.
    func dueGuaranteeEvents(on today: Day, settings: TimeEventSettings) throws -> [DueTimeEvent] {
        let arguments: StatementArguments = [
            "today": today.description,
            "warnFrom": today.adding(days: -settings.guaranteeWarningDay).description,
        ]
        let warnings = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM treatment_case
                WHERE guarantee_deadline >= :today AND requested <= :warnFrom
                AND (started IS NULL OR started > :today) AND (closed IS NULL OR closed > :today)
                AND NOT EXISTS (SELECT 1 FROM time_event WHERE key = 'guarantee.warning:case:' || treatment_case.id)
                ORDER BY id
                """, arguments: arguments)
        let breaches = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM treatment_case WHERE \(Self.breachedCondition)
                AND NOT EXISTS (SELECT 1 FROM time_event WHERE key = 'guarantee.breached:case:' || treatment_case.id)
                ORDER BY id
                """, arguments: ["today": today.description])
        var due: [DueTimeEvent] = []
        for id in warnings {
            let caseID = CaseID(id)
            let treatmentCase = try existingCase(caseID)
            let guarantee = TreatmentGuarantee(for: treatmentCase, today: today)
            guard case .pending = guarantee.status, let deadline = guarantee.deadline,
                treatmentCase.requested.adding(days: settings.guaranteeWarningDay) <= today
            else { continue }
            due.append(
                guaranteeEvent(GuaranteeEvent.warning, treatmentCase, caseID, deadline, guarantee.status, today))
        }
        for id in breaches {
            let caseID = CaseID(id)
            let treatmentCase = try existingCase(caseID)
            let guarantee = TreatmentGuarantee(for: treatmentCase, today: today)
            guard guarantee.status.isBreached, let deadline = guarantee.deadline else { continue }
            due.append(
                guaranteeEvent(GuaranteeEvent.breached, treatmentCase, caseID, deadline, guarantee.status, today))
        }
        return due
    }

    private func guaranteeEvent(
        _ kind: String, _ treatmentCase: TreatmentCase, _ caseID: CaseID, _ deadline: Day, _ status: GuaranteeStatus,
        _ today: Day
    ) -> DueTimeEvent {
        DueTimeEvent(
            kind: kind, key: "\(kind):case:\(caseID)", caseID: caseID, subject: "treatment_case:\(caseID)",
            payload: GuaranteeEvent(treatmentCase, id: caseID, deadline: deadline, status: status, day: today))
    }
}
