// A small world for the event tests: a citizen, an actor, cases and plans made through the services, and ticks.
import Core
import Foundation
import GRDB

@testable import Store

/// A fresh database with one citizen (with a CPR number), one anonymous citizen and one actor,
/// and helpers to open cases, build plans, tick and read the journal by kind.
struct EventFixture {
    let test: TestDatabase
    let citizen: CitizenID
    let anonymous: CitizenID
    let actor: ActorID

    init() throws {
        test = try TestDatabase()
        let ids = try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            let anonymous = try tx.addCitizen(try Citizen(name: "Anna", pseudonym: "ANON-1"))
            let actor = try tx.addActor(try Actor(name: "Mette Friis", kind: .drugTreatment))
            return (citizen.id!, anonymous.id!, actor.id!)
        }
        (citizen, anonymous, actor) = ids
    }

    static func day(_ text: String) -> Day { Day(text)! }

    /// Runs `body` as one command on `today` (the clock's day when nil).
    func write<T>(today: String? = nil, _ body: (StoreTransaction) throws -> T) throws -> T {
        try test.database.write(tester, today: today.map(Self.day), body)
    }

    /// Opens a case requested on `requested`; a `sel101a` case goes to the anonymous citizen.
    func openCase(_ requested: String, basis: LegalBasis = .sel101) throws -> CaseID {
        try write { tx in
            try tx.openCase(
                citizen: basis == .sel101a ? anonymous : citizen, basis: basis,
                municipality: try MunicipalityCode("0101"), requested: Self.day(requested)
            ).id!
        }
    }

    /// Applies `change` to the case as one command.
    func changeCase(_ id: CaseID, _ change: @escaping (inout TreatmentCase) throws -> Void) throws {
        try write { tx in
            _ = try tx.changeCase(id, action: "change") { treatmentCase in
                try change(&treatmentCase)
                return "changed"
            }
        }
    }

    /// One tick on `day`.
    @discardableResult
    func tick(_ day: String, settings: TimeEventSettings = .standard) throws -> TimeEventSummary {
        try write(today: day) { try $0.raiseTimeEvents(on: Self.day(day), settings: settings) }
    }

    /// The kinds of the events one tick on each day raised.
    func tickKinds(_ days: [String]) throws -> [String: [String]] {
        try Dictionary(uniqueKeysWithValues: days.map { ($0, try tick($0).events.map(\.kind)) })
    }

    /// Every event of `kind` in the journal, oldest first (read without auditing).
    func events(_ kind: String) throws -> [RecordedEvent] {
        try test.database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM event WHERE kind = ? ORDER BY id", arguments: [kind])
                .map(RecordedEvent.init)
        }
    }

    /// How many events the journal holds.
    func eventCount() throws -> Int {
        try test.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event") ?? 0 }
    }

    /// A consent to the fixture's actor on `caseID`.
    func grantConsent(_ caseID: CaseID, from: String = "2026-01-01", until: String? = nil) throws -> ConsentID {
        try write { tx in
            try tx.grantConsent(
                case: caseID, to: .actor(actor), purpose: .treatment, categories: [.plan, .health],
                from: Self.day(from), until: until.map(Self.day)
            ).id!
        }
    }

    /// A KIP on a new case, ready and activated on `activated`, with one planned follow-up (id 1) due
    /// on `followUpDue`.
    func activeKIP(activated: String = "2026-01-15", followUpDue: String = "2026-03-01") throws -> PlanID {
        let caseID = try openCase("2026-01-02")
        let consent = try grantConsent(caseID)
        return try write { tx in
            let plan = try tx.createPlan(case: caseID, kind: .kip).plan.id
            for change: PlanChange in [
                .setCoordinator(actor: actor), .addConsent(consent: consent),
                .addGoal(goal: GoalDraft(area: .housing, description: "Fast bolig")),
                .addFollowUp(due: Self.day(followUpDue), purpose: "statusmøde"),
                .activate(on: Self.day(activated)),
            ] {
                try tx.changePlan(plan, change)
            }
            return plan
        }
    }

    /// An active behandlingsplan on a new case, with one planned follow-up (id 1) due on `due`.
    func activeTreatmentPlan(followUpDue due: String, activated: String = "2026-10-01") throws -> PlanID {
        let caseID = try openCase("2026-09-20")
        return try write { tx in
            let plan = try tx.createPlan(case: caseID, kind: .behandlingsplan).plan.id
            try tx.changePlan(plan, .addGoal(goal: GoalDraft(area: .substanceUse, description: "Ophør")))
            try tx.changePlan(plan, .addFollowUp(due: Self.day(due), purpose: "status efter 3 måneder"))
            try tx.changePlan(plan, .activate(on: Self.day(activated)))
            return plan
        }
    }

    /// Applies `change` to a plan as one command.
    func changePlan(_ id: PlanID, _ change: PlanChange) throws {
        try write { tx in _ = try tx.changePlan(id, change) }
    }
}
