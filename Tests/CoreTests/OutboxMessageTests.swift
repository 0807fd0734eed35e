// Outbox messages: what a message must hold, pending → sent / cancelled, and the consent check of a draft.
import Foundation
import Testing

@testable import Core

@Suite struct OutboxMessageTests: PeopleTesting {
    static let grantedAt = Date(timeIntervalSince1970: 1_767_600_000)
    let gpID = ActorID(4)

    func message(categories: Set<DataCategory> = [.plan, .screening]) throws -> OutboxMessage {
        try OutboxMessage(
            caseID: CaseID(7), recipient: gpID, subject: " Screeningsresultat ", body: " AUDIT 14 ",
            document: "  ", categories: categories, consents: [ConsentID(2)], created: day("2026-03-01"),
            createdBy: " mette ")
    }

    func gp() throws -> Actor { try Actor(id: gpID, name: "Lægehuset Nord", kind: .gp, form: .organisation) }

    func consent(
        _ id: Int64, to recipient: ConsentRecipient = .kind(.gp), purpose: ConsentPurpose = .treatment,
        categories: Set<DataCategory> = [.screening], until: String? = nil
    ) throws -> Consent {
        try Consent(
            id: ConsentID(id), caseID: CaseID(7), recipient: recipient, purpose: purpose, categories: categories,
            from: day("2026-01-01"), until: until.map(day), grantedBy: "mette", grantedAt: Self.grantedAt)
    }

    func draft(_ categories: Set<DataCategory> = [.screening], purpose: ConsentPurpose = .treatment) throws
        -> OutboxDraft
    {
        OutboxDraft(
            caseID: CaseID(7), recipient: gpID, subject: "Screening", body: "AUDIT 14", categories: categories,
            purpose: purpose, day: try day("2026-03-01"))
    }

    // MARK: - The message

    @Test func aNewMessageIsPendingTrimmedAndSorted() throws {
        let message = try message()
        #expect(message.status == .pending)
        #expect(message.subject == "Screeningsresultat")
        #expect(message.body == "AUDIT 14")
        #expect(message.document == nil)
        #expect(message.createdBy == "mette")
        #expect(message.categories == [.screening, .plan])
        #expect(message.origin == .manual)
        #expect(message.sent == nil && message.cancelled == nil)
    }

