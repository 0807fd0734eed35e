// What changed between two versions of a plan, as a list of differences in a fixed order.

/// The differences between two snapshots of a plan. The order is fixed: the plan's own fields and
/// text parts first, then external plans, goals, interventions, follow-ups and meetings, each by
/// number, and within one of them its fields in a fixed order.
public struct PlanDiff: Sendable, Equatable {
    public let differences: [PlanDifference]

    /// The differences from `old` to `new` (normally two versions of the same plan).
    public init(from old: Plan, to new: Plan) {
        let before = Dictionary(old.diffSections.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.diffSections.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let paths = Set(before.keys).union(after.keys).sorted { lhs, rhs in
            let left = before[lhs] ?? after[lhs]
            let right = before[rhs] ?? after[rhs]
            return (left?.group ?? 0, left?.number ?? 0) < (right?.group ?? 0, right?.number ?? 0)
        }
        differences = paths.flatMap { path in PlanDiff.compare(before[path], after[path]) }
    }

    public init(from old: PlanVersion, to new: PlanVersion) {
        self.init(from: old.plan, to: new.plan)
    }

    public var isEmpty: Bool { differences.isEmpty }

    /// One line per difference (see ``PlanDifference/line(_:)``).
    public func lines(_ language: Language) -> [String] { differences.map { $0.line(language) } }

    private static func compare(_ old: DiffSection?, _ new: DiffSection?) -> [PlanDifference] {
        switch (old, new) {
        case (nil, let new?):
            return [
                PlanDifference(path: new.path, label: new.label, old: nil, new: new.summary ?? Bilingual(plain: ""))
            ]
        case (let old?, nil):
            return [
                PlanDifference(path: old.path, label: old.label, old: old.summary ?? Bilingual(plain: ""), new: nil)
            ]
        case (let old?, let new?):
            let oldFields = Dictionary(old.fields.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            let newPaths = Set(new.fields.map(\.path))
            let fields =
                new.fields.map { (oldFields[$0.path], $0 as DiffField?) }
                + old.fields.filter { !newPaths.contains($0.path) }.map { ($0 as DiffField?, nil as DiffField?) }
            return fields.compactMap { old, new in
                let before = old?.value
                let after = new?.value
                guard before != after, let field = new ?? old else { return nil }
                return PlanDifference(path: field.path, label: field.label, old: before, new: after)
            }
        case (nil, nil):
            return []
        }
    }
}
