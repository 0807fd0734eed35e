// The dry run: past events replayed through the active workflows and a candidate, inside a transaction rolled back, and compared.
import Core
import Foundation
import Lua
import Packs
import Store

/// Replays the recorded events of past cases through two sets of workflows (the active ones
/// and a candidate) inside a transaction that is rolled back, one event at a time, and reports
/// what the candidate would have done differently: tasks, follow-ups, messages, flags, and
/// whether their deadlines would have been met by what really happened.
///
/// Handlers read the store as it is now (not as it was on the event's day), with `today()` the
/// event's day; time events are replayed as `tick` recorded them.
public struct WorkflowSimulator {
    let active: WorkflowEngine
    let candidate: WorkflowEngine

    public init(active: WorkflowEngine, candidate: WorkflowEngine) {
        self.active = active
        self.candidate = candidate
    }

    /// The pack set with the candidate pack in `folder` added as a municipality pack, replacing
    /// a pack of the same name on the path (a new version of a shipped or installed pack).
    public static func candidateSet(searchPath: PackSearchPath, folder: String) throws -> ResolvedPackSet {
        let candidate = try PackSearchPath(folders: [.init(layer: .municipality, path: folder)]).discover()
        let names = Set(candidate.map(\.name))
        let others = try searchPath.discover().filter { !names.contains($0.name) }
        return try PackResolver(hostAPI: HostAPI.version).resolve(others + candidate)
    }

    /// Runs the dry run over the events recorded from `from` to `to` (default: everything up to
    /// today), one side after the other in `transaction`. Everything is rolled back; the caller
    /// records one audit entry for the run.
    public func run(in transaction: StoreTransaction, from: Day?, to: Day?) throws -> SimulationReport {
        let end = to ?? transaction.today
        let events = try replayed(in: transaction, from: from, to: end)
        var failures: [SimulationReport.Failure] = []
        let activeEffects = try replay(events, through: active, side: "active", in: transaction, failures: &failures)
        let candidateEffects = try replay(
            events, through: candidate, side: "candidate", in: transaction, failures: &failures)
        return try report(
            events: events, from: from, end: end, active: activeEffects, candidate: candidateEffects,
            failures: failures, in: transaction)
    }

    /// As ``run(in:from:to:)`` on `database`, with the two sides at once: the candidate's on a
    /// snapshot copy of the database (in a temporary file, removed afterwards) in a second thread,
    /// the active side's in the database itself. Each side is rolled back.
    public func run(on database: TovholderDatabase, context: AuditContext, from: Day?, to: Day?) throws
        -> SimulationReport
    {
        let copy = NSTemporaryDirectory() + "tovholder-dry-run-\(UUID().uuidString).sqlite"
        let snapshot = try database.copy(to: copy)
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        }
        let candidateSide = SideRun(engine: candidate)
        let finished = DispatchSemaphore(value: 0)
        // The second thread uses only the candidate's engine and the snapshot; this thread only the
        // active engine and the database, until it has waited for the second.
        nonisolated(unsafe) let simulator = self
        let thread = Thread {
            candidateSide.result = Result {
                try snapshot.writeAndRollBack(context) { transaction in
                    let end = to ?? transaction.today
                    var failures: [SimulationReport.Failure] = []
                    let made = try simulator.replay(
                        try simulator.replayed(in: transaction, from: from, to: end), through: candidateSide.engine,
                        side: "candidate", in: transaction, failures: &failures)
                    return (made, failures)
                }
            }
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        return try database.writeAndRollBack(context) { transaction in
            let end = to ?? transaction.today
            let events = try replayed(in: transaction, from: from, to: end)
            var failures: [SimulationReport.Failure] = []
            let activeEffects: [Made]
            do {
                activeEffects = try replay(
                    events, through: active, side: "active", in: transaction, failures: &failures)
            } catch {
                finished.wait()
                throw error
            }
            finished.wait()
            let (candidateEffects, candidateFailures) = try candidateSide.result!.get()
            return try report(
                events: events, from: from, end: end, active: activeEffects, candidate: candidateEffects,
                failures: failures + candidateFailures, in: transaction)
        }
    }

