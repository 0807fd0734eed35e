// The consent decision: allowed by which consent, or refused and why; and the under-18 parent rule.
import Foundation
import Testing

@testable import Core

@Suite struct ConsentDecisionTests: PeopleTesting {
    static let grantedAt = Date(timeIntervalSince1970: 1_767_600_000)
    let gpActor = ActorID(20)
    let mother = ActorID(10)
    let brother = ActorID(11)

    func consent(
        _ id: Int64, to recipient: ConsentRecipient = .kind(.gp), purpose: ConsentPurpose = .treatment,
        categories: Set<DataCategory> = [.health, .screening], from: String = "2026-01-10",
        until: String? = "2026-12-31"
    ) throws -> Consent {
        try Consent(
            id: ConsentID(id), caseID: CaseID(7), recipient: recipient, purpose: purpose, categories: categories,
            from: day(from), until: until.map(day), grantedBy: "sagsbehandler1", grantedAt: Self.grantedAt)
    }

    func decide(
        _ consents: [Consent], citizen: Citizen? = nil, to actor: ActorID? = nil, kind: ActorKind = .gp,
        category: DataCategory = .health, on day: String = "2026-06-01", purpose: ConsentPurpose = .treatment
    ) throws -> ConsentDecision {
        ConsentDecision.decide(
            consents: consents, citizen: try citizen ?? self.citizen(), recipient: actor ?? gpActor, kind: kind,
            category: category, on: try self.day(day), purpose: purpose)
    }

    /// A citizen born 2008-03-15, with a mother and a brother in the network.
    func teenager() throws -> Citizen {
        var citizen = try citizen(cpr: "150308-4321")
        citizen.network = [
            try NetworkPerson(name: "Hanne", relation: .parent, actor: mother),
            try NetworkPerson(name: "Jonas", relation: .sibling, actor: brother),
        ]
        return citizen
    }

    @Test func withoutConsentNothingIsShared() throws {
        let decision = try decide([])
        #expect(decision == .refused(.noConsent))
        #expect(!decision.isAllowed)
        #expect(decision.text(.danish) == "Ikke tilladt: der er intet samtykke i sagen.")
        #expect(decision.text(.english) == "Not allowed: the case has no consent.")
    }

    @Test func aConsentForTheKindOrTheActorAllowsItAndIsNamed() throws {
        let byKind = try consent(3)
        let decision = try decide([byKind])
        #expect(decision == .allowed(.consent(byKind)))
        #expect(decision.isAllowed)
        #expect(decision.text(.danish) == "Tilladt efter samtykke 3, gyldigt 2026-01-10 til og med 2026-12-31.")
        #expect(decision.text(.english) == "Allowed by consent 3, valid 2026-01-10 to 2026-12-31.")

        let byActor = try consent(4, to: .actor(gpActor), until: nil)
        #expect(try decide([byActor]) == .allowed(.consent(byActor)))
        #expect(try decide([byActor]).text(.english) == "Allowed by consent 4, valid from 2026-01-10 with no end.")
    }

    @Test func theFirstAllowingConsentIsNamed() throws {
        let first = try consent(3)
        let second = try consent(4, to: .actor(gpActor))
        #expect(try decide([first, second]) == .allowed(.consent(first)))
        #expect(try decide([second, first]) == .allowed(.consent(second)))
    }

    @Test func aConsentForAnotherRecipientDoesNotCover() throws {
        let forPsychiatry = try consent(3, to: .kind(.outpatientPsychiatry))
        let forOtherGP = try consent(4, to: .actor(ActorID(21)))
        let decision = try decide([forPsychiatry, forOtherGP])
        #expect(decision == .refused(.recipientNotCovered))
        #expect(decision.text(.english) == "Not allowed: no consent in the case covers this recipient.")
    }

    @Test func aRevokedConsentAllowsNothingFromItsRevocationDay() throws {
        var consent = try consent(3)
        try consent.revoke(on: day("2026-06-01"), by: "sagsbehandler2", at: Self.grantedAt)
        #expect(try decide([consent], on: "2026-05-31") == .allowed(.consent(consent)))
        let decision = try decide([consent], on: "2026-06-01")
        #expect(decision == .refused(.revoked(consent, on: try day("2026-06-01"))))
        #expect(decision.text(.danish) == "Ikke tilladt: samtykke 3 blev tilbagekaldt 2026-06-01.")
        #expect(decision.text(.english) == "Not allowed: consent 3 was revoked on 2026-06-01.")
    }

