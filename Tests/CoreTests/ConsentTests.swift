// Consents: scope, validation, revocation with history, recipients, and stable coding.
import Foundation
import Testing

@testable import Core

@Suite struct ConsentTests: PeopleTesting {
    static let grantedAt = Date(timeIntervalSince1970: 1_767_600_000)

    func consent(
        recipient: ConsentRecipient = .kind(.gp), categories: Set<DataCategory> = [.health, .screening],
        from: String = "2026-01-10", until: String? = "2026-12-31"
    ) throws -> Consent {
        try Consent(
            id: ConsentID(3), caseID: CaseID(7), recipient: recipient, purpose: .treatment, categories: categories,
            from: day(from), until: until.map(day), grantedBy: "sagsbehandler1", grantedAt: Self.grantedAt)
    }

    @Test func recordsItsScope() throws {
        let consent = try consent()
        #expect(consent.validity == Period(start: try day("2026-01-10"), end: try day("2026-12-31")))
        #expect(consent.sortedCategories == [.screening, .health])
        #expect(consent.grantedBy == "sagsbehandler1" && consent.grantedAt == Self.grantedAt)
        #expect(!consent.isRevoked && consent.revocation == nil)
        #expect(try self.consent(until: nil).validity.isOpen)
    }

    @Test func rejectsAnEmptyOrBackwardScope() throws {
        #expect(throws: DomainError(field: "categories", ConsentProblem.noCategories)) { try consent(categories: []) }
        #expect(throws: DomainError(field: "until", ConsentProblem.endsBeforeStart(try day("2026-01-10")))) {
            try consent(until: "2026-01-09")
        }
        #expect(throws: DomainError(field: "user", ConsentProblem.missingUser)) {
            try Consent(
                caseID: CaseID(7), recipient: .kind(.gp), purpose: .treatment, categories: [.plan],
                from: day("2026-01-10"), until: nil, grantedBy: " ", grantedAt: Self.grantedAt)
        }
    }

    @Test func revocationKeepsTheConsentMarked() throws {
        var consent = try consent()
        let at = Self.grantedAt.addingTimeInterval(86_400 * 30)
        #expect(throws: DomainError(field: "user", ConsentProblem.missingUser)) {
            try consent.revoke(on: day("2026-02-10"), by: "", at: at)
        }
        try consent.revoke(on: day("2026-02-10"), by: " sagsbehandler2 ", at: at, reason: "  ")
        #expect(consent.isRevoked)
        #expect(
            consent.revocation
                == ConsentRevocation(
                    day: try day("2026-02-10"), revokedBy: "sagsbehandler2", recordedAt: at, reason: nil))
        #expect(!consent.isRevoked(on: try day("2026-02-09")))
        #expect(consent.isRevoked(on: try day("2026-02-10")))
        #expect(consent.categories == [.health, .screening])
        #expect(throws: DomainError(field: "consent", ConsentProblem.alreadyRevoked(try day("2026-02-10")))) {
            try consent.revoke(on: day("2026-03-01"), by: "sagsbehandler2", at: at, reason: "igen")
        }
    }

    @Test func recipientsAreAnActorOrAKind() {
        #expect(ConsentRecipient("12") == .actor(ActorID(12)))
        #expect(ConsentRecipient("gp") == .kind(.gp))
        #expect(ConsentRecipient("outpatient_psychiatry") == .kind(.outpatientPsychiatry))
        #expect(ConsentRecipient("0") == nil && ConsentRecipient("læge") == nil && ConsentRecipient("") == nil)
        #expect(ConsentRecipient.actor(ActorID(12)).covers(ActorID(12), kind: .gp))
        #expect(!ConsentRecipient.actor(ActorID(12)).covers(ActorID(13), kind: .gp))
        #expect(ConsentRecipient.kind(.gp).covers(ActorID(13), kind: .gp))
        #expect(!ConsentRecipient.kind(.gp).covers(ActorID(12), kind: .outpatientPsychiatry))
        #expect(ConsentRecipient.kind(.gp).displayName(.danish) == "enhver af typen 'praktiserende læge'")
        #expect(ConsentRecipient.actor(ActorID(12)).displayName(.english) == "actor 12")
    }

    @Test func codingIsStable() throws {
        var consent = try consent(recipient: .actor(ActorID(12)), categories: [.substanceUse, .plan, .social, .health])
        try consent.revoke(on: day("2026-02-10"), by: "sagsbehandler2", at: Self.grantedAt, reason: "ønsker det ikke")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(consent)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""categories":["plan","health","social","substance_use"]"#))
        #expect(json.contains(#""recipient":{"actor":12}"#))
        #expect(try encoder.encode(consent) == data)
        #expect(try JSONDecoder().decode(Consent.self, from: data) == consent)
        let byKind = try encoder.encode(ConsentRecipient.kind(.jobCentre))
        #expect(String(decoding: byKind, as: UTF8.self) == #"{"kind":"job_centre"}"#)
        #expect(try JSONDecoder().decode(ConsentRecipient.self, from: byKind) == .kind(.jobCentre))
    }

    @Test func namesAndProblemsAreTranslated() throws {
        expectTranslated([
            ConsentProblem.noCategories, .endsBeforeStart(try day("2026-01-10")), .missingUser,
            .alreadyRevoked(try day("2026-01-10")),
        ])
        #expect(DataCategory.allCases.map(\.rawValue) == ["screening", "plan", "health", "social", "substance_use"])
        #expect(ConsentPurpose.allCases.map(\.rawValue) == ["treatment", "other"])
        for category in DataCategory.allCases where category != .screening {
            #expect(category.displayName(.danish) != category.displayName(.english))
        }
        for purpose in ConsentPurpose.allCases {
            #expect(purpose.displayName(.danish) != purpose.displayName(.english))
        }
    }
}
