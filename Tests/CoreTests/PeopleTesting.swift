// Helpers the people, case, actor and consent tests share: days, CPR numbers, citizens, cases.
import Foundation
import Testing

@testable import Core

/// Adopted by the people, case, actor and consent suites. The helpers are members, so they cannot
/// clash with other suites' helpers in the module.
protocol PeopleTesting {}

extension PeopleTesting {
    func day(_ text: String) throws -> Day { try #require(Day(text)) }

    func citizen(id: Int64 = 1, name: String = "Anna Jensen", cpr text: String = "150390-1234") throws -> Citizen {
        try Citizen(id: CitizenID(id), name: name, cpr: CPRNumber(text))
    }

    func anonymousCitizen(id: Int64 = 2, birthYear: Int? = nil) throws -> Citizen {
        try Citizen(id: CitizenID(id), name: "Mads", pseudonym: "A-17", birthYear: birthYear)
    }

    func municipality(_ code: String = "0101") throws -> MunicipalityCode { try MunicipalityCode(code) }

    /// A case opened on `requested` under `basis`, for a citizen who fits the basis.
    func openCase(basis: LegalBasis = .sel101, requested: String = "2026-01-05") throws -> TreatmentCase {
        let citizen = basis.isAnonymous ? try anonymousCitizen() : try citizen()
        return try TreatmentCase(
            id: CaseID(7), citizen: citizen, basis: basis, municipality: municipality(), requested: day(requested))
    }

    /// Every case of a problem enum has Danish and English text, and they differ.
    func expectTranslated(_ problems: [any LocalizedText], sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in problems {
            let danish = problem.text(.danish)
            let english = problem.text(.english)
            #expect(!danish.isEmpty && !english.isEmpty, sourceLocation: sourceLocation)
            #expect(danish != english, "\(english)", sourceLocation: sourceLocation)
        }
    }
}
