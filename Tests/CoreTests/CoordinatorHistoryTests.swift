// The coordinator (tovholder) per case: assigning hands the role over, and the history stays.
import Testing

@testable import Core

@Suite struct CoordinatorHistoryTests: PeopleTesting {
    func counsellor() throws -> Actor {
        try Actor(id: ActorID(1), name: "Lise, misbrugsbehandler", kind: .drugTreatment)
    }
    func jobConsultant() throws -> Actor { try Actor(id: ActorID(2), name: "Omar, jobkonsulent", kind: .jobCentre) }
    func mentor() throws -> Actor { try Actor(id: ActorID(3), name: "Ib", kind: .mentor) }

    @Test func assigningHandsTheRoleOverAndKeepsTheHistory() throws {
        var history = CoordinatorHistory(caseID: CaseID(7))
        #expect(history.current == nil)
        try history.assign(counsellor(), on: day("2026-01-10"))
        #expect(history.current?.actor == ActorID(1))
        try history.assign(jobConsultant(), on: day("2026-05-01"), reason: " borgeren er startet i jobtræning ")
        #expect(
            history.assignments == [
                CoordinatorAssignment(actor: ActorID(1), from: try day("2026-01-10"), endedOn: try day("2026-05-01")),
                CoordinatorAssignment(
                    actor: ActorID(2), from: try day("2026-05-01"), reason: "borgeren er startet i jobtræning"),
            ])
        #expect(history.current?.actor == ActorID(2))
        #expect(history.current(on: try day("2026-01-09")) == nil)
        #expect(history.current(on: try day("2026-01-10"))?.actor == ActorID(1))
        #expect(history.current(on: try day("2026-04-30"))?.actor == ActorID(1))
        #expect(history.current(on: try day("2026-05-01"))?.actor == ActorID(2))
        #expect(history.current(on: try day("2027-01-01"))?.actor == ActorID(2))
    }

    @Test func aSameDayReassignmentLeavesAnEmptyAssignmentInTheHistory() throws {
        var history = CoordinatorHistory(caseID: CaseID(7))
        try history.assign(counsellor(), on: day("2026-01-10"))
        try history.assign(mentor(), on: day("2026-01-10"), reason: "fejlregistrering")
        #expect(history.assignments.count == 2)
        #expect(history.current(on: try day("2026-01-10"))?.actor == ActorID(3))
        #expect(history.assignments[0].endedOn == (try day("2026-01-10")))
    }

    @Test func rejectsAssigningBeforeTheCurrentStart() throws {
        var history = CoordinatorHistory(caseID: CaseID(7))
        try history.assign(counsellor(), on: day("2026-01-10"))
        #expect(throws: DomainError(field: "date", ActorProblem.beforeCurrentCoordinator(since: try day("2026-01-10"))))
        {
            try history.assign(jobConsultant(), on: day("2026-01-09"))
        }
        #expect(history.assignments.count == 1 && history.current?.endedOn == nil)
    }

    @Test func rejectsActorsThatCannotCoordinate() throws {
        var history = CoordinatorHistory(caseID: CaseID(7))
        let on = try day("2026-01-10")
        #expect(throws: DomainError(field: "actor", ActorProblem.actorNotStored)) {
            try history.assign(Actor(name: "Ny", kind: .mentor), on: on)
        }
        #expect(throws: DomainError(field: "actor", ActorProblem.coordinatorMustBePerson)) {
            try history.assign(Actor(id: ActorID(5), name: "Jobcenter", kind: .jobCentre, form: .organisation), on: on)
        }
        for kind in [ActorKind.citizen, .relative] {
            #expect(throws: DomainError(field: "actor", ActorProblem.coordinatorMustBeProfessional(kind))) {
                try history.assign(Actor(id: ActorID(6), name: "Anna", kind: kind), on: on)
            }
        }
        try history.assign(counsellor(), on: on)
        #expect(throws: DomainError(field: "actor", ActorProblem.alreadyCoordinator)) {
            try history.assign(counsellor(), on: day("2026-02-01"))
        }
        #expect(history.assignments.count == 1)
    }

    @Test func theRoleCanEndWithoutASuccessor() throws {
        var history = CoordinatorHistory(caseID: CaseID(7))
        #expect(throws: DomainError(field: "actor", ActorProblem.noCoordinator)) {
            try history.end(on: day("2026-01-10"))
        }
        try history.assign(counsellor(), on: day("2026-01-10"))
        #expect(throws: DomainError(field: "date", ActorProblem.beforeCurrentCoordinator(since: try day("2026-01-10"))))
        {
            try history.end(on: day("2026-01-09"))
        }
        try history.end(on: day("2026-03-01"))
        #expect(history.current == nil)
        #expect(history.current(on: try day("2026-02-28"))?.actor == ActorID(1))
        #expect(history.current(on: try day("2026-03-01")) == nil)
        #expect(throws: DomainError(field: "date", ActorProblem.beforeLastAssignmentEnded(try day("2026-03-01")))) {
            try history.assign(jobConsultant(), on: day("2026-02-15"))
        }
        try history.assign(counsellor(), on: day("2026-04-01"))
        #expect(history.assignments.map(\.actor) == [ActorID(1), ActorID(1)])
        #expect(history.current(on: try day("2026-03-15")) == nil)
    }
}
