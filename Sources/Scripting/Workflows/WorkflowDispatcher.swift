// The store's event dispatcher for a process: the workflows on a search path, loaded the first time a command raises an event.
import Foundation
import Lua
import Packs
import Store

/// Hands each command's events to the workflows the packs on `searchPath` provide. The packs
/// are resolved and their workflow files loaded only when a command raises its first event, so
/// a command that changes nothing pays nothing.
public final class WorkflowDispatcher: EventDispatcher, @unchecked Sendable {
    public let searchPath: PackSearchPath
    public let limits: LuaLimits
    private let lock = NSLock()
    private var engine: WorkflowEngine?

    public init(searchPath: PackSearchPath, limits: LuaLimits = .standard) {
        self.searchPath = searchPath
        self.limits = limits
    }

    /// The engine, loaded on first use.
    /// - Throws: ``PackError`` when the packs do not resolve; `LuaError` for a workflow file that does not load.
    public func loadedEngine() throws -> WorkflowEngine {
        lock.lock()
        defer { lock.unlock() }
        if let engine { return engine }
        let resolved = try PackResolver(hostAPI: HostAPI.version).resolve(searchPath.discover())
        let made = try WorkflowEngine(resolved: resolved, limits: limits)
        engine = made
        return made
    }

    public func dispatch(_ events: [RecordedEvent], in transaction: StoreTransaction) throws {
        try loadedEngine().dispatch(events, in: transaction)
    }
}
