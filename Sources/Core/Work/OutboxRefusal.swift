// Why a message may not go to an actor: the categories the citizen has not consented to share, and why.

/// The consent check's no to an outbox message: which categories of its content may not go to
/// the recipient, and the reason for each. Nothing is queued; the caseworker reads the sentence.
public struct OutboxRefusal: Sendable, Equatable, LocalizedText {
    /// One category the message contains that may not go to the recipient, and why.
    public struct RefusedCategory: Sendable, Hashable {
        public let category: DataCategory
        public let reason: ConsentRefusal

        public init(category: DataCategory, reason: ConsentRefusal) {
            self.category = category
            self.reason = reason
        }
    }

    /// The actor the message would have gone to.
    public let recipient: ActorID
    /// Their name, so the caseworker sees who is meant.
    public let recipientName: String
    public let purpose: ConsentPurpose
    /// The refused categories, in ``DataCategory``'s fixed order; never empty.
    public let refused: [RefusedCategory]

    public init(recipient: ActorID, recipientName: String, purpose: ConsentPurpose, refused: [RefusedCategory]) {
        self.recipient = recipient
        self.recipientName = recipientName
        self.purpose = purpose
        self.refused = refused.sorted {
            DataCategory.allCases.firstIndex(of: $0.category)! < DataCategory.allCases.firstIndex(of: $1.category)!
        }
    }

    /// The refused categories.
    public var categories: [DataCategory] { refused.map(\.category) }

    /// "Borgeren har ikke givet samtykke til at dele screeninger med aktør 4 (Lægehuset Nord). Ikke
    /// tilladt: der er intet samtykke i sagen." When the categories are refused for different
    /// reasons, each reason follows with the categories it concerns.
    public func text(_ language: Language) -> String {
        let danish = language == .danish
        let purposeText =
            purpose == .treatment ? "" : (danish ? " til " : " for ") + purpose.displayName(language)
        let headline =
            danish
            ? "Borgeren har ikke givet samtykke til at dele \(Self.list(categories, language)) med aktør "
                + "\(recipient) (\(recipientName))\(purposeText)."
            : "The citizen has not consented to sharing \(Self.list(categories, language)) with actor "
                + "\(recipient) (\(recipientName))\(purposeText)."
        let groups = reasonGroups
        if groups.count == 1 { return headline + " " + groups[0].reason.text(language) }
        let reasons = groups.map { group in
            (danish ? "Om " : "For ") + Self.list(group.categories, language) + ": " + group.reason.text(language)
        }
        return ([headline] + reasons).joined(separator: " ")
    }

    /// The distinct reasons in the order of their first category, each with the categories it concerns.
    private var reasonGroups: [(reason: ConsentRefusal, categories: [DataCategory])] {
        var groups: [(reason: ConsentRefusal, categories: [DataCategory])] = []
        for item in refused {
            if let index = groups.firstIndex(where: { $0.reason == item.reason }) {
                groups[index].categories.append(item.category)
            } else {
                groups.append((item.reason, [item.category]))
            }
        }
        return groups
    }

    /// `screeninger, planer og helbredsoplysninger` / `screenings, plans and health information`.
    private static func list(_ categories: [DataCategory], _ language: Language) -> String {
        let names = categories.map { $0.displayName(language) }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (language == .danish ? " og " : " and ") + names.last!
    }
}