    @Test func aMessageNeedsSubjectBodyAndCategories() throws {
        #expect(throws: DomainError(field: "subject", OutboxProblem.required)) {
            try OutboxMessage(
                caseID: CaseID(7), recipient: gpID, subject: " ", body: "x", categories: [.plan], consents: [],
                created: day("2026-03-01"), createdBy: "mette")
        }
        #expect(throws: DomainError(field: "body", OutboxProblem.required)) {
            try OutboxMessage(
                caseID: CaseID(7), recipient: gpID, subject: "x", body: "\n", categories: [.plan], consents: [],
                created: day("2026-03-01"), createdBy: "mette")
        }
        #expect(throws: DomainError(field: "category", OutboxProblem.noCategories)) {
            try OutboxMessage(
                caseID: CaseID(7), recipient: gpID, subject: "x", body: "y", categories: [], consents: [],
                created: day("2026-03-01"), createdBy: "mette")
        }
    }

    @Test func markingSentRecordsDayUserAndChannel() throws {
        var message = try message()
        try message.markSent(on: day("2026-03-02"), by: "ole", channel: " e-boks ")
        #expect(message.status == .sent)
        #expect(message.sent == (try day("2026-03-02")))
        #expect(message.sentBy == "ole")
        #expect(message.channel == "e-boks")
    }

    @Test func cancellingNeedsAReason() throws {
        var message = try message()
        #expect(throws: DomainError(field: "reason", OutboxProblem.required)) {
            try message.cancel(on: day("2026-03-02"), by: "ole", reason: "  ")
        }
        #expect(message.status == .pending)
        try message.cancel(on: day("2026-03-02"), by: "ole", reason: "sendt på mødet")
        #expect(message.status == .cancelled)
        #expect(message.cancelReason == "sendt på mødet")
        #expect(message.cancelledBy == "ole")
    }

    @Test func onlyAPendingMessageChangesAndNotBeforeItWasCreated() throws {
        var message = try message()
        #expect(throws: DomainError(field: "date", OutboxProblem.beforeCreated(try day("2026-03-01")))) {
            try message.markSent(on: day("2026-02-28"), by: "ole", channel: nil)
        }
        try message.markSent(on: day("2026-03-01"), by: "ole", channel: nil)
        #expect(throws: DomainError(field: "status", OutboxProblem.notPending(.sent))) {
            try message.cancel(on: day("2026-03-05"), by: "ole", reason: "fejl")
        }
        #expect(throws: DomainError(field: "status", OutboxProblem.notPending(.sent))) {
            try message.markSent(on: day("2026-03-05"), by: "ole", channel: nil)
        }
    }

    @Test func aMessageRoundTripsThroughJSON() throws {
        var message = try message()
        message.id = OutboxMessageID(3)
        try message.markSent(on: day("2026-03-02"), by: "ole", channel: "brev")
        let decoded = try JSONDecoder().decode(OutboxMessage.self, from: try JSONEncoder().encode(message))
        #expect(decoded == message)
    }

    @Test func theWordsAreTranslated() throws {
        expectTranslated(
            OutboxStatus.allCases + [
                OutboxProblem.required, .noCategories, .notPending(.sent), .beforeCreated(try day("2026-03-01")),
            ])
    }

    // MARK: - The consent check of a draft

    @Test func aDraftWithoutConsentIsRefusedNamingTheRecipient() throws {
        let queueing = try draft().queueing(consents: [], citizen: citizen(), recipient: gp(), createdBy: "mette")
        let refusal = try #require(queueing.refusal)
        #expect(refusal.categories == [.screening])
        #expect(
            refusal.text(.danish)
                == "Borgeren har ikke givet samtykke til at dele screeninger med aktør 4 (Lægehuset Nord). "
                + "Ikke tilladt: der er intet samtykke i sagen.")
        #expect(refusal.text(.english).hasPrefix("The citizen has not consented to sharing screenings with actor 4"))
    }

    @Test func aConsentToTheKindCoversTheActorAndIsRecorded() throws {
        let queueing = try draft().queueing(
            consents: [consent(1, to: .kind(.housingSupport)), consent(2)], citizen: citizen(), recipient: gp(),
            createdBy: "mette")
        let message = try #require(queueing.message)
        #expect(message.consents == [ConsentID(2)])
        #expect(message.createdBy == "mette")
        #expect(message.id == nil)
    }

    @Test func everyCategoryMustBeAllowedAndEachConsentIsRecordedOnce() throws {
        let consents = [try consent(1, categories: [.screening]), try consent(2, categories: [.plan, .health])]
        let both = try draft([.screening, .plan, .health]).queueing(
            consents: consents, citizen: citizen(), recipient: gp(), createdBy: "mette")
        #expect(both.message?.consents == [ConsentID(1), ConsentID(2)])
        let partly = try draft([.screening, .social]).queueing(
            consents: consents, citizen: citizen(), recipient: gp(), createdBy: "mette")
        let refusal = try #require(partly.refusal)
        #expect(refusal.categories == [.social])
        #expect(refusal.text(.danish).contains("sociale forhold"))
        #expect(!refusal.text(.danish).contains("screeninger med"))
    }

    @Test func differentReasonsAreEachNamed() throws {
        let refusal = try #require(
            try draft([.screening, .plan, .social]).queueing(
                consents: [consent(1, categories: [.screening])], citizen: citizen(), recipient: gp(),
                createdBy: "mette"
            ).refusal)
        #expect(refusal.categories == [.plan, .social])
        let text = refusal.text(.danish)
        #expect(text.hasPrefix("Borgeren har ikke givet samtykke til at dele planer og sociale forhold med aktør 4"))
        #expect(text.contains("Om planer: Ikke tilladt: samtykke 1 omfatter ikke planer"))
        #expect(text.contains("Om sociale forhold: Ikke tilladt: samtykke 1 omfatter ikke sociale forhold"))
    }

    @Test func anExpiredConsentRefusesEveryCategoryForOneReason() throws {
        let expired = try consent(1, categories: [.screening, .plan], until: "2026-02-01")
        let refusal = try #require(
            try draft([.screening, .plan]).queueing(
                consents: [expired], citizen: citizen(), recipient: gp(), createdBy: "mette"
            ).refusal)
        #expect(
            refusal.text(.english)
                == "The citizen has not consented to sharing screenings and plans with actor 4 (Lægehuset Nord). "
                + "Not allowed: consent 1 has expired; its last day was 2026-02-01.")
    }

    @Test func aRevokedConsentRefuses() throws {
        var revoked = try consent(1)
        try revoked.revoke(on: day("2026-02-15"), by: "mette", at: Self.grantedAt)
        let refusal = try #require(
            try draft().queueing(consents: [revoked], citizen: citizen(), recipient: gp(), createdBy: "mette").refusal)
        #expect(refusal.refused == [.init(category: .screening, reason: .revoked(revoked, on: try day("2026-02-15")))])
    }

    @Test func theDraftsPurposeMustBeTheConsentsPurpose() throws {
        let refusal = try #require(
            try draft(purpose: .other).queueing(
                consents: [consent(1)], citizen: citizen(), recipient: gp(), createdBy: "mette"
            ).refusal)
        #expect(refusal.text(.danish).contains("med aktør 4 (Lægehuset Nord) til andre formål, herunder myndigheder."))
        let allowed = try draft(purpose: .other).queueing(
            consents: [consent(2, purpose: .other)], citizen: citizen(), recipient: gp(), createdBy: "mette")
        #expect(allowed.message?.purpose == .other)
    }

    @Test func anEmptyDraftIsAnErrorBeforeConsentIsAsked() throws {
        var draft = try draft()
        draft.body = " "
        #expect(throws: DomainError(field: "body", OutboxProblem.required)) {
            try draft.queueing(consents: [], citizen: citizen(), recipient: gp(), createdBy: "mette")
        }
    }

    @Test func aMinorsParentNeedsNoConsentAndNoneIsRecorded() throws {
        let mother = ActorID(10)
        var teenager = try citizen(cpr: "150308-4321")
        teenager.network = [try NetworkPerson(name: "Hanne", relation: .parent, actor: mother)]
        var draft = try draft([.plan])
        draft.recipient = mother
        let queueing = try draft.queueing(
            consents: [], citizen: teenager, recipient: Actor(id: mother, name: "Hanne", kind: .relative),
            createdBy: "mette")
        #expect(queueing.message?.consents == [])
    }
}
