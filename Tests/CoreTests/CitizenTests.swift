// Citizens: CPR or anonymous (§ 101 a), derived birth date and sex, the under-18 test, the network.
import Foundation
import Testing

@testable import Core

@Suite struct CitizenTests: PeopleTesting {
    @Test func aCitizenWithACPRNumberTakesBirthDateAndSexFromIt() throws {
        let citizen = try Citizen(name: "  Anna Jensen ", cpr: CPRNumber("150390-1234"))
        #expect(citizen.name == "Anna Jensen")
        #expect(citizen.id == nil)
        #expect(!citizen.isAnonymous)
        #expect(citizen.pseudonym == nil)
        #expect(citizen.birthDate == (try day("1990-03-15")))
        #expect(citizen.birthYear == 1990)
        #expect(citizen.sex == .female)
        #expect(citizen.age(on: try day("2026-03-14")) == 35)
        #expect(citizen.age(on: try day("2026-03-15")) == 36)
    }

    @Test func anAnonymousCitizenHasAPseudonymAndNoCPRNumber() throws {
        let citizen = try Citizen(name: "Mads", pseudonym: " A-17 ", birthYear: 1999, sex: .male)
        #expect(citizen.isAnonymous)
        #expect(citizen.cpr == nil)
        #expect(citizen.pseudonym == "A-17")
        #expect(citizen.birthYear == 1999)
        #expect(citizen.sex == .male)
        #expect(citizen.birthDate == nil)
        #expect(citizen.age(on: try day("2026-01-01")) == nil)

        let unknown = try Citizen(name: "Mads", pseudonym: "A-18")
        #expect(unknown.birthYear == nil && unknown.sex == nil)
    }

