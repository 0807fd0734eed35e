// Text a flow author wrote: Danish always, English when the author gave it.

/// A text from a flow (an item's question, an option, a label). Danish is required; English falls
/// back to Danish when the author gave none.
public struct FlowText: LocalizedText, Hashable, Codable {
    public let danish: String
    public let english: String?

    public init(danish: String, english: String? = nil) {
        self.danish = danish
        self.english = english
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .danish: danish
        case .english: english ?? danish
        }
    }

    enum CodingKeys: String, CodingKey {
        case danish = "da"
        case english = "en"
    }
}