    @Test func aConsentAppliesFromItsFirstThroughItsLastDay() throws {
        let consent = try consent(3)
        #expect(try decide([consent], on: "2026-01-09") == .refused(.notYetValid(consent, from: try day("2026-01-10"))))
        #expect(try decide([consent], on: "2026-01-10").isAllowed)
        #expect(try decide([consent], on: "2026-12-31").isAllowed)
        let expired = try decide([consent], on: "2027-01-01")
        #expect(expired == .refused(.expired(consent, on: try day("2026-12-31"))))
        #expect(expired.text(.english) == "Not allowed: consent 3 has expired; its last day was 2026-12-31.")
        #expect(
            try decide([consent], on: "2026-01-09").text(.danish)
                == "Ikke tilladt: samtykke 3 gælder først fra 2026-01-10.")
    }

    @Test func aLimitedConsentCoversOnlyItsCategoriesAndPurpose() throws {
        let consent = try consent(3, categories: [.plan, .screening])
        let decision = try decide([consent], category: .health)
        #expect(decision == .refused(.categoryNotCovered(consent, .health)))
        #expect(
            decision.text(.danish)
                == "Ikke tilladt: samtykke 3 omfatter ikke helbredsoplysninger, kun screeninger, planer.")
        #expect(try decide([consent], category: .plan).isAllowed)
        let purpose = try decide([consent], category: .plan, purpose: .other)
        #expect(purpose == .refused(.purposeNotCovered(consent, .other)))
        #expect(
            purpose.text(.english)
                == "Not allowed: consent 3 is for treatment and coordination, not other purposes, including authorities."
        )
        let forAuthorities = try self.consent(4, purpose: .other, categories: [.plan])
        #expect(try decide([forAuthorities], category: .plan, purpose: .other) == .allowed(.consent(forAuthorities)))
        #expect(
            try decide([forAuthorities], category: .plan) == .refused(.purposeNotCovered(forAuthorities, .treatment)))
    }

    /// The refusal names the consent that came closest: the one in force, not the revoked one.
    @Test func theRefusalExplainsTheClosestConsent() throws {
        var revoked = try consent(3, categories: Set(DataCategory.allCases))
        try revoked.revoke(on: day("2026-03-01"), by: "sagsbehandler2", at: Self.grantedAt)
        let expired = try consent(4, categories: Set(DataCategory.allCases), until: "2026-04-30")
        let limited = try consent(5, categories: [.plan])
        #expect(try decide([revoked]) == .refused(.revoked(revoked, on: try day("2026-03-01"))))
        #expect(try decide([revoked, expired]) == .refused(.expired(expired, on: try day("2026-04-30"))))
        #expect(try decide([revoked, expired, limited]) == .refused(.categoryNotCovered(limited, .health)))
        #expect(try decide([limited, expired, revoked]) == .refused(.categoryNotCovered(limited, .health)))
        let otherPurpose = try consent(6, purpose: .other, categories: [.health])
        #expect(try decide([revoked, otherPurpose]) == .refused(.purposeNotCovered(otherPurpose, .treatment)))
        let alsoLimited = try consent(7, categories: [.social])
        #expect(try decide([alsoLimited, limited]) == .refused(.categoryNotCovered(alsoLimited, .health)))
        #expect(try decide([limited, alsoLimited]) == .refused(.categoryNotCovered(limited, .health)))
    }

    @Test func parentsOfAMinorAreInvolvedWithoutConsentUntilThe18thBirthday() throws {
        let citizen = try teenager()
        let dayBefore = try decide([], citizen: citizen, to: mother, kind: .relative, on: "2026-03-14")
        #expect(dayBefore == .allowed(.parentOfMinor))
        #expect(
            dayBefore.text(.english)
                == "Allowed without consent: the citizen is under 18 and the recipient is the citizen's parent.")
        #expect(try decide([], citizen: citizen, to: mother, kind: .relative, on: "2026-03-15") == .refused(.noConsent))
        let relatives = try consent(3, to: .kind(.relative), categories: [.health])
        #expect(
            try decide([relatives], citizen: citizen, to: mother, kind: .relative, on: "2026-03-15")
                == .allowed(.consent(relatives)))
    }

    @Test func theParentRuleCoversOnlyParentsForTreatment() throws {
        let citizen = try teenager()
        #expect(
            try decide([], citizen: citizen, to: brother, kind: .relative, on: "2026-01-15") == .refused(.noConsent))
        #expect(
            try decide([], citizen: citizen, to: mother, kind: .relative, on: "2026-01-15", purpose: .other)
                == .refused(.noConsent))
        #expect(try decide([], citizen: citizen, to: mother, kind: .gp, on: "2026-01-15") == .refused(.noConsent))
        #expect(
            try decide([], citizen: citizen, to: ActorID(99), kind: .relative, on: "2026-01-15") == .refused(.noConsent)
        )
    }

    @Test func anAnonymousCitizenWithoutABirthYearCountsAsAnAdult() throws {
        var unknown = try anonymousCitizen()
        unknown.network = [try NetworkPerson(name: "Mor", relation: .parent, actor: mother)]
        #expect(try decide([], citizen: unknown, to: mother, kind: .relative, on: "2026-01-15") == .refused(.noConsent))
        var young = try anonymousCitizen(birthYear: 2010)
        young.network = unknown.network
        #expect(
            try decide([], citizen: young, to: mother, kind: .relative, on: "2026-01-15") == .allowed(.parentOfMinor))
    }

    @Test func anUnstoredConsentIsStillNamed() throws {
        let unstored = try Consent(
            caseID: CaseID(7), recipient: .kind(.gp), purpose: .treatment, categories: [.plan],
            from: day("2026-01-10"), until: nil, grantedBy: "sagsbehandler1", grantedAt: Self.grantedAt)
        #expect(
            try decide([unstored]).text(.danish)
                == "Ikke tilladt: samtykket omfatter ikke helbredsoplysninger, kun planer.")
        #expect(
            try decide([unstored]).text(.english)
                == "Not allowed: the consent does not cover health information, only plans.")
    }
}
