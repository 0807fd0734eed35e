// What can be wrong with a screening answer or response, in Danish and English.

/// A broken rule of screening, thrown inside a ``DomainError`` whose field is the item's answer id.
public enum ScreeningProblem: LocalizedText, Equatable {
    case unknownItem(flow: String)
    case sectionTakesNoAnswer
    case wrongType(expected: FlowItemKind, got: String)
    case notAnOption(String, options: [String])
    case duplicateSelection(String)
    case belowMinimum(String)
    case aboveMaximum(String)
    case tooFewSelections(Int)
    case tooManySelections(Int)
    case tooManyDecimals(Int)
    case notADate(String)
    case dateBefore(Day)
    case dateAfter(Day)
    case textTooLong(Int)
    case emptyText
    case missingAnswers([String])
    case invalid(FlowText)
    case completed
    case notAnAnswerFile(String)

    public func text(_ language: Language) -> String {
        let da = language == .danish
        switch self {
        case .unknownItem(let flow):
            return da ? "findes ikke i flowet \(flow)" : "is not an item of the flow \(flow)"
        case .sectionTakesNoAnswer:
            return da ? "er en overskrift og tager intet svar" : "is a section header and takes no answer"
        case .wrongType(let kind, let got):
            return da
                ? "forventede \(kind.answerDescription(language)), fik \(got)"
                : "expected \(kind.answerDescription(language)), got \(got)"
        case .notAnOption(let code, let options):
            let list = options.joined(separator: ", ")
            return da
                ? "\(code) er ikke en svarmulighed (mulige: \(list))" : "\(code) is not an option (options: \(list))"
        case .duplicateSelection(let code):
            return da ? "\(code) er valgt to gange" : "\(code) is selected twice"
        case .belowMinimum(let minimum):
            return da ? "skal være mindst \(minimum)" : "must be at least \(minimum)"
        case .aboveMaximum(let maximum):
            return da ? "må højst være \(maximum)" : "must be at most \(maximum)"
        case .tooFewSelections(let count):
            return da ? "vælg mindst \(count)" : "choose at least \(count)"
        case .tooManySelections(let count):
            return da ? "vælg højst \(count)" : "choose at most \(count)"
        case .tooManyDecimals(let decimals):
            return da ? "højst \(decimals) decimaler" : "at most \(decimals) decimals"
        case .notADate(let text):
            return da ? "\(text) er ikke en dato (ÅÅÅÅ-MM-DD)" : "\(text) is not a date (YYYY-MM-DD)"
        case .dateBefore(let day):
            return da ? "må ikke være før \(day)" : "must not be before \(day)"
        case .dateAfter(let day):
            return da ? "må ikke være efter \(day)" : "must not be after \(day)"
        case .textTooLong(let length):
            return da ? "højst \(length) tegn" : "at most \(length) characters"
        case .emptyText:
            return da ? "teksten er tom" : "the text is empty"
        case .missingAnswers(let ids):
            let list = ids.joined(separator: ", ")
            return da ? "mangler svar på \(list)" : "answers missing for \(list)"
        case .invalid(let message):
            return message.text(language)
        case .completed:
            return da
                ? "screeningen er afsluttet og kan ikke ændres (brug screen rescore)"
                : "the screening is completed and cannot change (use screen rescore)"
        case .notAnAnswerFile(let reason):
            return da
                ? "svarfilen skal være ét JSON-objekt fra item-id til svar: \(reason)"
                : "the answers file must be one JSON object from item id to answer: \(reason)"
        }
    }
}
