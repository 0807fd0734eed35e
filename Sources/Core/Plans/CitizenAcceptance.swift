// The citizen's acceptance of a plan obtained after a meeting the citizen did not attend.

/// How an absent citizen's acceptance was obtained.
public enum AcceptanceMethod: String, CaseIterable, Codable, Sendable, LocalizedText {
    case inPerson = "in_person"
    case phone
    case video
    /// In writing: a letter, digital post, a signed copy.
    case written

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.inPerson, .danish): "personligt"
        case (.inPerson, .english): "in person"
        case (.phone, .danish): "telefonisk"
        case (.phone, .english): "by phone"
        case (.video, .danish): "videosamtale"
        case (.video, .english): "by video"
        case (.written, .danish): "skriftligt"
        case (.written, .english): "in writing"
        }
    }
}

/// The citizen accepted the plan on ``day``, obtained by the coordinator in the way ``method`` says.
public struct CitizenAcceptance: Codable, Sendable, Equatable {
    public let day: Day
    public let method: AcceptanceMethod
    public let note: String

    public init(day: Day, method: AcceptanceMethod, note: String = "") {
        self.day = day
        self.method = method
        self.note = note
    }
}
