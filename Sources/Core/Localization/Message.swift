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
    case databaseMissing(path: String)
    case databaseOutdated(path: String)
    case databaseUnreadable(path: String, reason: String)
    case databaseReady(path: String, migrations: Int)
    case auditIntact(entries: Int)
    case auditAltered(entry: Int64)
    case auditChainBroken(entry: Int64)
    case auditRemoved(from: Int64, count: Int64)

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
        case (.databaseMissing(let path), .danish):
            return "Databasen '\(path)' findes ikke. Opret den med 'tovholder init'."
        case (.databaseMissing(let path), .english):
            return "The database '\(path)' does not exist. Create it with 'tovholder init'."
        case (.databaseOutdated(let path), .danish):
            return "Databasen '\(path)' skal opdateres. Kør 'tovholder init'."
        case (.databaseOutdated(let path), .english):
            return "The database '\(path)' needs updating. Run 'tovholder init'."
        case (.databaseUnreadable(let path, let reason), .danish):
            return "Databasen '\(path)' kan ikke åbnes: \(reason)."
        case (.databaseUnreadable(let path, let reason), .english):
            return "The database '\(path)' cannot be opened: \(reason)."
        case (.databaseReady(let path, let migrations), .danish):
            return migrations == 0
                ? "Databasen '\(path)' er klar (allerede opdateret)."
                : "Databasen '\(path)' er klar (\(migrations) opdatering\(migrations == 1 ? "" : "er") udført)."
        case (.databaseReady(let path, let migrations), .english):
            return migrations == 0
                ? "The database '\(path)' is ready (already up to date)."
                : "The database '\(path)' is ready (\(migrations) migration\(migrations == 1 ? "" : "s") applied)."
        case (.auditIntact(let entries), .danish):
            return "Revisionssporet er intakt: \(entries) poster, ingen ændret, fjernet eller indsat."
        case (.auditIntact(let entries), .english):
            return "The audit trail is intact: \(entries) entries, none altered, removed or inserted."
        case (.auditAltered(let entry), .danish):
            return "Post \(entry) i revisionssporet er ændret."
        case (.auditAltered(let entry), .english):
            return "Audit entry \(entry) was altered."
        case (.auditChainBroken(let entry), .danish):
            return "Post \(entry) i revisionssporet følger ikke posten før (en post er indsat eller ombyttet)."
        case (.auditChainBroken(let entry), .english):
            return "Audit entry \(entry) does not follow the entry before it (an entry was inserted or reordered)."
        case (.auditRemoved(let from, let count), .danish):
            return "\(count) post\(count == 1 ? "" : "er") i revisionssporet er fjernet fra nr. \(from)."
        case (.auditRemoved(let from, let count), .english):
            return "\(count) audit entr\(count == 1 ? "y was" : "ies were") removed from number \(from)."
        }
    }
}
