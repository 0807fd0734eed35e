// Actors and participants: kinds and their stable names, necessity by default, people vs organisations.
import Foundation
import Testing

@testable import Core

@Suite struct ActorTests: PeopleTesting {
    @Test func kindsHaveStableSnakeCaseNames() {
        #expect(
            ActorKind.allCases.map(\.rawValue) == [
                "citizen", "relative", "outpatient_psychiatry", "drug_treatment", "alcohol_treatment", "gp",
                "support_contact_person", "mentor", "housing_support", "psp", "job_centre", "education_guidance",
                "prison_and_probation", "other",
            ])
    }

    @Test(arguments: ActorKind.allCases)
    func necessaryParticipantsAreTheCitizenRelativesAndCentralContacts(kind: ActorKind) {
        let necessary: Set<ActorKind> = [
            .citizen, .relative, .outpatientPsychiatry, .drugTreatment, .alcoholTreatment, .gp,
        ]
        #expect(kind.isNecessaryByDefault == necessary.contains(kind))
        #expect(kind.canCoordinate == (kind != .citizen && kind != .relative))
    }

    @Test func kindNamesAreTranslatedAndDistinct() {
        for language in Language.allCases {
            #expect(Set(ActorKind.allCases.map { $0.displayName(language) }).count == ActorKind.allCases.count)
        }
        #expect(ActorKind.gp.displayName(.danish) == "praktiserende læge")
        #expect(ActorKind.prisonAndProbation.displayName(.danish) == "Kriminalforsorgen")
    }

    @Test func necessityDefaultsFromTheKindAndCanBeOverridden() throws {
        let gp = try Actor(name: " Dr. Hansen ", kind: .gp, organisation: " Lægehuset Vest ")
        #expect(gp.name == "Dr. Hansen" && gp.organisation == "Lægehuset Vest")
        #expect(gp.form == .person && gp.isNecessary && gp.id == nil)
        #expect(!(try Actor(name: "Jobcenter Aarhus", kind: .jobCentre, form: .organisation)).isNecessary)
        #expect(try Actor(name: "Mentor Ib", kind: .mentor, isNecessary: true).isNecessary)
        #expect(!(try Actor(name: "Dr. Hansen", kind: .gp, isNecessary: false)).isNecessary)
        #expect(try Actor(name: "Ib", kind: .mentor, organisation: "  ").organisation == nil)
    }

    @Test func rejectsBrokenActors() {
        #expect(throws: DomainError(field: "name", ActorProblem.emptyName)) { try Actor(name: "  ", kind: .gp) }
        for kind in [ActorKind.citizen, .relative] {
            #expect(throws: DomainError(field: "kind", ActorProblem.mustBePerson(kind))) {
                try Actor(name: "Familien", kind: kind, form: .organisation)
            }
        }
    }

    @Test func actorsCodeWithTheirStableNames() throws {
        let actor = try Actor(
            id: ActorID(4), name: "Psykiatrisk ambulatorium", kind: .outpatientPsychiatry, form: .organisation)
        let data = try JSONEncoder().encode(actor)
        #expect(String(decoding: data, as: UTF8.self).contains("\"kind\":\"outpatient_psychiatry\""))
        #expect(try JSONDecoder().decode(Actor.self, from: data) == actor)
    }

    @Test func participationCoversItsPeriodAndEndsOnce() throws {
        var participant = try Participant(
            caseID: CaseID(7), actor: ActorID(4), role: " behandler ", from: day("2026-01-10"))
        #expect(participant.role == "behandler")
        #expect(!participant.isActive(on: try day("2026-01-09")))
        #expect(participant.isActive(on: try day("2026-01-10")))
        #expect(participant.isActive(on: try day("2030-01-01")))
        #expect(throws: DomainError(field: "until", ActorProblem.endsBeforeStart(try day("2026-01-10")))) {
            try participant.end(on: day("2026-01-09"))
        }
        try participant.end(on: day("2026-06-30"))
        #expect(participant.isActive(on: try day("2026-06-30")))
        #expect(!participant.isActive(on: try day("2026-07-01")))
        #expect(throws: DomainError(field: "until", ActorProblem.participationEnded(try day("2026-06-30")))) {
            try participant.end(on: day("2026-07-30"))
        }
    }

    @Test func aParticipationCannotEndBeforeItStarts() throws {
        #expect(throws: DomainError(field: "until", ActorProblem.endsBeforeStart(try day("2026-01-10")))) {
            try Participant(caseID: CaseID(7), actor: ActorID(4), from: day("2026-01-10"), until: day("2026-01-09"))
        }
        let oneDay = try Participant(
            caseID: CaseID(7), actor: ActorID(4), role: "", from: day("2026-01-10"), until: day("2026-01-10"))
        #expect(try oneDay.role == nil && oneDay.isActive(on: day("2026-01-10")))
    }

    @Test func problemsAreTranslated() throws {
        let someDay = try day("2026-01-10")
        expectTranslated([
            ActorProblem.emptyName, .mustBePerson(.relative), .actorNotStored, .coordinatorMustBePerson,
            .coordinatorMustBeProfessional(.citizen), .alreadyCoordinator, .beforeCurrentCoordinator(since: someDay),
            .beforeLastAssignmentEnded(someDay), .noCoordinator, .endsBeforeStart(someDay),
            .participationEnded(someDay),
        ])
        for form in ActorForm.allCases { #expect(!form.displayName(.danish).isEmpty) }
    }
}
