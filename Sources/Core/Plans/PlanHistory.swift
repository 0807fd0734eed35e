// All versions of one plan in order: the current plan, any earlier one, and changes that add more.
import Foundation

/// The versions of one plan, 1 through n. The plan is changed only by ``apply(_:by:at:)``, which
/// appends exactly one version and leaves the earlier ones as they were.
public struct PlanHistory: Sendable, Equatable {
    /// Every version, oldest first; never empty.
    public private(set) var versions: [PlanVersion]

    /// A history starting with version 1 of a new plan (see ``PlanVersion/creating(plan:case:kind:caseIsAnonymous:by:at:)``).
    public init(
        creating id: PlanID, case caseID: CaseID, kind: PlanKind, caseIsAnonymous: Bool, by author: String,
        at time: Date
    ) throws {
        versions = [
            try PlanVersion.creating(
                plan: id, case: caseID, kind: kind, caseIsAnonymous: caseIsAnonymous, by: author, at: time)
        ]
    }

    /// A history of stored versions; throws unless they are numbered 1, 2, 3 ... of one plan.
    public init(versions: [PlanVersion]) throws {
        let sorted = versions.sorted { $0.number < $1.number }
        guard let first = sorted.first,
            sorted.enumerated().allSatisfy({ $0.element.number == $0.offset + 1 && $0.element.plan.id == first.plan.id }
            )
        else { throw DomainError(field: "version", PlanProblem.brokenHistory) }
        self.versions = sorted
    }

    /// The latest version.
    public var current: PlanVersion { versions[versions.count - 1] }

    /// The plan as it stands now.
    public var plan: Plan { current.plan }

    /// Version `number`, or nil when there is none.
    public func version(_ number: Int) -> PlanVersion? {
        versions.indices.contains(number - 1) ? versions[number - 1] : nil
    }

    /// Applies `change` and appends the version it makes, which it returns. On a broken rule it
    /// throws and the history is unchanged.
    @discardableResult
    public mutating func apply(_ change: PlanChange, by author: String, at time: Date) throws -> PlanVersion {
        let next = try current.applying(change, by: author, at: time)
        versions.append(next)
        return next
    }

    /// What changed from version `old` to version `new`; nil when either does not exist.
    public func diff(from old: Int, to new: Int) -> PlanDiff? {
        guard let old = version(old), let new = version(new) else { return nil }
        return PlanDiff(from: old, to: new)
    }
}
