// The 14-day treatment guarantee: around day 14 exactly, exclusions, § 101 a, and past reference days.
import Testing

@testable import Core

@Suite struct TreatmentGuaranteeTests: PeopleTesting {
    /// Requested 2026-01-05, so the deadline is 2026-01-19.
    func guarantee(_ treatmentCase: TreatmentCase, today: String) throws -> TreatmentGuarantee {
        TreatmentGuarantee(for: treatmentCase, today: try day(today))
    }

    @Test(arguments: [LegalBasis.sel101, .sul141, .sul142])
    func theDeadlineIsFourteenDaysAfterTheRequest(basis: LegalBasis) throws {
        let treatmentCase = try openCase(basis: basis)
        #expect(try guarantee(treatmentCase, today: "2026-01-05").deadline == day("2026-01-19"))
    }

    @Test func anonymousTreatmentHasNoGuarantee() throws {
        var treatmentCase = try openCase(basis: .sel101a)
        let result = try guarantee(treatmentCase, today: "2026-03-01")
        #expect(result.deadline == nil && result.status == .notApplicable)
        try treatmentCase.start(on: day("2026-02-20"))
        #expect(try guarantee(treatmentCase, today: "2026-03-01").status == .notApplicable)
    }

    @Test(arguments: [
        ("2026-01-05", GuaranteeStatus.met(daysUsed: 0)),
        ("2026-01-18", .met(daysUsed: 13)),
        ("2026-01-19", .met(daysUsed: 14)),
        ("2026-01-20", .breached(daysOver: 1)),
        ("2026-02-05", .breached(daysOver: 17)),
    ])
    func aStartOnTheFourteenthDayMeetsTheGuarantee(start: String, expected: GuaranteeStatus) throws {
        var treatmentCase = try openCase()
        try treatmentCase.start(on: day(start))
        #expect(try guarantee(treatmentCase, today: "2026-12-31").status == expected)
    }

    @Test(arguments: [
        ("2026-01-05", GuaranteeStatus.pending(daysLeft: 14)),
        ("2026-01-18", .pending(daysLeft: 1)),
        ("2026-01-19", .pending(daysLeft: 0)),
        ("2026-01-20", .breached(daysOver: 1)),
        ("2026-01-29", .breached(daysOver: 10)),
    ])
    func withoutAStartItIsPendingThroughTheDeadlineThenBreached(today: String, expected: GuaranteeStatus) throws {
        #expect(try guarantee(openCase(), today: today).status == expected)
    }

    @Test func aStartAfterTheReferenceDayIsNotYetKnown() throws {
        var treatmentCase = try openCase()
        try treatmentCase.start(on: day("2026-01-25"))
        #expect(try guarantee(treatmentCase, today: "2026-01-15").status == .pending(daysLeft: 4))
        #expect(try guarantee(treatmentCase, today: "2026-01-22").status == .breached(daysOver: 3))
        #expect(try guarantee(treatmentCase, today: "2026-01-25").status == .breached(daysOver: 6))
        #expect(try guarantee(treatmentCase, today: "2026-06-01").status == .breached(daysOver: 6))
    }

    @Test func theCitizensChoiceOfAnotherOfferByTheDeadlineExcludesTheCase() throws {
        for choiceDay in ["2026-01-05", "2026-01-19"] {
            var treatmentCase = try openCase()
            try treatmentCase.recordOtherOfferChoice(reason: "Venter på døgnbehandling", on: day(choiceDay))
            let expected = GuaranteeStatus.excluded(.citizenChoseOtherOffer(reason: "Venter på døgnbehandling"))
            #expect(try guarantee(treatmentCase, today: "2026-03-01").status == expected)
            try treatmentCase.start(on: day("2026-02-20"))
            #expect(try guarantee(treatmentCase, today: "2026-03-01").status == expected)
            #expect(try guarantee(treatmentCase, today: "2026-03-01").deadline == day("2026-01-19"))
        }
    }

    /// A choice after the deadline does not undo a breach that already happened.
    @Test func aChoiceAfterTheDeadlineDoesNotExcludeTheCase() throws {
        var treatmentCase = try openCase()
        try treatmentCase.recordOtherOfferChoice(reason: "Privat tilbud", on: day("2026-01-20"))
        #expect(try guarantee(treatmentCase, today: "2026-01-25").status == .breached(daysOver: 6))
    }

    @Test func aChoiceIsNotKnownBeforeItsDay() throws {
        var treatmentCase = try openCase()
        try treatmentCase.recordOtherOfferChoice(reason: "Privat tilbud", on: day("2026-01-10"))
        #expect(try guarantee(treatmentCase, today: "2026-01-09").status == .pending(daysLeft: 10))
        #expect(
            try guarantee(treatmentCase, today: "2026-01-10").status
                == .excluded(.citizenChoseOtherOffer(reason: "Privat tilbud")))
    }

    @Test func aCaseClosedWithoutAStartIsExcludedByTheDeadlineAndBreachedAfterIt() throws {
        var withdrawn = try openCase()
        try withdrawn.discharge(
            on: day("2026-01-19"), reason: .other, note: "trak henvendelsen tilbage", advice: "Rådgivning")
        #expect(
            try guarantee(withdrawn, today: "2026-03-01").status == .excluded(.closedBeforeStart(on: day("2026-01-19")))
        )
        #expect(try guarantee(withdrawn, today: "2026-01-10").status == .pending(daysLeft: 9))

        var late = try openCase()
        try late.discharge(on: day("2026-01-21"), reason: .droppedOut, advice: "Rådgivning")
        #expect(try guarantee(late, today: "2026-01-21").status == .breached(daysOver: 2))
        #expect(try guarantee(late, today: "2026-09-01").status == .breached(daysOver: 2))
    }

    @Test func aDischargeAfterAStartKeepsTheStartsVerdict() throws {
        var treatmentCase = try openCase()
        try treatmentCase.start(on: day("2026-01-12"))
        try treatmentCase.discharge(on: day("2026-01-13"), reason: .droppedOut, advice: "Rådgivning")
        #expect(try guarantee(treatmentCase, today: "2026-06-01").status == .met(daysUsed: 7))
    }

    @Test func statusesReadInBothLanguages() throws {
        let statuses: [GuaranteeStatus] = [
            .notApplicable, .excluded(.citizenChoseOtherOffer(reason: "X")),
            .excluded(.closedBeforeStart(on: try day("2026-01-10"))), .met(daysUsed: 12), .pending(daysLeft: 3),
            .breached(daysOver: 5),
        ]
        expectTranslated(statuses)
        #expect(GuaranteeStatus.breached(daysOver: 5).text(.danish) == "overskredet med 5 dage")
        #expect(GuaranteeStatus.breached(daysOver: 5).isBreached)
        #expect(statuses.filter(\.isBreached).count == 1)
    }
}
