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
    /// Returns evaluate with a context bound (see ``prepare(luaContext:)``).
    private let bindFunction: LuaFunction
    private let resultReader: FlowResultReader

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
        // The host API's Swift modules (`tovholder`) and the pack's grants; the library adds `screening`.
        state = try file.makeState(limits: limits, clock: now)
        let loaded = try file.load(
            in: state, bootstrap: FlowLibrary.bootstrap, loader: "flow loader", library: FlowLibrary.source,
            libraryChunk: FlowLibrary.chunkName)
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
        guard bound.count == 4, case .function(let evaluate) = bound[0], case .function(let visible) = bound[1],
            case .function(let validate) = bound[2], case .function(let binder) = bound[3]
        else { throw FlowFileError(file: file.path, "the flow loader returned no entry points") }
        evaluateFunction = evaluate
        visibleFunction = visible
        validateFunction = validate
        bindFunction = binder
        resultReader = try FlowResultReader(definition: definition, file: file.path, state: state)
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
        try evaluate(answers, luaContext: context.luaValue)
    }

    /// As ``evaluate(_:context:)`` with the context already converted. To score many responses
    /// under one context, ``prepare(luaContext:)`` it once instead.
    public func evaluate(_ answers: [String: Answer], luaContext: LuaValue) throws -> FlowEvaluation {
        try state.call(
            evaluateFunction,
            arguments: { arguments in
                try arguments.push(LuaAnswers(answers))
                try arguments.push(luaContext)
            },
            results: { try resultReader.read($0.first) })
    }

    /// Binds `context` to this flow for scoring many responses under it: the context is
    /// converted and handed to Lua once, and each evaluation pushes only the answers.
    public func prepare(context: ScreeningContext) throws -> PreparedFlowContext {
        try prepare(luaContext: context.luaValue)
    }

    /// As ``prepare(context:)`` with the context already converted.
    public func prepare(luaContext: LuaValue) throws -> PreparedFlowContext {
        guard case .function(let bound) = try state.call(bindFunction, [luaContext]).first ?? .nil else {
            throw FlowFileError(file: file.path, "the flow loader bound no context")
        }
        return PreparedFlowContext(flow: self, evaluate: bound)
    }

    /// Scores `answers` with `bound`, the library's evaluate with the context bound.
    func evaluate(_ answers: [String: Answer], bound: LuaFunction) throws -> FlowEvaluation {
        try state.call(
            bound, arguments: { try $0.push(LuaAnswers(answers)) }, results: { try resultReader.read($0.first) })
    }

    /// Calls `function` (of this flow's state) with no arguments and reads what it returns as an
    /// evaluation's result: for measuring the reading alone.
    @_spi(Profiling)
    public func readResult(calling function: LuaFunction) throws -> FlowEvaluation {
        try state.call(function, arguments: { _ in }, results: { try resultReader.read($0.first) })
    }

    /// The indices (0-based) of the items visible under `answers`, sections included.
    public func visibleItems(_ answers: [String: Answer], context: ScreeningContext) throws -> [Int] {
        let returned = try state.call(
            visibleFunction,
            arguments: { arguments in
                try arguments.push(LuaAnswers(answers))
                try arguments.push(context.luaValue)
            },
            results: { try $0.first.value() })
        guard case .table(let list) = returned else { return [] }
        return list.array.compactMap { $0.integerValue.map { Int($0) - 1 } }
    }

    /// Runs the item's validation rule for `answer` given the answers so far; nil when accepted.
    public func validate(
        _ answerID: String, _ answer: Answer, answers: [String: Answer], context: ScreeningContext
    ) throws -> FlowText? {
        guard let item = definition.item(answering: answerID), item.hasValidationRule else { return nil }
        let message = try state.call(
            validateFunction,
            arguments: { arguments in
                try arguments.push(LuaAnswers(answers))
                try arguments.push(context.luaValue)
                try arguments.push(answerID)
                try answer.push(to: &arguments)
            },
            results: { try $0.first.value() })
        if message.isNil || message.boolValue == true { return nil }
        // `false` refuses without a text of its own, as it does when the whole response is scored.
        if message.boolValue == false { return FlowResultReader.genericInvalid }
        return try FlowDefinitionReader(file: file.path).text(message, at: "items.\(item.id).validate result")
    }
}
