// Tasks: assignees, origins, the open → done / cancelled lifecycle, and overdue.
import Foundation
import Testing

@testable import Core

@Suite struct WorkTaskTests {
    typealias F = PlanFixtures

    static func task(due: Day? = PlanFixtures.day("2026-03-10")) throws -> WorkTask {
        try WorkTask(
            caseID: CaseID(7), planID: PlanID(1), title: " Obtain the citizen's acceptance ",
            assignee: .role("tovholder"),
            due: due, origin: .workflow(pack: "kip", rule: "acceptance_after_meeting", event: "meeting_recorded"),
            created: F.day("2026-03-01"))
    }

    @Test func aNewTaskIsOpenWithATrimmedTitle() throws {
        let task = try Self.task()
        #expect(task.id == nil)
        #expect(task.title == "Obtain the citizen's acceptance")
        #expect(task.status == .open)
        #expect(task.closed == nil && task.closedBy == nil)
        #expect(task.origin.kind == .workflow)
        #expect(task.origin.pack == "kip")
        #expect(task.origin.rule == "acceptance_after_meeting")
    }

    @Test func aTaskNeedsATitle() {
        #expect(throws: DomainError(field: "title", TaskProblem.required)) {
            try WorkTask(title: "  ", assignee: .actor(ActorID(3)), created: F.day("2026-03-01"))
        }
    }

    @Test(arguments: [("2026-03-09", false), ("2026-03-10", false), ("2026-03-11", true)])
    func anOpenTaskIsOverdueAfterItsDueDay(today: String, overdue: Bool) throws {
        #expect(try Self.task().isOverdue(on: F.day(today)) == overdue)
    }

    @Test func aTaskWithoutDueDayOrNotOpenIsNeverOverdue() throws {
        #expect(try !Self.task(due: nil).isOverdue(on: F.day("2030-01-01")))
        var done = try Self.task()
        try done.complete(on: F.day("2026-03-12"), by: F.user)
        #expect(!done.isOverdue(on: F.day("2026-03-20")))
        var cancelled = try Self.task()
        try cancelled.cancel(on: F.day("2026-03-12"), by: F.user)
        #expect(!cancelled.isOverdue(on: F.day("2026-03-20")))
    }

    @Test func aTaskDueBeforeItWasMadeIsOverdueAtOnce() throws {
        let task = try Self.task(due: F.day("2026-02-20"))
        #expect(task.isOverdue(on: task.created))
    }

    @Test func completingRecordsDayAndUser() throws {
        var task = try Self.task()
        try task.complete(on: F.day("2026-03-05"), by: " mette ")
        #expect(task.status == .done)
        #expect(task.closed == F.day("2026-03-05"))
        #expect(task.closedBy == "mette")
    }

    @Test(arguments: [TaskStatus.done, .cancelled])
    func aClosedTaskCannotChange(closed: TaskStatus) throws {
        var task = try Self.task()
        if closed == .done {
            try task.complete(on: F.day("2026-03-05"), by: F.user)
        } else {
            try task.cancel(on: F.day("2026-03-05"), by: F.user)
        }
        let problem = DomainError(field: "status", TaskProblem.notOpen(closed))
        #expect(throws: problem) { try task.complete(on: F.day("2026-03-06"), by: F.user) }
        #expect(throws: problem) { try task.cancel(on: F.day("2026-03-06"), by: F.user) }
        #expect(throws: problem) { try task.reassign(to: .actor(ActorID(3))) }
        #expect(throws: problem) { try task.reschedule(due: F.day("2026-04-01")) }
        #expect(task.closed == F.day("2026-03-05"))
    }

    @Test func aTaskIsNotClosedBeforeItWasMadeNorByNobody() throws {
        var task = try Self.task()
        #expect(throws: DomainError(field: "date", TaskProblem.closedBeforeCreated(F.day("2026-03-01")))) {
            try task.complete(on: F.day("2026-02-28"), by: F.user)
        }
        #expect(throws: DomainError(field: "user", TaskProblem.required)) {
            try task.cancel(on: F.day("2026-03-02"), by: "")
        }
        #expect(task.status == .open)
    }

    @Test func anOpenTaskCanBeReassignedAndRescheduled() throws {
        var task = try Self.task()
        try task.reassign(to: .actor(ActorID(12)))
        try task.reschedule(due: nil)
        #expect(task.assignee == .actor(ActorID(12)))
        #expect(task.due == nil)
    }

    @Test(arguments: [("12", TaskAssignee.actor(ActorID(12))), ("Tovholder", .role("tovholder")), ("0", .role("0"))])
    func anAssigneeIsParsedFromText(text: String, assignee: TaskAssignee) throws {
        #expect(try TaskAssignee(text) == assignee)
    }

    @Test func anEmptyAssigneeIsRefused() {
        #expect(throws: DomainError(field: "assignee", TaskProblem.required)) { try TaskAssignee(" ") }
    }

    @Test func aTaskSurvivesAJSONRoundTrip() throws {
        var task = try Self.task()
        task.id = TaskID(4)
        try task.complete(on: F.day("2026-03-05"), by: F.user)
        let data = try JSONEncoder().encode(task)
        #expect(try JSONDecoder().decode(WorkTask.self, from: data) == task)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains(#""assignee":{"role":"tovholder"}"#))
        let actor = try JSONEncoder().encode(TaskAssignee.actor(ActorID(3)))
        #expect(String(data: actor, encoding: .utf8) == #"{"actor":3}"#)
    }

    @Test func originsSayWhatMadeTheTask() {
        #expect(TaskOrigin.manual == TaskOrigin(kind: .manual, pack: nil, rule: nil, event: nil))
        #expect(TaskOrigin.event("followup_due").event == "followup_due")
        #expect(TaskOrigin.event("followup_due").kind == .event)
    }
}