    /// The events a dry run replays: those either side handles, recorded in the period.
    private func replayed(in transaction: StoreTransaction, from: Day?, to end: Day) throws -> [RecordedEvent] {
        try transaction.events(from: from, to: end, kinds: active.handledEvents.union(candidate.handledEvents))
    }

    /// Both sides' effects summed up and compared, deadlines judged by what really happened.
    private func report(
        events: [RecordedEvent], from: Day?, end: Day, active activeEffects: [Made], candidate candidateEffects: [Made],
        failures: [SimulationReport.Failure], in transaction: StoreTransaction
    ) throws -> SimulationReport {
        var report = SimulationReport(
            from: from?.description, to: end.description, events: events.count,
            cases: Set(events.compactMap(\.caseID)).count)
        report.failures = failures
        let judge = DeadlineJudge(transaction: transaction, end: end)
        report.active = try summarize(activeEffects, judge)
        report.candidate = try summarize(candidateEffects, judge)
        report.active.failures = report.failures.filter { $0.side == "active" }.count
        report.candidate.failures = report.failures.filter { $0.side == "candidate" }.count
        report.differences = try compare(activeEffects, candidateEffects, events: events, judge: judge)
        return report
    }

    /// An effect made in the dry run, with the event it answered.
    struct Made: Sendable {
        let effect: WorkflowEffect
        let detail: EffectDetail
        let event: RecordedEvent
        var identity: String {
            let what = detail.title ?? detail.subject ?? detail.value ?? ""
            return "\(event.id.rawValue)|\(effect.kind.rawValue)|\(what)|\(detail.recipient ?? 0)"
        }
    }

    private func replay(
        _ events: [RecordedEvent], through engine: WorkflowEngine, side: String, in transaction: StoreTransaction,
        failures reported: inout [SimulationReport.Failure]
    ) throws -> [Made] {
        var made: [Made] = []
        var current: RecordedEvent?
        engine.session.keyPrefix = "dry-run:"
        engine.session.observer = { effect, detail in
            if let current { made.append(Made(effect: effect, detail: detail, event: current)) }
        }
        defer {
            engine.session.keyPrefix = ""
            engine.session.observer = nil
        }
        let dispatcher = EngineDispatcher(engine: engine)
        // One savepoint per side, rolled back at the end, so effects made on one event are there
        // for the next (a key used twice makes one task); one per event inside it, so a failing
        // rule undoes only that event.
        var failures: [SimulationReport.Failure] = []
        try transaction.rollingBack {
            for event in events {
                current = event
                let before = made.count
                do {
                    try transaction.atomically {
                        try engine.dispatch([event], in: transaction)
                        try transaction.dispatchRaisedEvents(to: dispatcher)
                    }
                } catch let error as WorkflowError {
                    made.removeSubrange(before...)
                    failures.append(.init(side: side, eventID: event.id.rawValue, message: error.text(.english)))
                } catch let error as EventCascadeError {
                    made.removeSubrange(before...)
                    failures.append(.init(side: side, eventID: event.id.rawValue, message: error.description))
                }
            }
        }
        reported += failures
        return made
    }

    private func summarize(_ made: [Made], _ judge: DeadlineJudge) throws -> SimulationReport.Side {
        var side = SimulationReport.Side()
        for item in made {
            switch item.effect.kind {
            case .task: side.tasks += 1
            case .taskDone: side.tasksCompleted += 1
            case .followUp: side.followUps += 1
            case .outbox: side.messages += 1
            case .outboxRefused: side.refusedMessages += 1
            case .flag: side.flags += 1
            case .participant: side.proposedParticipants += 1
            }
            switch try judge.deadline(of: item) {
            case "met": side.deadlinesMet += 1
            case "missed": side.deadlinesMissed += 1
            default: break
            }
        }
        return side
    }

