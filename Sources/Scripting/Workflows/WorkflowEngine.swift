// The workflows of a resolved pack set, loaded: which rules handle which event, and running them inside a command.
import Core
import Lua
import Packs
import Store

/// Every workflow the packs on a search path provide (after overrides), loaded, with their
/// rules sorted per event: by `order`, then in pack order (shipped, site, municipality), file and
/// line. Handlers run inside the transaction of the command whose event they handle; an error in
/// one rolls the command back. Not thread-safe: one per process, used from one thread.
public final class WorkflowEngine {
    let session = WorkflowSession()
    let packs: [LoadedWorkflowPack]
    private let handlersByEvent: [String: [WorkflowHandler]]

    /// Loads the workflow files `resolved` provides: for each workflow id, its providing pack's
    /// file (an overridden pack's file of that id is not loaded).
    /// - Throws: `LuaError` for a file that does not compile or fails while loading (a bad
    ///   `workflow.on` call included), naming the pack's file and line.
    public init(resolved: ResolvedPackSet, limits: LuaLimits = .standard) throws {
        var filesByPack: [String: [EntryFile]] = [:]
        for entry in resolved.entries(.workflows) {
            if let file = entry.files.last { filesByPack[entry.pack, default: []].append(file) }
        }
        session.packFolders = resolved.packs.map { ($0.folder, $0.name) }
        var loaded: [LoadedWorkflowPack] = []
        for pack in resolved.packs {
            guard let files = filesByPack[pack.name] else { continue }
            let workflowPack = try LoadedWorkflowPack(
                identity: PackIdentity(resolved: pack, in: resolved), session: session, limits: limits)
            for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
                try workflowPack.load(
                    workflow: file.id, path: file.path, relativePath: file.relativePath, session: session)
            }
            loaded.append(workflowPack)
        }
        packs = loaded
        handlersByEvent = Dictionary(grouping: session.handlers, by: \.event).mapValues {
            $0.sorted { ($0.order, $0.sequence) < ($1.order, $1.sequence) }
        }
    }

    /// Loads one pack's workflow files on their own, as `pack validate` and `pack install` check
    /// them: each must run and register its rules without error. Returns how many rules it registered.
    /// - Throws: `LuaError` naming the file and line of the first that fails.
    public static func checkRules(
        of identity: PackIdentity, files: [(id: String, path: String, relativePath: String)],
        limits: LuaLimits = .standard
    ) throws -> Int {
        let session = WorkflowSession()
        let pack = try LoadedWorkflowPack(identity: identity, session: session, limits: limits)
        for file in files {
            try pack.load(workflow: file.id, path: file.path, relativePath: file.relativePath, session: session)
        }
        return session.handlers.count
    }

    /// The rules, per event in the order they run.
    public var handlers: [WorkflowHandlerInfo] {
        handlersByEvent.keys.sorted().flatMap { event in
            handlersByEvent[event]!.map { handler in
                WorkflowHandlerInfo(
                    event: event, order: handler.order, rule: handler.rule, workflow: handler.workflow,
                    pack: handler.pack.identity.name, packVersion: handler.pack.identity.version.description,
                    file: handler.file, line: handler.line)
            }
        }
    }

    /// The event kinds some rule handles.
    public var handledEvents: Set<String> { Set(handlersByEvent.keys) }

    /// Runs the rules for each of `events`, oldest first, in `transaction`.
    /// - Throws: ``WorkflowError`` for the first rule that fails (the caller rolls back).
    public func dispatch(_ events: [RecordedEvent], in transaction: StoreTransaction) throws {
        session.forgetReads()
        for event in events {
            guard let handlers = handlersByEvent[event.kind] else { continue }
            let value = try event.luaValue()
            for handler in handlers {
                try session.run(handler, on: event, in: transaction) {
                    do {
                        _ = try handler.pack.state.call(handler.pack.runner, [.function(handler.function), value])
                    } catch let error as LuaError {
                        throw WorkflowError(
                            handler: handler, event: event.kind, eventID: event.id.rawValue, error: error,
                            displayName: session.displayName(of:))
                    }
                }
            }
        }
    }
}
