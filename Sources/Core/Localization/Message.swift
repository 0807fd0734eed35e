// The message catalogue: every sentence the product says to a person, in Danish and English.

/// A message to a person, with its values. Each case gives its text in every ``Language``, so a
/// missing translation does not compile.
public enum Message: Equatable, Sendable {
    case unknownLanguage(code: String)
    case fileNotFound(path: String)
    case fileNotReadable(path: String, reason: String)
    case invalidLimit(option: String, value: Int)
    case invalidNow(value: String)
    case resultNotJSON(reason: String)
    case limitOverrun(path: String, milliseconds: Int)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownLanguage(let code), .danish):
            return "Ukendt sprog '\(code)': brug 'da' (dansk) eller 'en' (engelsk)."
        case (.unknownLanguage(let code), .english):
            return "Unknown language '\(code)': use 'da' (Danish) or 'en' (English)."
        case (.fileNotFound(let path), .danish):
            return "Filen '\(path)' findes ikke."
        case (.fileNotFound(let path), .english):
            return "The file '\(path)' does not exist."
        case (.fileNotReadable(let path, let reason), .danish):
            return "Filen '\(path)' kan ikke læses: \(reason)"
        case (.fileNotReadable(let path, let reason), .english):
            return "The file '\(path)' cannot be read: \(reason)"
        case (.invalidLimit(let option, let value), .danish):
            return "\(option) skal være et positivt heltal, ikke \(value)."
        case (.invalidLimit(let option, let value), .english):
            return "\(option) must be a positive whole number, not \(value)."
        case (.invalidNow(let value), .danish):
            return
                "--now skal være et tidspunkt som 2026-11-23T10:00:00Z eller en dato som 2026-11-23, ikke '\(value)'."
        case (.invalidNow(let value), .english):
            return "--now must be a time such as 2026-11-23T10:00:00Z or a date such as 2026-11-23, not '\(value)'."
        case (.resultNotJSON(let reason), .danish):
            return "Scriptets resultat kan ikke skrives som JSON: \(reason)"
        case (.resultNotJSON(let reason), .english):
            return "The script's result cannot be written as JSON: \(reason)"
        case (.limitOverrun(let path, let milliseconds), .danish):
            return
                "\(path): time limit of \(milliseconds) ms exceeded (scriptet blev standset midt i et bibliotekskald)"
        case (.limitOverrun(let path, let milliseconds), .english):
            return "\(path): time limit of \(milliseconds) ms exceeded (the script was stopped inside a library call)"
        }
    }
}
