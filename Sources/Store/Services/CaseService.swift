// Cases: opening them, moving them through their lifecycle, and finding them (guarantee breaches included).
import Core
import GRDB

extension StoreTransaction {
    static let cases = EntityTable(name: "treatment_case")

    /// Opens a case for a stored citizen.
    public func openCase(
        citizen citizenID: CitizenID, basis: LegalBasis, municipality: MunicipalityCode, requested: Day
    ) throws -> TreatmentCase {
        let citizen = try existingCitizen(citizenID)
        var treatmentCase = try TreatmentCase(
            citizen: citizen, basis: basis, municipality: municipality, requested: requested)
        let id = try Self.cases.insert(
            db, caseColumns(treatmentCase, data: "{}").merging(["opened_at": nowText]) { $1 })
        treatmentCase.id = CaseID(id)
        try Self.cases.update(db, id: id, ["data": try JSONColumn.encode(treatmentCase)])
        try audit(
            entity: "case", id: id, citizen: citizenID.rawValue, action: "open",
            summary: "case opened: \(basis.rawValue), requested \(requested), municipality \(municipality)")
        let caseID = CaseID(id)
        try raiseCaseEvents(from: [], to: treatmentCase, id: caseID)
        try raise(
            CaseLifecycleEvent.opened, case: caseID, subject: "treatment_case:\(id)",
            payload: CaseLifecycleEvent(treatmentCase, id: caseID, day: requested))
        return treatmentCase
    }

    /// Applies `change` to the case and stores it, audited as `action` with the summary `change`
    /// returns (never a CPR number).
    @discardableResult
    public func changeCase(
        _ id: CaseID, action: String, _ change: (inout TreatmentCase) throws -> String
    ) throws -> TreatmentCase {
        var treatmentCase = try existingCase(id)
        let before = treatmentCase.events
        let summary = try change(&treatmentCase)
        try Self.cases.update(
            db, id: id.rawValue, caseColumns(treatmentCase, data: try JSONColumn.encode(treatmentCase)))
        try audit(entity: "case", id: id, citizen: treatmentCase.citizen.rawValue, action: action, summary: summary)
        try raiseCaseEvents(from: before, to: treatmentCase, id: id)
        return treatmentCase
    }

    /// The case with `id`; the read is audited.
    public func treatmentCase(_ id: CaseID) throws -> TreatmentCase {
        let treatmentCase = try existingCase(id)
        try audit(entity: "case", id: id, citizen: treatmentCase.citizen.rawValue, action: "read", summary: "case read")
        return treatmentCase
    }

    /// Cases, newest request first, filtered by status and by a breach of the treatment guarantee
    /// as things stand on `today`. The listing is audited.
    public func cases(status: CaseStatus? = nil, guaranteeBreachedOn today: Day? = nil, citizen: CitizenID? = nil)
        throws -> [CaseSummary]
    {
        var conditions: [String] = []
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        if let status {
            conditions.append("status = :status")
            arguments["status"] = status.rawValue
        }
        if let citizen {
            conditions.append("citizen_id = :citizen")
            arguments["citizen"] = citizen.rawValue
        }
        if let today {
            conditions.append(Self.breachedCondition)
            arguments["today"] = today.description
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // A cursor over the rows, read column by column: a report of tens of thousands of cases
        // copies no rows and decodes no generic optionals.
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, citizen_id, basis, municipality, status, requested, started, closed, guarantee_deadline
                FROM treatment_case \(filter) ORDER BY requested DESC, id DESC
                """, arguments: StatementArguments(arguments.mapValues { $0?.databaseValue ?? .null }))
        var summaries: [CaseSummary] = []
        while let row = try cursor.next() { summaries.append(CaseSummary(row)) }
        try audit(entity: "case", action: "list", summary: "cases listed (\(summaries.count))")
        return summaries
    }

    /// TreatmentGuarantee's rules as SQL over the derived columns, for `:today` (public so the
    /// benchmark can time the same query in the sqlite3 shell).
    public static let breachedCondition = """
        guarantee_deadline IS NOT NULL
        AND NOT (other_offer_day IS NOT NULL AND other_offer_day <= :today AND other_offer_day <= guarantee_deadline)
        AND CASE
            WHEN started IS NOT NULL AND started <= :today THEN started > guarantee_deadline
            WHEN closed IS NOT NULL AND closed <= :today THEN closed > guarantee_deadline
            ELSE :today > guarantee_deadline
        END
        """

    /// The citizen a case is about, read from its column (no decoding); an unknown case is a
    /// `DomainError` naming `field`.
    public func caseCitizen(_ id: CaseID, field: String = "case") throws -> CitizenID {
        guard
            let citizen = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT citizen_id FROM treatment_case WHERE id = ?"), arguments: [id.rawValue])
        else { throw DomainError(field: field, StoreProblem.unknownCase(id.rawValue)) }
        return CitizenID(citizen)
    }

    func existingCase(_ id: CaseID, field: String = "case") throws -> TreatmentCase {
        guard let treatmentCase = try Self.cases.value(db, id: id.rawValue, as: TreatmentCase.self) else {
            throw DomainError(field: field, StoreProblem.unknownCase(id.rawValue))
        }
        return treatmentCase
    }

    private func caseColumns(_ treatmentCase: TreatmentCase, data: String) -> [String: (any DatabaseValueConvertible)?]
    {
        [
            "citizen_id": treatmentCase.citizen.rawValue, "basis": treatmentCase.basis.rawValue,
            "municipality": treatmentCase.municipality.code, "status": treatmentCase.status.rawValue,
            "requested": treatmentCase.requested.description, "started": treatmentCase.treatmentStart?.description,
            "closed": treatmentCase.discharge?.day.description,
            "discharge_reason": treatmentCase.discharge?.reason.rawValue,
            "other_offer_day": treatmentCase.otherOfferChoice?.day.description,
            "guarantee_deadline": treatmentCase.basis.guaranteeDays.map {
                treatmentCase.requested.adding(days: $0).description
            },
            "data": data, "updated_at": nowText,
        ]
    }
}

/// One line of a case list: what the columns hold, without decoding the whole case.
public struct CaseSummary: Codable, Sendable, Equatable {
    public let id: Int64
    public let citizen: Int64
    public let basis: String
    public let municipality: String
    public let status: String
    public let requested: String
    public let started: String?
    public let closed: String?
    public let guaranteeDeadline: String?

    /// From a row of the columns `cases(...)` selects, by position.
    init(_ row: Row) {
        func text(_ index: Int) -> String? { row.hasNull(atIndex: index) ? nil : row[index] as String }
        id = row[0] as Int64
        citizen = row[1] as Int64
        basis = row[2] as String
        municipality = row[3] as String
        status = row[4] as String
        requested = row[5] as String
        started = text(6)
        closed = text(7)
        guaranteeDeadline = text(8)
    }
}
