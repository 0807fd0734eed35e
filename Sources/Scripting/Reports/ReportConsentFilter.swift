// The recipient's version of a case document: which data categories the citizen lets go to them, and what was left out.
import Core
import Store

/// For `report run --for ACTOR`: decides per data category whether the citizen's consent lets it go
/// to the recipient on the report's day (purpose treatment), and remembers what was left out so
/// the host can say so in the document. Without a recipient everything is allowed.
final class ReportConsentFilter {
    let recipient: ActorID?
    private var decisions: [DataCategory: Bool] = [:]
    private(set) var omitted: Set<DataCategory> = []

    init(recipient: ActorID?) { self.recipient = recipient }

    /// Whether `category` of the case may be in the document.
    func allows(_ category: DataCategory, case caseID: CaseID, on day: Day, in transaction: StoreTransaction) throws
        -> Bool
    {
        guard let recipient else { return true }
        if let known = decisions[category] {
            if !known { omitted.insert(category) }
            return known
        }
        let allowed = try transaction.consentDecisionForWorkflow(
            case: caseID, actor: recipient, category: category, on: day, purpose: .treatment
        ).isAllowed
        decisions[category] = allowed
        if !allowed { omitted.insert(category) }
        return allowed
    }

    /// The data category of a goal in `area`.
    static func category(of area: GoalArea) -> DataCategory {
        switch area {
        case .substanceUse: return .substanceUse
        case .physicalHealth, .mentalHealth: return .health
        case .other: return .plan
        default: return .social
        }
    }

    /// The data category of an intervention in `sector`.
    static func category(of sector: InterventionSector) -> DataCategory {
        sector == .health ? .health : .social
    }
}