    @Test func rejectsBrokenMasterData() throws {
        let cpr = try CPRNumber("150390-1234")
        #expect(throws: DomainError(field: "name", CitizenProblem.emptyName)) { try Citizen(name: " \n", cpr: cpr) }
        #expect(throws: DomainError(field: "cpr", CitizenProblem.missingIdentity)) { try Citizen(name: "Anna") }
        #expect(throws: DomainError(field: "cpr", CitizenProblem.anonymousWithCPR)) {
            try Citizen(name: "Anna", cpr: cpr, pseudonym: "A-17")
        }
        #expect(throws: DomainError(field: "birth-year", CitizenProblem.derivedFromCPR)) {
            try Citizen(name: "Anna", cpr: cpr, birthYear: 1990)
        }
        #expect(throws: DomainError(field: "sex", CitizenProblem.derivedFromCPR)) {
            try Citizen(name: "Anna", cpr: cpr, sex: .female)
        }
        #expect(throws: DomainError(field: "pseudonym", CitizenProblem.emptyPseudonym)) {
            try Citizen(name: "Mads", pseudonym: "  ")
        }
    }

    @Test(arguments: [1899, 2100, 199, 19990])
    func rejectsImplausibleBirthYears(year: Int) {
        #expect(throws: DomainError(field: "birth-year", CitizenProblem.birthYearOutOfRange(year))) {
            try Citizen(name: "Mads", pseudonym: "A-17", birthYear: year)
        }
    }

    @Test(arguments: [1900, 2099])
    func acceptsTheEndsOfTheBirthYearRange(year: Int) throws {
        #expect(try Citizen(name: "Mads", pseudonym: "A-17", birthYear: year).birthYear == year)
    }

    @Test func isAMinorUntilTheEighteenthBirthday() throws {
        let citizen = try citizen(cpr: "150308-4321")
        #expect(citizen.birthDate == (try day("2008-03-15")))
        #expect(citizen.isMinor(on: try day("2026-03-14")))
        #expect(!citizen.isMinor(on: try day("2026-03-15")))
        #expect(!citizen.isMinor(on: try day("2040-01-01")))
    }

    @Test func aLeapDayChildComesOfAgeOnTheFirstOfMarch() throws {
        let citizen = try citizen(cpr: "290208-4321")
        #expect(citizen.isMinor(on: try day("2026-02-28")))
        #expect(!citizen.isMinor(on: try day("2026-03-01")))
    }

    /// With only a year of birth, doubt counts as adult: a minor only if even 1 January would be.
    @Test func anAnonymousCitizenIsAMinorOnlyWhenCertainlyUnder18() throws {
        let withYear = try anonymousCitizen(birthYear: 2008)
        #expect(withYear.isMinor(on: try day("2025-12-31")))
        #expect(!withYear.isMinor(on: try day("2026-01-01")))
        #expect(!(try anonymousCitizen()).isMinor(on: try day("2026-01-01")))
    }

    @Test func knowsWhichActorsAreItsParents() throws {
        var citizen = try citizen()
        citizen.network = [
            try NetworkPerson(name: "Mor", relation: .parent, actor: ActorID(10)),
            try NetworkPerson(name: "Far", relation: .parent, isParent: false, actor: ActorID(11)),
            try NetworkPerson(name: "Bror", relation: .sibling, actor: ActorID(12)),
            try NetworkPerson(name: "Plejemor", relation: .other, isParent: true, actor: ActorID(13)),
            try NetworkPerson(name: "Farmor", relation: .other),
        ]
        #expect(citizen.hasParent(ActorID(10)))
        #expect(!citizen.hasParent(ActorID(11)))
        #expect(!citizen.hasParent(ActorID(12)))
        #expect(citizen.hasParent(ActorID(13)))
        #expect(!citizen.hasParent(ActorID(99)))
    }

    @Test func networkPersonsFollowTheirRules() throws {
        let mother = try NetworkPerson(name: " Hanne ", relation: .parent, contactNote: "  ")
        #expect(mother.name == "Hanne")
        #expect(mother.isParent)
        #expect(mother.contactNote == nil)
        #expect(
            try NetworkPerson(name: "Ole", relation: .friend, contactNote: " tlf. 12 34 56 78 ").contactNote
                == "tlf. 12 34 56 78")
        #expect(!(try NetworkPerson(name: "Ole", relation: .friend)).isParent)
        #expect(throws: DomainError(field: "name", CitizenProblem.emptyName)) {
            try NetworkPerson(name: "", relation: .partner)
        }
        for relation in [NetworkRelation.partner, .child, .sibling, .friend] {
            #expect(throws: DomainError(field: "parent", CitizenProblem.parentContradictsRelation(relation))) {
                try NetworkPerson(name: "X", relation: relation, isParent: true)
            }
        }
    }

    @Test func codingKeepsEitherTheCPRNumberOrTheAnonymousData() throws {
        var identified = try citizen()
        identified.network = [try NetworkPerson(name: "Mor", relation: .parent, actor: ActorID(10))]
        let anonymous = try Citizen(id: CitizenID(3), name: "Mads", pseudonym: "A-17", birthYear: 2001, sex: .male)
        for citizen in [identified, anonymous] {
            let data = try JSONEncoder().encode(citizen)
            #expect(try JSONDecoder().decode(Citizen.self, from: data) == citizen)
        }
        let json = String(decoding: try JSONEncoder().encode(identified), as: UTF8.self)
        #expect(json.contains("\"cpr\":\"1503901234\""))
        #expect(!json.contains("birthYear") && !json.contains("pseudonym"))
    }

    @Test func decodingAppliesTheRules() {
        let both = #"{"name":"Mads","cpr":"1503901234","pseudonym":"A-17","network":[]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Citizen.self, from: Data(both.utf8)) }
    }

    @Test func problemsAndNamesAreTranslated() {
        expectTranslated([
            CitizenProblem.emptyName, .missingIdentity, .anonymousWithCPR, .emptyPseudonym, .derivedFromCPR,
            .birthYearOutOfRange(1800), .parentContradictsRelation(.child),
        ])
        #expect(CitizenProblem.birthYearOutOfRange(1800).text(.danish).contains("1800"))
        for relation in NetworkRelation.allCases where relation != .partner {
            #expect(relation.displayName(.danish) != relation.displayName(.english))
        }
        for sex in Sex.allCases { #expect(sex.displayName(.danish) != sex.displayName(.english)) }
    }
}
