// What reports read in bulk, from the derived columns and their covering indexes only: cases, screenings, plans, follow-ups, caseloads.
import Core
import Foundation
import GRDB

/// One case as a report reads it: its columns, never its JSON, never a name or a CPR number.
public struct ReportCase: Sendable {
    public let id: Int64
    public let citizen: Int64
    public let basis: LegalBasis
    public let municipality: String
    public let status: String
    public let requested: Day
    public let started: Day?
    public let closed: Day?
    public let otherOfferDay: Day?
    public let dischargeReason: String?

    /// The treatment guarantee as it stood at the end of `today` (the column holds no reason for
    /// another offer; reports only count it).
    public func guarantee(on today: Day) -> TreatmentGuarantee {
        TreatmentGuarantee(
            basis: basis, requested: requested, started: started,
            otherOffer: otherOfferDay.map { OtherOfferChoice(day: $0, reason: "") }, closed: closed, today: today)
    }
}

/// One completed screening as a report reads it: its flow, day, flags and scores (as the JSON
/// texts of their columns); no answers, no free text.
public struct ReportScreening: Sendable {
    public let id: Int64
    public let caseID: Int64
    public let citizen: Int64
    public let flow: String
    public let day: String
    /// A JSON array of flag names.
    public let flags: String
    /// A JSON object of score id to value (empty scores left out).
    public let scores: String
}

/// One plan as a report reads it: kind, status, and the days it was activated and ended.
public struct ReportPlan: Sendable {
    public let id: Int64
    public let caseID: Int64
    public let kind: String
    public let status: String
    public let activated: String?
    public let ended: String?
}

/// One follow-up of a plan as a report reads it.
public struct ReportFollowUp: Sendable {
    public let caseID: Int64
    public let planID: Int64
    public let planKind: String
    public let due: String
    public let held: String?
    public let status: String
}

/// The open cases one coordinator holds now.
public struct ReportCaseload: Sendable {
    public let actor: Int64
    public let name: String
    public let kind: String
    public let requested: Int
    public let inTreatment: Int
    public let aftercare: Int
}

