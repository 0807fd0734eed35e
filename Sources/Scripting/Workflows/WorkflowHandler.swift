// One handler a workflow file registered with `workflow.on`: which event, which function, where, in what order.
import Lua

/// A rule: the function a workflow file gave `workflow.on` for one event kind, with the pack,
/// file and line it came from, so its effects and its errors can name them.
struct WorkflowHandler {
    /// The event kind it handles (`screening.completed`).
    let event: String
    let function: LuaFunction
    /// Lower runs first; default 100.
    let order: Int
    /// The rule's name: the `name` option, or `<workflow>:<line>`.
    let rule: String
    /// The workflow id: the file's name without `.lua`.
    let workflow: String
    /// The chunk name errors and effects show: `<pack>/<path in the pack>`.
    let file: String
    let line: Int
    /// The pack whose state it lives in.
    unowned let pack: LoadedWorkflowPack
    /// Registration order across the engine, the last tie-breaker.
    let sequence: Int
}

/// A handler as `tovholder workflow list` shows it.
public struct WorkflowHandlerInfo: Sendable, Equatable, Codable {
    public let event: String
    public let order: Int
    public let rule: String
    public let workflow: String
    public let pack: String
    public let packVersion: String
    public let file: String
    public let line: Int
}
