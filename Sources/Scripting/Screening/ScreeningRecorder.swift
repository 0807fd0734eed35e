// Running a flow against the store: the citizen's context, then saving, completing and rescoring responses.
import Core
import Foundation
import Store

/// Screening work inside one command's transaction. Every change goes through the store's
/// services, so it is validated, audited and raises its events there.
public struct ScreeningRecorder {
    public let transaction: StoreTransaction
    public let language: Language

    public init(_ transaction: StoreTransaction, language: Language = .standard) {
        self.transaction = transaction
        self.language = language
    }

    /// The flow's settings with the municipality's changes (`tovholder screen settings`); changes
    /// to settings the flow no longer declares are left out.
    public func settings(for flow: FlowDefinition) throws -> [String: FlowSetting] {
        var settings = flow.settings
        for (name, value) in try transaction.screeningSettings(flow: flow.id) where flow.settings[name] != nil {
            settings[name] = value
        }
        return settings
    }

    /// What the flow's rules know about the citizen of `caseID` on `day`.
    public func context(
        case caseID: CaseID, flow: FlowDefinition, day: Day, excluding: ScreeningResponseID? = nil
    ) throws -> ScreeningContext {
        let treatmentCase = try transaction.treatmentCase(caseID)
        let citizen = try transaction.citizen(treatmentCase.citizen)
        let age = citizen.age(on: day) ?? citizen.birthYear.map { day.year - $0 }
        let earlier = try transaction.earlierScreenings(
            citizen: treatmentCase.citizen, before: day, excluding: excluding)
        return ScreeningContext(
            sex: citizen.sex, age: age, today: day, language: language, legalBasis: treatmentCase.basis,
            settings: try settings(for: flow), earlier: earlier)
    }

    /// Saves answers so far as a response in progress (a new one, or `existing` updated).
    public func save(
        _ flow: LoadedFlow, case caseID: CaseID, day: Day, answers: [String: Answer], resumeAt: String?,
        existing: ScreeningResponse? = nil
    ) throws -> ScreeningResponse {
        if var response = existing {
            try response.save(answers: answers, resumeAt: resumeAt)
            try transaction.saveScreening(response)
            return response
        }
        let response = ScreeningResponse(
            caseID: caseID, flow: flow.reference, day: day, answers: answers, resumeAt: resumeAt,
            startedAt: transaction.now, startedBy: transaction.context.user)
        return try transaction.startScreening(response)
    }

    /// Scores the answers and stores the completed response (a new one, or `existing`), which
    /// raises `screening.completed`. Answers to items hidden by their rules are not kept: they do
    /// not count, and nothing is stored about a citizen that was not asked (the result lists their
    /// ids under `hidden`).
    /// - Throws: `DomainError` naming the items when the flow refuses the answers.
    public func complete(
        _ flow: LoadedFlow, case caseID: CaseID, day: Day, answers: [String: Answer],
        existing: ScreeningResponse? = nil
    ) throws -> ScreeningResponse {
        let context = try context(case: caseID, flow: flow.definition, day: day, excluding: existing?.id)
        let result = try flow.evaluate(answers, context: context).result()
        var response =
            existing
            ?? ScreeningResponse(
                caseID: caseID, flow: flow.reference, day: day, startedAt: transaction.now,
                startedBy: transaction.context.user)
        let hidden = Set(result.hidden)
        try response.complete(
            answers: answers.filter { !hidden.contains($0.key) }, settings: context.settings, result: result,
            at: transaction.now,
            by: transaction.context.user)
        return try transaction.completeScreening(response)
    }

    /// Scores a completed response's stored answers under `flow` (another version, or today's
    /// settings) and keeps the result beside the unchanged original.
    public func rescore(_ responseID: ScreeningResponseID, under flow: LoadedFlow) throws -> Rescoring {
        let response = try transaction.screeningResponse(responseID)
        guard response.status == .completed else {
            throw DomainError(field: "response", RecorderProblem.notCompleted(responseID))
        }
        guard response.flow.id == flow.definition.id else {
            throw DomainError(field: "version", RecorderProblem.otherFlow(response.flow.id, flow.definition.id))
        }
        let answers = try flow.check(response.answers.mapValues(AnswerInput.init))
        let context = try context(
            case: response.caseID, flow: flow.definition, day: response.day, excluding: responseID)
        let result = try flow.evaluate(answers, context: context).result()
        let rescoring = Rescoring(
            responseID: responseID, flow: flow.reference, settings: context.settings, result: result,
            at: transaction.now, by: transaction.context.user)
        return try transaction.addRescoring(rescoring)
    }
}

/// What the recorder refuses.
public enum RecorderProblem: LocalizedText, Equatable {
    case notCompleted(ScreeningResponseID)
    case otherFlow(String, String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.notCompleted(let id), .danish): "screening \(id) er ikke afsluttet endnu (brug screen resume)"
        case (.notCompleted(let id), .english): "screening \(id) is not completed yet (use screen resume)"
        case (.otherFlow(let answered, let other), .danish): "screeningen er besvaret med \(answered), ikke \(other)"
        case (.otherFlow(let answered, let other), .english):
            "the screening was answered with \(answered), not \(other)"
        }
    }
}

extension AnswerInput {
    /// A stored answer read back as input, to check it against another version of its flow.
    public init(_ answer: Answer) {
        switch answer {
        case .integer(let value): self = .integer(value)
        case .number(let value): self = .number(value)
        case .text(let value): self = .text(value)
        case .list(let values): self = .list(values.map(AnswerInput.init))
        }
    }
}