extension StoreTransaction {
    /// `column >= from AND column <= to` for the ends given, with its arguments.
    func dayRange(_ column: String, from: Day?, to: Day?) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let from {
            conditions.append("\(column) >= ?")
            arguments.append(from.description)
        }
        if let to {
            conditions.append("\(column) <= ?")
            arguments.append(to.description)
        }
        return (conditions.joined(separator: " AND "), StatementArguments(arguments)!)
    }

    /// `2026-01-01 to 2026-06-30`, an open end as `start` or `now`: a period as audit summaries name it.
    func period(_ from: Day?, _ to: Day?) -> String {
        "\(from.map(\.description) ?? "start") to \(to.map(\.description) ?? "now")"
    }

    /// The cases requested from `from` to `to` (both included; open ends when nil), oldest request
    /// first, read from the report index alone. Audited as one listing naming the report.
    public func reportCases(
        requestedFrom from: Day?, to: Day?, municipality: MunicipalityCode? = nil, report: String
    ) throws -> [ReportCase] {
        var (condition, arguments) = dayRange("requested", from: from, to: to)
        if let municipality {
            condition += (condition.isEmpty ? "" : " AND ") + "municipality = ?"
            _ = arguments.append(contentsOf: [municipality.code])
        }
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, citizen_id, basis, municipality, status, requested, started, closed, other_offer_day,
                    discharge_reason
                FROM treatment_case INDEXED BY treatment_case_report
                \(condition.isEmpty ? "" : "WHERE " + condition) ORDER BY requested, id
                """, arguments: arguments)
        var cases: [ReportCase] = []
        func day(_ text: String?) -> Day? { text.flatMap(Day.init) }
        while let row = try cursor.next() {
            let basisText: String = row[2]
            let requestedText: String = row[5]
            guard let basis = LegalBasis(rawValue: basisText), let requested = Day(requestedText) else {
                throw DomainError(field: "case", StoreProblem.unreadableRow(table: "treatment_case", id: row[0]))
            }
            cases.append(
                ReportCase(
                    id: row[0], citizen: row[1], basis: basis, municipality: row[3], status: row[4],
                    requested: requested, started: day(row[6]), closed: day(row[7]), otherOfferDay: day(row[8]),
                    dischargeReason: row[9]))
        }
        try audit(
            entity: "report", action: "read",
            summary: "report \(report) read \(cases.count) cases requested \(period(from, to))"
                + (municipality.map { " in \($0.code)" } ?? ""))
        return cases
    }

    /// The completed screenings of a period (by the screening's day), of one flow or all, in day
    /// order. Audited as one listing naming the report.
    public func reportScreenings(from: Day?, to: Day?, flow: String?, report: String) throws -> [ReportScreening] {
        var (condition, arguments) = dayRange("day", from: from, to: to)
        if let flow {
            condition += (condition.isEmpty ? "" : " AND ") + "flow = ?"
            _ = arguments.append(contentsOf: [flow])
        }
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, case_id, citizen_id, flow, day, result_flags, result_scores
                FROM screening_response INDEXED BY screening_response_report
                WHERE status = 'completed'\(condition.isEmpty ? "" : " AND " + condition) ORDER BY day, id
                """, arguments: arguments)
        var screenings: [ReportScreening] = []
        while let row = try cursor.next() {
            screenings.append(
                ReportScreening(
                    id: row[0], caseID: row[1], citizen: row[2], flow: row[3], day: row[4],
                    flags: row[5] ?? "[]", scores: row[6] ?? "{}"))
        }
        try audit(
            entity: "report", action: "read",
            summary:
                "report \(report) read \(screenings.count) screenings \(flow ?? "of every flow") \(period(from, to))")
        return screenings
    }

    /// The plans of `kind` (every kind when nil) that were active at some time in the period:
    /// activated on or before `to` and not ended before `from`. Audited as one listing.
    public func reportPlans(kind: String?, activeFrom from: Day?, to: Day?, report: String) throws -> [ReportPlan] {
        var conditions = ["activated IS NOT NULL"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let kind {
            conditions.append("kind = ?")
            arguments.append(kind)
        }
        if let to {
            conditions.append("activated <= ?")
            arguments.append(to.description)
        }
        if let from {
            conditions.append("(ended IS NULL OR ended >= ?)")
            arguments.append(from.description)
        }
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, case_id, kind, status, activated, ended FROM plan INDEXED BY plan_report
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY activated, id
                """, arguments: StatementArguments(arguments)!)
        var plans: [ReportPlan] = []
        while let row = try cursor.next() {
            plans.append(
                ReportPlan(id: row[0], caseID: row[1], kind: row[2], status: row[3], activated: row[4], ended: row[5]))
        }
        try audit(
            entity: "report", action: "read",
            summary: "report \(report) read \(plans.count) plans \(kind ?? "of every kind") active \(period(from, to))")
        return plans
    }

    /// The follow-ups due in the period, of plans of `kind` (every kind when nil), in due order.
    /// Audited as one listing naming the report.
    public func reportFollowUps(dueFrom from: Day?, to: Day?, planKind kind: String?, report: String) throws
        -> [ReportFollowUp]
    {
        var (condition, arguments) = dayRange("f.due", from: from, to: to)
        if let kind {
            condition += (condition.isEmpty ? "" : " AND ") + "p.kind = ?"
            _ = arguments.append(contentsOf: [kind])
        }
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT f.case_id, f.plan_id, p.kind, f.due, f.held, f.status
                FROM plan_followup f INDEXED BY plan_followup_report JOIN plan p ON p.id = f.plan_id
                \(condition.isEmpty ? "" : "WHERE " + condition) ORDER BY f.due, f.plan_id, f.followup_id
                """, arguments: arguments)
        var followUps: [ReportFollowUp] = []
        while let row = try cursor.next() {
            followUps.append(
                ReportFollowUp(
                    caseID: row[0], planID: row[1], planKind: row[2], due: row[3], held: row[4], status: row[5]))
        }
        try audit(
            entity: "report", action: "read",
            summary: "report \(report) read \(followUps.count) follow-ups due \(period(from, to))")
        return followUps
    }

    /// Every coordinator's open cases now, by status, the busiest first. Audited as one listing.
    public func reportCaseloads(report: String) throws -> [ReportCaseload] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.name, a.kind,
                    SUM(c.status = 'requested'), SUM(c.status = 'in_treatment'), SUM(c.status = 'aftercare')
                FROM coordinator_history h
                JOIN treatment_case c ON c.id = h.case_id
                JOIN actor a ON a.id = h.current_actor_id
                WHERE c.status != 'discharged'
                GROUP BY a.id ORDER BY COUNT(*) DESC, a.name
                """)
        let caseloads = rows.map { row in
            ReportCaseload(
                actor: row[0], name: row[1], kind: row[2], requested: row[3], inTreatment: row[4], aftercare: row[5])
        }
        try audit(
            entity: "report", action: "read",
            summary: "report \(report) read the caseloads of \(caseloads.count) coordinators")
        return caseloads
    }
}

/// One case of a pseudonymised extract as the store hands it to the host: the case, the citizen's
/// birth year and sex, and the citizen's identity (the CPR number's digits, or the citizen's id for
/// an anonymous citizen) for the host to turn into a keyed pseudonym. The identity never leaves the host.
public struct ExtractCase: Sendable {
    public let treatmentCase: ReportCase
    public let birthYear: Int?
    public let sex: Sex?
    public let identity: String
}

extension StoreTransaction {
    /// The cases requested from `from` to `to` with what a pseudonymised extract may hold about
    /// their citizens, read from columns (an anonymous citizen's birth year and sex from its
    /// record). Audited as one listing naming the report.
    public func casesForExtract(
        requestedFrom from: Day?, to: Day?, municipality: MunicipalityCode? = nil, report: String
    ) throws -> [ExtractCase] {
        let cases = try reportCases(requestedFrom: from, to: to, municipality: municipality, report: report)
        var registered: [Int64: CPRNumber] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, cpr FROM citizen WHERE cpr IS NOT NULL")
        while let row = try cursor.next() {
            let digits: String = row[1]
            registered[row[0]] = try CPRNumber(digits)
        }
        var anonymous: [Int64: Citizen] = [:]
        return try cases.map { treatmentCase in
            if let cpr = registered[treatmentCase.citizen] {
                return ExtractCase(
                    treatmentCase: treatmentCase, birthYear: cpr.birthDate.year, sex: cpr.sex,
                    identity: cpr.digitsForStorage)
            }
            let citizen: Citizen
            if let known = anonymous[treatmentCase.citizen] {
                citizen = known
            } else {
                citizen = try existingCitizen(CitizenID(treatmentCase.citizen))
                anonymous[treatmentCase.citizen] = citizen
            }
            return ExtractCase(
                treatmentCase: treatmentCase, birthYear: citizen.birthYear, sex: citizen.sex,
                identity: "citizen:\(treatmentCase.citizen)")
        }
    }
}
