// Plans in the store: versions read back equal to what was written, and two writers cannot make the same version.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct PlanServiceTests {
    private func seeded() throws -> (TestDatabase, CaseID, ActorID) {
        let test = try TestDatabase(clock: { Date(timeIntervalSince1970: 1_795_000_000.123_456) })
        let ids = try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            let opened = try tx.openCase(
                citizen: citizen.id!, basis: .sel101, municipality: try MunicipalityCode("0101"),
                requested: Day("2026-10-01")!)
            let actor = try tx.addActor(try Actor(name: "Mette Friis", kind: .drugTreatment))
            return (opened.id!, actor.id!)
        }
        return (test, ids.0, ids.1)
    }

    @Test func versionsReadBackEqualToWhatWasWritten() throws {
        let (test, caseID, actorID) = try seeded()
        let written = try test.database.write(tester) { tx -> [PlanVersion] in
            let first = try tx.createPlan(case: caseID, kind: .kip)
            let second = try tx.changePlan(
                first.plan.id, .addGoal(goal: GoalDraft(area: .housing, description: "Fast bolig")))
            let third = try tx.changePlan(
                first.plan.id,
                .addIntervention(
                    intervention: InterventionDraft(
                        description: "Bostøtte", sector: .social, responsible: actorID, goals: [GoalID(1)])))
            return [first, second, third]
        }
        let history = try test.database.write(tester) { try $0.planHistory(written[0].plan.id) }
        for (read, wrote) in zip(history.versions, written) {
            #expect(read.time.timeIntervalSince1970 == wrote.time.timeIntervalSince1970)
            #expect(read.plan == wrote.plan)
            #expect(read.change == wrote.change)
            #expect(read.summary == wrote.summary)
        }
        #expect(history.versions == written)
        #expect(history.versions.map(\.number) == [1, 2, 3])
        let row = try test.database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT status, version FROM plan WHERE id = ?", arguments: [written[0].plan.id.rawValue])
        }
        #expect(row?["status"] == "draft")
        #expect(row?["version"] == 3)
    }

    @Test func aRefusedChangeStoresNoVersion() throws {
        let (test, caseID, _) = try seeded()
        let plan = try test.database.write(tester) { try $0.createPlan(case: caseID, kind: .kip) }
        #expect(throws: DomainError.self) {
            try test.database.write(tester) { tx in
                try tx.changePlan(
                    plan.plan.id,
                    .addIntervention(intervention: InterventionDraft(description: "Uden ansvarlig", sector: .social)))
            }
        }
        #expect(throws: DomainError.self) {
            try test.database.write(tester) { tx in
                try tx.changePlan(plan.plan.id, .setCoordinator(actor: ActorID(99)))
            }
        }
        let count = try test.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM plan_version") }
        #expect(count == 1)
    }

    @Test func theSameVersionNumberCannotBeStoredTwice() throws {
        let (test, caseID, _) = try seeded()
        let plan = try test.database.write(tester) { try $0.createPlan(case: caseID, kind: .kip) }
        // A second caseworker who read version 1 before the first one's change committed.
        let stale = plan
        _ = try test.database.write(tester) {
            try $0.changePlan(plan.plan.id, .addGoal(goal: GoalDraft(area: .housing, description: "A")))
        }
        let conflicting = try stale.applying(
            .addGoal(goal: GoalDraft(area: .economy, description: "B")), by: "other", at: Date())
        #expect(throws: DatabaseError.self) {
            try test.database.pool.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO plan_version (plan_id, number, author, at, summary, data) VALUES (?, ?, 'other', '', '', '{}')",
                    arguments: [plan.plan.id.rawValue, conflicting.number])
            }
        }
    }
}
