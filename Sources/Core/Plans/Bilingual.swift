// A text fixed in every language when it was made: version summaries, diff labels and values.

/// Text already written in Danish and English, stored as it was made (a version's summary, a diff
/// line's label), so that reading it later does not depend on today's code or data.
public struct Bilingual: LocalizedText, Hashable, Codable {
    public let danish: String
    public let english: String

    public init(danish: String, english: String) {
        self.danish = danish
        self.english = english
    }

    /// The texts of `text` in each language, frozen now.
    public init(_ text: some LocalizedText) {
        self.init(danish: text.text(.danish), english: text.text(.english))
    }

    /// A text that reads the same in every language (a description someone typed, a day).
    public init(plain: String) {
        self.init(danish: plain, english: plain)
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .danish: danish
        case .english: english
        }
    }

    /// The texts with their first letter in upper case ("status" → "Status"), for a label on its own.
    var capitalized: Bilingual {
        Bilingual(
            danish: danish.prefix(1).uppercased() + danish.dropFirst(),
            english: english.prefix(1).uppercased() + english.dropFirst())
    }

    /// `self` followed by `other` in each language, with `separator` between.
    func joined(_ other: Bilingual, separator: String) -> Bilingual {
        Bilingual(danish: danish + separator + other.danish, english: english + separator + other.english)
    }
}
