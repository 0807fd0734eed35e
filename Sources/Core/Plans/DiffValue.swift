// How plan values read in a diff: texts, days, choices, yes/no and numbered references.

/// Renders plan values for ``PlanDiff``; nil stands for an empty place.
enum DiffValue {
    static func text(_ text: String) -> Bilingual? { text.isEmpty ? nil : Bilingual(plain: text) }

    static func day(_ day: Day?) -> Bilingual? { day.map { Bilingual(plain: $0.description) } }

    static func choice(_ choice: (some LocalizedText)?) -> Bilingual? { choice.map { Bilingual($0) } }

    static func flag(_ flag: Bool) -> Bilingual {
        flag ? Bilingual(danish: "ja", english: "yes") : Bilingual(danish: "nej", english: "no")
    }

    static func number(_ number: Int?) -> Bilingual? { number.map { Bilingual(plain: String($0)) } }

    static func period(_ period: Period?) -> Bilingual? { period.map { Bilingual(plain: $0.description) } }

    /// "aktør 3, aktør 5" / "actor 3, actor 5"; nil for none.
    static func references<Entity>(_ ids: [EntityID<Entity>], _ danish: String, _ english: String) -> Bilingual? {
        guard !ids.isEmpty else { return nil }
        return Bilingual(
            danish: ids.map { "\(danish) \($0)" }.joined(separator: ", "),
            english: ids.map { "\(english) \($0)" }.joined(separator: ", "))
    }

    static func actors(_ ids: [ActorID]) -> Bilingual? { references(ids, "aktør", "actor") }

    static func linkedPlans(_ plans: [KIPSurvey.LinkedPlan]) -> Bilingual? {
        plans.isEmpty ? nil : Bilingual(plain: plans.map { "plan \($0.plan) v\($0.version)" }.joined(separator: ", "))
    }

    /// "2026-03-05, telefonisk: note".
    static func acceptance(_ acceptance: CitizenAcceptance?) -> Bilingual? {
        acceptance.map { acceptance in
            let note = acceptance.note.isEmpty ? "" : ": \(acceptance.note)"
            return Bilingual(
                danish: "\(acceptance.day), \(acceptance.method.text(.danish))\(note)",
                english: "\(acceptance.day), \(acceptance.method.text(.english))\(note)")
        }
    }
}
