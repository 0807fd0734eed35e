// One difference between two versions of a plan: where, what it was, what it became.

/// One difference found by ``PlanDiff``. The path names the place in the plan in English
/// (`goals[2].targetDate`, `kip.challenges.citizen`, `interventions[3]`); the number in brackets is
/// the goal's, intervention's ... number within the plan. A whole goal (intervention, follow-up,
/// meeting, external plan) that appears or disappears is one difference whose value describes it.
public struct PlanDifference: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// The place was empty and now has a value.
        case added
        /// The place had a value and is now empty.
        case removed
        /// The value differs.
        case changed
    }

    public let kind: Kind
    public let path: String
    /// The place in words ("Mål 2 › måldato" / "Goal 2 › target date").
    public let label: Bilingual
    /// The value before; nil when added.
    public let old: Bilingual?
    /// The value after; nil when removed.
    public let new: Bilingual?

    init(path: String, label: Bilingual, old: Bilingual?, new: Bilingual?) {
        kind = old == nil ? .added : new == nil ? .removed : .changed
        self.path = path
        self.label = label
        self.old = old
        self.new = new
    }

    /// The difference as one line: "Mål 2 › måldato: 2026-06-01 → 2026-09-01",
    /// "Mål 3 tilføjet: Stabil bolig", "Goal 3 removed: Stable housing".
    public func line(_ language: Language) -> String {
        let label = label.text(language)
        let old = old?.text(language) ?? ""
        let new = new?.text(language) ?? ""
        switch (kind, language) {
        case (.changed, _): return "\(label): \(old) → \(new)"
        case (.added, .danish): return "\(label) tilføjet: \(new)"
        case (.added, .english): return "\(label) added: \(new)"
        case (.removed, .danish): return "\(label) fjernet: \(old)"
        case (.removed, .english): return "\(label) removed: \(old)"
        }
    }
}
