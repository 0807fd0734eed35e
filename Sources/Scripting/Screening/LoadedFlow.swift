// A flow file loaded into its own sandboxed Lua state: its definition and the engine's entry points.
import Core
import Foundation
import Lua

/// One flow, loaded and checked, ready to evaluate answers. Each has its own `lua_State`, so a
/// flow cannot see another's globals or memory. Not thread-safe: use it from one thread.
public final class LoadedFlow {
    public let file: FlowFile
    public let definition: FlowDefinition
    public let state: LuaState
    private let evaluateFunction: LuaFunction
    private let visibleFunction: LuaFunction
    private let validateFunction: LuaFunction

    /// What the response records it was answered under.
    public var reference: FlowReference {
        FlowReference(
            id: definition.id, version: definition.version, pack: file.pack?.name, packVersion: file.pack?.version)
    }

    /// Loads `file` under `limits`.
    /// - Throws: ``FlowFileError`` for a definition that does not hold, `LuaError` for a file that
    ///   does not compile or fails while running.
    public init(file: FlowFile, limits: LuaLimits = .standard, now: @escaping @Sendable () -> Date = { Date() }) throws
    {
        self.file = file
        let root = file.pack?.root ?? (file.path as NSString).deletingLastPathComponent
        state = try LuaState(
            limits: limits, sandbox: LuaSandbox(clock: now, randomSeed: 0, modules: FolderModuleResolver(root: root)))
        let source: String
        do {
            source = try String(contentsOfFile: file.path, encoding: .utf8)
        } catch {
            throw FlowFileError(file: file.path, "cannot read the file: \(error.localizedDescription)")
        }
        let bootstrap = try state.load(FlowLibrary.bootstrap, chunkName: "flow loader")
        let library = try state.load(FlowLibrary.source, chunkName: FlowLibrary.chunkName)
        let chunk = try state.load(source, chunkName: file.path)
        let loaded = try state.call(bootstrap, [.function(library), .function(chunk)])
        definition = try FlowDefinitionReader(file: file.path).read(loaded.first ?? .nil)
        guard definition.id == file.id else {
            throw FlowFileError(
                file: file.path, field: "id", "the flow's id '\(definition.id)' must match its file name ('\(file.id)')"
            )
        }
        if let named = file.version, named != definition.version {
            throw FlowFileError(
                file: file.path, field: "version",
                "the flow's version \(definition.version) must match its file name (\(named))")
        }
        guard loaded.count == 2, case .function(let bind) = loaded[1] else {
            throw FlowFileError(file: file.path, "the flow loader returned nothing to bind")
        }
        let bound = try state.call(bind)
        guard bound.count == 3, case .function(let evaluate) = bound[0], case .function(let visible) = bound[1],
            case .function(let validate) = bound[2]
        else { throw FlowFileError(file: file.path, "the flow loader returned no entry points") }
        evaluateFunction = evaluate
        visibleFunction = visible
        validateFunction = validate
    }

    // MARK: - Answers

    /// Checks the answers of an answers file against the items: every id must be an item's (or a
    /// grid cell's) and every value of the right kind and range. `null` leaves an item unanswered.
    /// - Throws: `DomainError` naming the first wrong item (in the flow's order, unknown ids last).
    public func check(_ inputs: [String: AnswerInput]) throws -> [String: Answer] {
        var answers: [String: Answer] = [:]
        for answerID in definition.answerIDs {
            guard let input = inputs[answerID], let item = definition.item(answering: answerID) else { continue }
            if let answer = try item.check(input, answerID: answerID) { answers[answerID] = answer }
        }
        for answerID in inputs.keys.sorted() where definition.item(answering: answerID) == nil {
            if let section = definition.items.first(where: { $0.id == answerID && $0.kind == .section }) {
                throw DomainError(field: section.id, ScreeningProblem.sectionTakesNoAnswer)
            }
            throw DomainError(field: answerID, ScreeningProblem.unknownItem(flow: definition.id))
        }
        return answers
    }

    // MARK: - Calling the flow

    /// Scores `answers` under this flow: visibility, policies, validation rules, scoring,
    /// interpretation and recommendations, all in the flow's Lua state.
    public func evaluate(_ answers: [String: Answer], context: ScreeningContext) throws -> FlowEvaluation {
        try evaluate(answersTable(answers), context: context.luaValue)
    }

    /// As ``evaluate(_:context:)`` with the context already converted (for rescoring many
    /// responses with one context).
    public func evaluate(_ answers: [String: Answer], luaContext: LuaValue) throws -> FlowEvaluation {
        try evaluate(answersTable(answers), context: luaContext)
    }

    private func evaluate(_ answers: LuaValue, context: LuaValue) throws -> FlowEvaluation {
        let returned = try state.call(evaluateFunction, [answers, context])
        return try FlowResultReader(definition: definition, file: file.path).read(returned.first ?? .nil)
    }

    /// The indices (0-based) of the items visible under `answers`, sections included.
    public func visibleItems(_ answers: [String: Answer], context: ScreeningContext) throws -> [Int] {
        let returned = try state.call(visibleFunction, [answersTable(answers), context.luaValue])
        guard case .table(let list) = returned.first ?? .nil else { return [] }
        return list.array.compactMap { $0.integerValue.map { Int($0) - 1 } }
    }

    /// Runs the item's validation rule for `answer` given the answers so far; nil when accepted.
    public func validate(
        _ answerID: String, _ answer: Answer, answers: [String: Answer], context: ScreeningContext
    ) throws -> FlowText? {
        guard let item = definition.item(answering: answerID), item.hasValidationRule else { return nil }
        let returned = try state.call(
            validateFunction, [answersTable(answers), context.luaValue, .string(answerID), answer.luaValue])
        let message = returned.first ?? .nil
        if message.isNil || message.boolValue == false { return nil }
        return try FlowDefinitionReader(file: file.path).text(message, at: "items.\(item.id).validate result")
    }

    private func answersTable(_ answers: [String: Answer]) -> LuaValue {
        .table(
            LuaTable(
                fields: Dictionary(uniqueKeysWithValues: answers.map { (LuaKey.string($0.key), $0.value.luaValue) })))
    }
}
