// The outbox on a real SQLite file: consent gating, what a refusal writes, the recorded consents, sending and cancelling, the audit.
import Core
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct OutboxServiceTests {
    static let body = "AUDIT 14, PHQ-9 12: moderat depression"

    struct Seed {
        let test: TestDatabase
        let citizen: CitizenID
        let caseID: CaseID
        let gp: ActorID
        let jobCentre: ActorID
    }

    private func seeded() throws -> Seed {
        let test = try TestDatabase()
        return try test.database.write(tester) { tx in
            let citizen = try tx.addCitizen(try Citizen(name: "Jens Hansen", cpr: try CPRNumber("010190-1235")))
            let opened = try tx.openCase(
                citizen: citizen.id!, basis: .sel101, municipality: try MunicipalityCode("0101"),
                requested: Day("2026-10-01")!)
            let gp = try tx.addActor(try Actor(name: "Lægehuset Nord", kind: .gp, form: .organisation))
            let job = try tx.addActor(try Actor(name: "Jobcenter Syd", kind: .jobCentre, form: .organisation))
            return Seed(test: test, citizen: citizen.id!, caseID: opened.id!, gp: gp.id!, jobCentre: job.id!)
        }
    }

    private func grant(
        _ seed: Seed, to recipient: ConsentRecipient = .kind(.gp), purpose: ConsentPurpose = .treatment,
        categories: Set<DataCategory> = [.screening], until: String? = nil
    ) throws -> Consent {
        try seed.test.database.write(tester) {
            try $0.grantConsent(
                case: seed.caseID, to: recipient, purpose: purpose, categories: categories, from: Day("2026-10-01")!,
                until: until.map { Day($0)! })
        }
    }

    private func draft(
        _ seed: Seed, to actor: ActorID? = nil, categories: Set<DataCategory> = [.screening],
        purpose: ConsentPurpose = .treatment, day: String = "2026-11-01"
    ) -> OutboxDraft {
        OutboxDraft(
            caseID: seed.caseID, recipient: actor ?? seed.gp, subject: "Screeningsresultat", body: Self.body,
            document: "screening:3", categories: categories, purpose: purpose, day: Day(day)!)
    }

    private func queue(_ seed: Seed, _ draft: OutboxDraft) throws -> OutboxQueueing {
        try seed.test.database.write(tester) { try $0.queueMessage(draft) }
    }

    private func messageCount(_ seed: Seed) throws -> Int {
        try seed.test.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM outbox_message") ?? -1 }
    }

    // MARK: - Consent gating

    @Test func withoutConsentNothingIsStoredButTheRefusalIsAudited() throws {
        let seed = try seeded()
        let before = try seed.test.database.read { try AuditLog.count($0) }
        let refusal = try #require(try queue(seed, draft(seed)).refusal)
        #expect(refusal.recipient == seed.gp)
        #expect(refusal.text(.danish).contains("aktør \(seed.gp) (Lægehuset Nord)"))
        #expect(try messageCount(seed) == 0)
        let entries = try seed.test.database.read { try AuditLog.entries($0) }
        #expect(entries.count == before + 1)
        let last = try #require(entries.last)
        #expect(last.action == "refuse")
        #expect(last.citizenId == seed.citizen.rawValue)
        #expect(last.summary.hasPrefix("outbox refused: case \(seed.caseID) to actor \(seed.gp)"))
        #expect(last.summary.contains("screening: no consent in the case"))
        #expect(!last.summary.contains("AUDIT"))
    }

    @Test func aConsentToTheGPKindCoversAnActorOfKindGP() throws {
        let seed = try seeded()
        let consent = try grant(seed)
        let message = try #require(try queue(seed, draft(seed)).message)
        #expect(message.id != nil)
        #expect(message.consents == [consent.id!])
        #expect(message.createdBy == "test")
        #expect(message.document == "screening:3")
        let stored = try seed.test.database.write(tester) { try $0.outboxMessage(message.id!) }
        #expect(stored == message)
        let row = try seed.test.database.read {
            try Row.fetchOne($0, sql: "SELECT case_id, recipient_actor_id, status, created, sent FROM outbox_message")
        }
        #expect(row?["case_id"] == seed.caseID.rawValue)
        #expect(row?["recipient_actor_id"] == seed.gp.rawValue)
        #expect(row?["status"] == "pending")
        #expect(row?["created"] == "2026-11-01")
        #expect(row?["sent"] == nil as String?)
    }

    @Test func aConsentToTheGPDoesNotCoverTheJobCentre() throws {
        let seed = try seeded()
        _ = try grant(seed)
        let refusal = try #require(try queue(seed, draft(seed, to: seed.jobCentre)).refusal)
        #expect(refusal.refused.map(\.reason) == [.recipientNotCovered])
        #expect(try messageCount(seed) == 0)
    }

    @Test func aRevokedConsentRefuses() throws {
        let seed = try seeded()
        let consent = try grant(seed)
        _ = try seed.test.database.write(tester) {
            try $0.revokeConsent(consent.id!, on: Day("2026-10-20")!, reason: nil)
        }
        let refusal = try #require(try queue(seed, draft(seed)).refusal)
        #expect(refusal.text(.english).contains("consent \(consent.id!) was revoked on 2026-10-20"))
        #expect(try queue(seed, draft(seed, day: "2026-10-19")).message != nil)
    }

    @Test func anExpiredConsentRefuses() throws {
        let seed = try seeded()
        _ = try grant(seed, until: "2026-10-31")
        #expect(try queue(seed, draft(seed, day: "2026-11-01")).refusal != nil)
        #expect(try queue(seed, draft(seed, day: "2026-10-31")).message != nil)
    }

    @Test func consentForScreeningDoesNotCoverPlans() throws {
        let seed = try seeded()
        _ = try grant(seed, categories: [.screening])
        let refusal = try #require(try queue(seed, draft(seed, categories: [.screening, .plan])).refusal)
        #expect(refusal.categories == [.plan])
        #expect(try messageCount(seed) == 0)
    }

    @Test func thePurposeMustMatch() throws {
        let seed = try seeded()
        let treatment = try grant(seed)
        #expect(try queue(seed, draft(seed, purpose: .other)).refusal != nil)
        let other = try grant(seed, to: .actor(seed.gp), purpose: .other)
        let message = try #require(try queue(seed, draft(seed, purpose: .other)).message)
        #expect(message.consents == [other.id!])
        #expect(message.purpose == .other)
        #expect(try queue(seed, draft(seed)).message?.consents == [treatment.id!])
    }

    @Test func everyConsentThatAllowsACategoryIsRecorded() throws {
        let seed = try seeded()
        let screening = try grant(seed, categories: [.screening])
        let plans = try grant(seed, to: .actor(seed.gp), categories: [.plan, .health])
        let message = try #require(try queue(seed, draft(seed, categories: [.plan, .screening, .health])).message)
        #expect(message.consents == [screening.id!, plans.id!])
        #expect(message.categories == [.screening, .plan, .health])
    }

    @Test func anUnknownCaseOrActorIsAnError() throws {
        let seed = try seeded()
        #expect(throws: DomainError(field: "to", StoreProblem.unknownActor(99))) {
            try queue(seed, draft(seed, to: ActorID(99)))
        }
        var unknownCase = draft(seed)
        unknownCase.caseID = CaseID(99)
        #expect(throws: DomainError(field: "case", StoreProblem.unknownCase(99))) { try queue(seed, unknownCase) }
    }

    // MARK: - Listing, sending, cancelling

    @Test func listingFiltersByStatusAndCaseOldestFirst() throws {
        let seed = try seeded()
        _ = try grant(seed, categories: [.screening, .plan])
        let first = try #require(try queue(seed, draft(seed)).message)
        let second = try #require(try queue(seed, draft(seed, categories: [.plan])).message)
        _ = try seed.test.database.write(tester) {
            try $0.markOutboxMessageSent(first.id!, on: Day("2026-11-02")!, channel: "e-boks")
        }
        let all = try seed.test.database.write(tester) { try $0.outboxMessages(status: nil, case: nil) }
        #expect(all.map(\.id) == [first.id, second.id])
        let pending = try seed.test.database.write(tester) {
            try $0.outboxMessages(status: .pending, case: seed.caseID)
        }
        #expect(pending.map(\.id) == [second.id])
        let sent = try seed.test.database.write(tester) { try $0.outboxMessages(status: .sent, case: nil) }
        #expect(sent.first?.channel == "e-boks")
        let before = try seed.test.database.read { try AuditLog.count($0) }
        #expect(try seed.test.database.write(tester) { try $0.outboxMessages(status: .cancelled, case: nil) }.isEmpty)
        #expect(try seed.test.database.read { try AuditLog.count($0) } == before)
    }

    @Test func sendingAndCancellingOnlyFromPending() throws {
        let seed = try seeded()
        _ = try grant(seed)
        let message = try #require(try queue(seed, draft(seed)).message)
        #expect(throws: DomainError(field: "date", OutboxProblem.beforeCreated(Day("2026-11-01")!))) {
            try seed.test.database.write(tester) {
                try $0.markOutboxMessageSent(message.id!, on: Day("2026-10-31")!, channel: nil)
            }
        }
        let sent = try seed.test.database.write(tester) {
            try $0.markOutboxMessageSent(message.id!, on: Day("2026-11-03")!, channel: "sikker mail")
        }
        #expect(sent.status == .sent && sent.sentBy == "test" && sent.channel == "sikker mail")
        let row = try seed.test.database.read {
            try Row.fetchOne($0, sql: "SELECT status, sent FROM outbox_message")
        }
        #expect(row?["status"] == "sent")
        #expect(row?["sent"] == "2026-11-03")
        #expect(throws: DomainError(field: "status", OutboxProblem.notPending(.sent))) {
            try seed.test.database.write(tester) {
                try $0.cancelOutboxMessage(message.id!, on: Day("2026-11-04")!, reason: "fejl")
            }
        }
        let other = try #require(try queue(seed, draft(seed)).message)
        let cancelled = try seed.test.database.write(tester) {
            try $0.cancelOutboxMessage(other.id!, on: Day("2026-11-04")!, reason: "sendt på mødet")
        }
        #expect(cancelled.status == .cancelled && cancelled.cancelReason == "sendt på mødet")
        #expect(throws: DomainError(field: "message", StoreProblem.unknownOutboxMessage(99))) {
            try seed.test.database.write(tester) {
                try $0.markOutboxMessageSent(OutboxMessageID(99), on: Day("2026-11-04")!, channel: nil)
            }
        }
    }

    @Test func theAuditNamesTheMessageButNeverItsBody() throws {
        let seed = try seeded()
        _ = try grant(seed)
        _ = try queue(seed, draft(seed, categories: [.plan]))
        let message = try #require(try queue(seed, draft(seed)).message)
        _ = try seed.test.database.write(tester) { try $0.outboxMessage(message.id!) }
        _ = try seed.test.database.write(tester) { try $0.outboxMessages(status: nil, case: seed.caseID) }
        _ = try seed.test.database.write(tester) {
            try $0.markOutboxMessageSent(message.id!, on: Day("2026-11-02")!, channel: "brev")
        }
        let entries = try seed.test.database.read { try AuditLog.entries($0, citizen: seed.citizen.rawValue) }
            .filter { $0.entity == "outbox_message" }
        #expect(entries.map(\.action) == ["refuse", "queue", "read", "list", "sent"])
        #expect(entries[1].summary.hasPrefix("outbox message queued to actor \(seed.gp): Screeningsresultat"))
        #expect(entries[1].entityId == message.id!.description)
        #expect(entries.allSatisfy { !$0.summary.contains("AUDIT") && !$0.summary.contains("depression") })
    }
}
