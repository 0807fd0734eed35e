// One immutable version of a plan: the whole plan as it stood, who changed it, when, and how.
import Foundation

/// A snapshot of a whole plan after one change. Versions are numbered 1, 2, 3 ... per plan; the
/// first creates the plan, each later one comes from ``applying(_:by:at:)`` on the version before.
/// Storage keeps every version (e.g. as JSON) and never rewrites one.
public struct PlanVersion: Codable, Sendable, Equatable {
    public let number: Int
    public let plan: Plan
    /// The user who made the change.
    public let author: String
    public let time: Date
    /// The change that made this version from the one before; nil for version 1, which creates the plan.
    public let change: PlanChange?
    /// The change in a few words ("goal 2 added: Stable housing"), written when it was made.
    public let summary: Bilingual

    /// Version 1 of a new, empty draft plan of `kind`. A handleplan is refused when the case is
    /// anonymous (Serviceloven §101a; legal basis `sel101a`), which the caller tells.
    public static func creating(
        plan id: PlanID, case caseID: CaseID, kind: PlanKind, caseIsAnonymous: Bool, by author: String, at time: Date
    ) throws -> PlanVersion {
        let plan = try Plan(id: id, caseID: caseID, kind: kind, caseIsAnonymous: caseIsAnonymous)
        return PlanVersion(
            number: 1, plan: plan, author: try requiredText(author, field: "user"), time: time, change: nil,
            summary: PlanSummary.created(kind))
    }

    /// The next version: this plan with `change` applied, made by `author` at `time`. Throws the
    /// broken rule, leaving this version as it was. Storage should refuse a second version with the
    /// same number (someone else changed the plan first) and let the user try again.
    public func applying(_ change: PlanChange, by author: String, at time: Date) throws -> PlanVersion {
        let author = try requiredText(author, field: "user")
        let next = try plan.applying(change)
        return PlanVersion(
            number: number + 1, plan: next, author: author, time: time, change: change,
            summary: PlanSummary.of(change, making: next))
    }
}
