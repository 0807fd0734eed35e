// Social barrier assessments on a case: the national guideline's three groups, assessed on a day.
import Core
import GRDB

extension StoreTransaction {
    static let barrierAssessments = EntityTable(name: "barrier_assessment")

    /// Stores an assessment of the case's barriers to treatment, made by the acting user.
    public func assessBarriers(case caseID: CaseID, on day: Day, ratings: [BarrierItem: BarrierRating]) throws
        -> BarrierAssessment
    {
        let caseCitizenID = try caseCitizen(caseID)
        var assessment = try BarrierAssessment(caseID: caseID, day: day, assessedBy: context.user, ratings: ratings)
        let id = try Self.barrierAssessments.insert(
            db, ["case_id": caseID.rawValue, "day": day.description, "data": "{}"])
        assessment.id = BarrierAssessmentID(id)
        try Self.barrierAssessments.update(db, id: id, ["data": try JSONColumn.encode(assessment)])
        let barriers = assessment.barriers.map(\.rawValue).joined(separator: ", ")
        try audit(
            entity: "barriers", id: id, citizen: caseCitizenID.rawValue, action: "create",
            summary: "barriers assessed on case \(caseID) \(day): \(barriers.isEmpty ? "none" : barriers)")
        return assessment
    }

    /// A case's assessments, oldest first; the read is audited.
    public func barrierAssessments(case caseID: CaseID) throws -> [BarrierAssessment] {
        let caseCitizenID = try caseCitizen(caseID)
        let assessments = try Self.barrierAssessments.values(
            db, BarrierAssessment.self, sql: "SELECT data FROM barrier_assessment WHERE case_id = ? ORDER BY day, id",
            arguments: [caseID.rawValue])
        try audit(
            entity: "barriers", citizen: caseCitizenID.rawValue, action: "read",
            summary: "barrier assessments of case \(caseID) read")
        return assessments
    }
}
