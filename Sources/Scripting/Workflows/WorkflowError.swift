// A workflow rule that failed: which rule of which pack, at which file and line, on which event, and why.
import Core
import Lua

/// A workflow rule raised an error or hit a limit while handling an event. The command that
/// raised the event is rolled back whole; the message names the pack, the file and the line.
public struct WorkflowError: Error, CustomStringConvertible, LocalizedText {
    public let pack: String
    public let packVersion: String
    public let rule: String
    public let event: String
    public let eventID: Int64?
    /// The chunk (`dk.tovholder.kip/workflows/kip.lua`) and line the error came from, when known.
    public let file: String
    public let line: Int?
    /// Lua's message without its `file:line:` prefix.
    public let message: String
    public let traceback: String?
    /// True when the rule ran out of time or memory.
    public let isLimit: Bool

    init(handler: WorkflowHandler, event: String, eventID: Int64?, error: LuaError, displayName: (String) -> String) {
        pack = handler.pack.identity.name
        packVersion = handler.pack.identity.version.description
        rule = handler.rule
        self.event = event
        self.eventID = eventID
        file = error.chunk.map(displayName) ?? handler.file
        line = error.line ?? (error.chunk == nil ? handler.line : nil)
        message = error.message
        traceback = error.traceback
        isLimit = error.isLimit
    }

    /// `dk.tovholder.kip/workflows/kip.lua:12`.
    public var location: String { line.map { "\(file):\($0)" } ?? file }

    public var description: String { text(.english) }

    public func text(_ language: Language) -> String {
        let on = eventID.map { "\(event) #\($0)" } ?? event
        switch language {
        case .danish:
            return "Arbejdsgangsreglen '\(rule)' i \(pack) \(packVersion) fejlede ved hændelsen \(on) "
                + "(\(location)): \(message). Intet er gemt."
        case .english:
            return "The workflow rule '\(rule)' of \(pack) \(packVersion) failed on the event \(on) "
                + "(\(location)): \(message). Nothing was saved."
        }
    }
}
