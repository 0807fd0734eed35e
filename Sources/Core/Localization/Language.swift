// The languages people read Tovholder in: Danish by default, English available.

/// A language for what caseworkers read: prompts, messages, item texts and documents.
public enum Language: String, CaseIterable, Codable, Sendable {
    case danish = "da"
    case english = "en"

    /// The default for caseworkers.
    public static let standard: Language = .danish

    /// The environment variable that picks the language when no option does.
    public static let environmentVariable = "TOVHOLDER_LANG"

    /// Accepts `da`, `en`, and locale forms such as `da_DK.UTF-8` or `en-GB`.
    public init?(code: String) {
        let lowered = code.lowercased()
        let base =
            lowered.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." }).first.map(String.init) ?? lowered
        switch base {
        case "da", "dansk", "danish": self = .danish
        case "en", "english": self = .english
        default: return nil
        }
    }

    /// The language an option or the environment asks for; Danish when neither does.
    /// An unknown value in the option is an error; in the environment it is ignored.
    public static func resolve(option: String?, environment: [String: String]) throws -> Language {
        if let option {
            guard let language = Language(code: option) else { throw UnknownLanguage(code: option) }
            return language
        }
        if let value = environment[environmentVariable], let language = Language(code: value) {
            return language
        }
        return .standard
    }
}

/// A language code that is neither Danish nor English.
public struct UnknownLanguage: Error, Equatable {
    public var code: String
}
