// What the store refuses: ids that do not exist, and values that must be unique.
import Core

/// A change the store refuses, thrown as `DomainError(field:, ...)` naming the CLI option.
public enum StoreProblem: LocalizedText, Hashable {
    case unknownCitizen(Int64)
    case unknownActor(Int64)
    case unknownCase(Int64)
    case unknownConsent(Int64)
    case unknownPlan(Int64)
    case unknownTask(Int64)
    case unknownOutboxMessage(Int64)
    case unknownScreeningResponse(Int64)
    /// Only a completed screening can be rescored.
    case screeningNotCompleted(Int64)
    /// A rescoring scores a response under another version of the same flow, not under another flow.
    case rescoringOtherFlow(expected: String, got: String)
    /// Another citizen already has this CPR number (shown masked).
    case duplicateCPR(masked: String)
    /// A network person can only be linked to an actor of kind `relative`.
    case notARelative(Int64)
    /// A row whose derived columns do not hold what the store writes (changed behind its back).
    case unreadableRow(table: String, id: Int64)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownCitizen(let id), .danish): return "Der er ingen borger med id \(id)."
        case (.unknownCitizen(let id), .english): return "There is no citizen with id \(id)."
        case (.unknownActor(let id), .danish): return "Der er ingen aktør med id \(id)."
        case (.unknownActor(let id), .english): return "There is no actor with id \(id)."
        case (.unknownCase(let id), .danish): return "Der er ingen sag med id \(id)."
        case (.unknownCase(let id), .english): return "There is no case with id \(id)."
        case (.unknownConsent(let id), .danish): return "Der er intet samtykke med id \(id)."
        case (.unknownConsent(let id), .english): return "There is no consent with id \(id)."
        case (.unknownPlan(let id), .danish): return "Der er ingen plan med id \(id)."
        case (.unknownPlan(let id), .english): return "There is no plan with id \(id)."
        case (.unknownTask(let id), .danish): return "Der er ingen opgave med id \(id)."
        case (.unknownTask(let id), .english): return "There is no task with id \(id)."
        case (.unknownOutboxMessage(let id), .danish): return "Der er ingen besked i udbakken med id \(id)."
        case (.unknownOutboxMessage(let id), .english): return "There is no outbox message with id \(id)."
        case (.unknownScreeningResponse(let id), .danish): return "Der er ingen screening med id \(id)."
        case (.unknownScreeningResponse(let id), .english): return "There is no screening with id \(id)."
        case (.screeningNotCompleted(let id), .danish):
            return "Screening \(id) er ikke afsluttet; kun en afsluttet screening kan scores igen."
        case (.screeningNotCompleted(let id), .english):
            return "Screening \(id) is not completed; only a completed screening can be rescored."
        case (.rescoringOtherFlow(let expected, let got), .danish):
            return "Screeningen er besvaret i flowet \(expected) og kan ikke scores i flowet \(got)."
        case (.rescoringOtherFlow(let expected, let got), .english):
            return "The screening was answered in the flow \(expected) and cannot be scored in the flow \(got)."
        case (.duplicateCPR(let masked), .danish): return "En borger med CPR-nummer \(masked) findes allerede."
        case (.duplicateCPR(let masked), .english): return "A citizen with CPR number \(masked) already exists."
        case (.notARelative(let id), .danish): return "Aktør \(id) er ikke af typen relative (pårørende)."
        case (.notARelative(let id), .english): return "Actor \(id) is not of kind relative."
        case (.unreadableRow(let table, let id), .danish):
            return "Rækken \(id) i tabellen \(table) kan ikke læses; den er ændret uden om Tovholder."
        case (.unreadableRow(let table, let id), .english):
            return "Row \(id) of the table \(table) cannot be read; it was changed outside Tovholder."
        }
    }
}
