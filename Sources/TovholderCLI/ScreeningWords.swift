// The words of the screening commands, in Danish and English.
import Core

/// Sentences and labels the `screen` commands show.
enum ScreeningWords: LocalizedText {
    case responseHeader(id: String, title: String, flow: String, caseID: String, day: String)
    case scores, bands, flags, recommendations, none, empty
    case missingCounted(String), hiddenCounted(String)
    case needsConsent(String)
    case instructions
    case progress(Int, Int)
    case invalidAnswer(String)
    case cannotSkip
    case typeOptionNumber(Int)
    case points(String)
    case nothingToGoBackTo
    case saved(id: String)
    case completed(id: String)
    case inProgress(id: String, at: String)
    case rescoredUnder(String)
    case originalUnder(String)
    case noScreenings
    case settingsOf(String)
    case municipalityValue, flowDefault
    case visibleWhen, validated, optional, help
    case policies(missing: String, hidden: String)
    case unknownSetting(String, known: [String])
    case notASettingChange(String)

    func text(_ language: Language) -> String {
        let da = language == .danish
        switch self {
        case .responseHeader(let id, let title, let flow, let caseID, let day):
            return da
                ? "Screening \(id): \(title) – \(flow), sag \(caseID), \(day)"
                : "Screening \(id): \(title) – \(flow), case \(caseID), \(day)"
        case .scores: return da ? "Scorer" : "Scores"
        case .bands: return da ? "Niveauer" : "Bands"
        case .flags: return da ? "Markeringer" : "Flags"
        case .recommendations: return da ? "Anbefalinger" : "Recommendations"
        case .none: return da ? "ingen" : "none"
        case .empty: return da ? "tom (mangler svar)" : "empty (answers missing)"
        case .points(let points): return da ? "\(points) point" : "\(points) points"
        case .typeOptionNumber(let count):
            return da
                ? "Ugyldigt svar: skriv nummeret på en af svarmulighederne, 1–\(count)."
                : "Invalid answer: type the number of one of the options, 1–\(count)."
        case .missingCounted(let ids): return da ? "Ubesvarede: \(ids)" : "Unanswered: \(ids)"
        case .hiddenCounted(let ids):
            return da ? "Ikke stillet (tæller ikke): \(ids)" : "Not asked (do not count): \(ids)"
        case .needsConsent(let category):
            return da ? "kræver samtykke til \(category)" : "needs consent for \(category)"
        case .instructions:
            return da
                ? "Skriv svaret (nummeret på en svarmulighed). < tilbage, > spring over, ? hjælp, q gem og afslut."
                : "Type the answer (the number of an option). < back, > skip, ? help, q save and quit."
        case .progress(let n, let total): return "[\(n)/\(total)]"
        case .invalidAnswer(let reason): return da ? "Ugyldigt svar: \(reason)" : "Invalid answer: \(reason)"
        case .cannotSkip: return da ? "Dette spørgsmål skal besvares." : "This question must be answered."
        case .nothingToGoBackTo:
            return da ? "Der er intet før dette spørgsmål." : "There is nothing before this question."
        case .saved(let id):
            return da
                ? "Gemt som screening \(id). Fortsæt med: tovholder screen resume \(id)"
                : "Saved as screening \(id). Continue with: tovholder screen resume \(id)"
        case .completed(let id): return da ? "Screening \(id) er afsluttet." : "Screening \(id) is completed."
        case .inProgress(let id, let at):
            return da
                ? "Screening \(id) er i gang (fortsætter ved \(at))."
                : "Screening \(id) is in progress (resumes at \(at))."
        case .rescoredUnder(let flow): return da ? "Genberegnet under \(flow)" : "Rescored under \(flow)"
        case .originalUnder(let flow): return da ? "Oprindeligt under \(flow)" : "Originally under \(flow)"
        case .noScreenings: return da ? "Ingen screeninger." : "No screenings."
        case .settingsOf(let flow): return da ? "Indstillinger for \(flow)" : "Settings of \(flow)"
        case .municipalityValue: return da ? "kommunens" : "municipality's"
        case .flowDefault: return da ? "flowets standard" : "the flow's default"
        case .visibleWhen: return da ? "vises kun på betingelse" : "shown only when its rule says so"
        case .validated: return da ? "har en gyldighedsregel" : "has a validation rule"
        case .optional: return da ? "kan springes over" : "may be skipped"
        case .help: return da ? "hjælp" : "help"
        case .policies(let missing, let hidden):
            return da
                ? "Manglende svar: \(missing); skjulte spørgsmål: \(hidden)"
                : "Missing answers: \(missing); hidden items: \(hidden)"
        case .unknownSetting(let name, let known):
            let list = known.isEmpty ? (da ? "ingen" : "none") : known.joined(separator: ", ")
            return da
                ? "flowet har ingen indstilling '\(name)' (har: \(list))"
                : "the flow has no setting '\(name)' (has: \(list))"
        case .notASettingChange(let text):
            return da
                ? "'\(text)' er ikke NAVN=TAL eller NAVN.male/female/default=TAL"
                : "'\(text)' is not NAME=NUMBER or NAME.male/female/default=NUMBER"
        }
    }
}
