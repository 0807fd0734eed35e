// The engine's state while files load and handlers run: which rule handles which event in which transaction.
import Core
import Foundation
import Lua
import Store

/// What the `workflow` module's functions reach: while a workflow file loads, where its
/// `workflow.on` calls register; while a handler runs, the event, the rule and the command's
/// transaction its effects go into. One per engine; used from one thread.
final class WorkflowSession {
    /// The file being loaded, while it loads.
    struct Loading {
        unowned let pack: LoadedWorkflowPack
        let workflow: String
        let chunk: String
    }

    /// The handler being run, while it runs.
    struct Running {
        let transaction: StoreTransaction
        let event: RecordedEvent
        let handler: WorkflowHandler
        /// The event's day: what `today()` returns and what `within` counts from.
        let day: Day
    }

    var loading: Loading?
    var running: Running?
    /// Handlers registered so far, in registration order.
    private(set) var handlers: [WorkflowHandler] = []
    /// Effects made by the running handler so far (numbers the keys of effects without one).
    var ordinal = 0
    /// Put before every effect key: a dry run uses its own, so it never meets the real effects.
    var keyPrefix = ""
    /// Told of every effect made (a dry run collects them to compare).
    var observer: ((WorkflowEffect, EffectDetail) -> Void)?
    /// The time scripts read through `os.time`/`os.date`: the event's.
    let clock = WorkflowClock()
    /// The last event's day and time as ``run(_:on:in:_:)`` read them.
    private var timing: (event: EventID, at: String, day: Day?, time: Date?)?
    /// What the rules of the current event read (`case`, `plans` ...), kept until an effect changes
    /// it: several rules on one event read the same case, and decoding it is most of a read's cost.
    private var reads: [String: LuaValue] = [:]
    private var readsOfEvent: Int64?

    /// The value `name` read for the current event, made by `make` the first time.
    func cachedRead(_ name: String, _ make: () throws -> LuaValue) rethrows -> LuaValue {
        if let known = reads[name] { return known }
        let value = try make()
        reads[name] = value
        return value
    }

    /// Forgets a read after an effect changed what it read (a follow-up changes `plans`).
    func forgetRead(_ name: String) { reads[name] = nil }

    /// Forgets every read: at the start of each dispatch, since the store may have changed since the last.
    func forgetReads() {
        reads = [:]
        readsOfEvent = nil
    }

    /// Each pack's folder and name, to record a module's file as `<pack>/<path in the pack>`
    /// rather than where the pack happens to be installed.
    var packFolders: [(folder: String, name: String)] = []

    /// `chunk` as effects and histories show it: an absolute path inside a known pack becomes
    /// `<pack>/<path in the pack>`.
    func displayName(of chunk: String) -> String {
        for (folder, name) in packFolders {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            if chunk.hasPrefix(prefix) { return name + "/" + chunk.dropFirst(prefix.count) }
        }
        return chunk
    }

    func register(_ handler: (Int) -> WorkflowHandler) {
        handlers.append(handler(handlers.count))
    }

    /// The running handler, or an error naming `function` for a call made outside one.
    func current(_ function: String) throws -> Running {
        guard let running else {
            throw LuaHostError("\(function) can only be called inside a handler (a function given to workflow.on)")
        }
        return running
    }

    /// Runs `body` as `handler` handling `event` in `transaction`.
    func run<T>(
        _ handler: WorkflowHandler, on event: RecordedEvent, in transaction: StoreTransaction, _ body: () throws -> T
    )
        rethrows -> T
    {
        // The day and time of an event are read once for all its handlers: both parse text (the
        // payload's JSON, an ISO 8601 time), which costs more than a trivial rule.
        if timing?.event != event.id || timing?.at != event.at {
            timing = (event.id, event.at, Day(event.day), StoreTransactionTime.parse(event.at))
        }
        let day = timing?.day ?? transaction.today
        running = Running(transaction: transaction, event: event, handler: handler, day: day)
        if readsOfEvent != event.id.rawValue {
            reads = [:]
            readsOfEvent = event.id.rawValue
        }
        ordinal = 0
        clock.set(timing?.time ?? transaction.now)
        defer { running = nil }
        return try body()
    }
}

/// The clock a workflow state's `os.time` reads: set to each event's time before its handlers run.
final class WorkflowClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date = Date()

    func set(_ date: Date) {
        lock.lock()
        self.date = date
        lock.unlock()
    }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return date
    }
}

/// Reads the journal's timestamps (`2026-11-23T10:15:00.123Z`).
enum StoreTransactionTime {
    static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true))
    }
}

/// What an effect made, in the terms a dry run compares: the title, assignee and due day of a
/// task, the recipient and subject of a message, the plan and due day of a follow-up.
struct EffectDetail: Equatable, Codable, Sendable {
    var title: String?
    var assignee: String?
    var due: String?
    var recipient: Int64?
    var subject: String?
    var plan: Int64?
    var value: String?
}