    private func compare(_ active: [Made], _ candidate: [Made], events: [RecordedEvent], judge: DeadlineJudge) throws
        -> [SimulationReport.Difference]
    {
        let activeByIdentity = Dictionary(grouping: active, by: \.identity)
        let candidateByIdentity = Dictionary(grouping: candidate, by: \.identity)
        var differences: [SimulationReport.Difference] = []
        func difference(_ change: String, _ item: Made, active: Made?, candidate: Made?) throws {
            differences.append(
                .init(
                    change: change, caseID: item.event.caseID?.rawValue, eventID: item.event.id.rawValue,
                    event: item.event.kind, day: item.event.day, kind: item.effect.kind.rawValue,
                    what: item.detail.title ?? item.detail.subject ?? item.detail.value ?? "",
                    activeDetail: active.map(Self.describe), candidateDetail: candidate.map(Self.describe),
                    deadline: try candidate.flatMap { try judge.deadline(of: $0) }))
        }
        for item in active {
            guard let twin = candidateByIdentity[item.identity]?.first else {
                try difference("only_active", item, active: item, candidate: nil)
                continue
            }
            if twin.detail.due != item.detail.due || twin.detail.assignee != item.detail.assignee
                || twin.detail.plan != item.detail.plan
            {
                try difference("changed", item, active: item, candidate: twin)
            }
        }
        for item in candidate where activeByIdentity[item.identity] == nil {
            try difference("only_candidate", item, active: nil, candidate: item)
        }
        return differences.sorted { ($0.eventID, $0.kind, $0.what) < ($1.eventID, $1.kind, $1.what) }
    }

    /// `for role tovholder, due 2026-03-01` and the like.
    static func describe(_ made: Made) -> String {
        var parts: [String] = []
        if let assignee = made.detail.assignee { parts.append(assignee) }
        if let recipient = made.detail.recipient { parts.append("to actor \(recipient)") }
        if let plan = made.detail.plan { parts.append("plan \(plan)") }
        if let due = made.detail.due { parts.append("due \(due)") }
        if let value = made.detail.value, made.effect.kind == .flag { parts.append("= \(value)") }
        parts.append("(\(made.effect.pack) \(made.effect.rule))")
        return parts.joined(separator: ", ")
    }
}

/// The candidate side of a parallel dry run: its engine, used by the second thread only, and what
/// it found, read after the thread signalled.
private final class SideRun: @unchecked Sendable {
    let engine: WorkflowEngine
    var result: Result<([WorkflowSimulator.Made], [SimulationReport.Failure]), any Error>?

    init(engine: WorkflowEngine) { self.engine = engine }
}

/// A workflow engine as the store's dispatcher, for the events a dry run's rules raise.
private struct EngineDispatcher: EventDispatcher, @unchecked Sendable {
    let engine: WorkflowEngine

    func dispatch(_ events: [RecordedEvent], in transaction: StoreTransaction) throws {
        try engine.dispatch(events, in: transaction)
    }
}

/// Whether a dry run's task or follow-up would have met its due day, judged by what really
/// happened: a follow-up is met by a meeting or a held follow-up on its plan between the event
/// and the due day; a task by a real task with the same title on the case done by the due day.
/// `open` when the due day is after the period; nil for effects without a due day.
/// Each case's done tasks and each plan's meetings are read once: both sides judge tens of
/// thousands of effects against the same few rows.
final class DeadlineJudge {
    let transaction: StoreTransaction
    let end: Day
    private var doneTasks: [CaseID: [(title: String, closed: Day)]] = [:]
    private var heldDays: [Int64: [Day]] = [:]

    init(transaction: StoreTransaction, end: Day) {
        self.transaction = transaction
        self.end = end
    }

    func deadline(of made: SimulationReport.Made) throws -> String? {
        guard let dueText = made.detail.due, let due = Day(dueText) else { return nil }
        let start = Day(made.event.day) ?? due
        if let planID = made.detail.plan, made.effect.kind == .followUp {
            if try held(planID).contains(where: { $0 >= start && $0 <= due }) { return "met" }
        } else if let caseID = made.event.caseID, let title = made.detail.title {
            if try done(caseID).contains(where: { $0.title == title && $0.closed <= due }) { return "met" }
        }
        return due < end ? "missed" : "open"
    }

    private func held(_ plan: Int64) throws -> [Day] {
        if let known = heldDays[plan] { return known }
        let days = try transaction.daysPlanWasFollowedUp(PlanID(plan))
        heldDays[plan] = days
        return days
    }

    private func done(_ caseID: CaseID) throws -> [(title: String, closed: Day)] {
        if let known = doneTasks[caseID] { return known }
        let tasks = try transaction.doneTasks(case: caseID)
        doneTasks[caseID] = tasks
        return tasks
    }
}

extension SimulationReport {
    typealias Made = WorkflowSimulator.Made
}
