// Treatment cases: opening rules, the lifecycle's legal and illegal transitions, dates, transfers.
import Foundation
import Testing

@testable import Core

@Suite struct TreatmentCaseTests: PeopleTesting {
    enum Transition: String, CaseIterable, Sendable {
        case start, aftercare, relapse, discharge
    }

    /// Which transitions each status allows; everything else must be refused.
    static let legal: [CaseStatus: Set<Transition>] = [
        .requested: [.start, .discharge],
        .inTreatment: [.aftercare, .discharge],
        .aftercare: [.relapse, .discharge],
        .discharged: [],
    ]

    static let expectedEvent: [Transition: CaseEventKind] = [
        .start: .started, .aftercare: .aftercare, .relapse: .relapse, .discharge: .discharged,
    ]

    /// A case requested on 2026-01-05 and brought into `status` by 2026-02-01 at the latest.
    func caseIn(_ status: CaseStatus) throws -> TreatmentCase {
        var treatmentCase = try openCase()
        switch status {
        case .requested: break
        case .inTreatment: try treatmentCase.start(on: day("2026-01-10"))
        case .aftercare:
            try treatmentCase.start(on: day("2026-01-10"))
            try treatmentCase.beginAftercare(on: day("2026-02-01"))
        case .discharged: try treatmentCase.discharge(on: day("2026-01-06"), reason: .other, advice: "AA-møder")
        }
        return treatmentCase
    }

    func apply(_ transition: Transition, to treatmentCase: inout TreatmentCase, on day: Day) throws -> CaseEvent {
        switch transition {
        case .start: return try treatmentCase.start(on: day)
        case .aftercare: return try treatmentCase.beginAftercare(on: day)
        case .relapse: return try treatmentCase.relapse(on: day)
        case .discharge:
            return try treatmentCase.discharge(on: day, reason: .completed, advice: "Efterværn i foreningen")
        }
    }

    @Test func opensInTheRequestedStatus() throws {
        let treatmentCase = try openCase()
        #expect(treatmentCase.status == .requested)
        #expect(treatmentCase.isOpen)
        #expect(treatmentCase.citizen == CitizenID(1))
        #expect(treatmentCase.statusHistory == [CaseStatusChange(status: .requested, day: try day("2026-01-05"))])
        #expect(treatmentCase.events == [CaseEvent(caseID: CaseID(7), kind: .requested, day: try day("2026-01-05"))])
        #expect(treatmentCase.treatmentStart == nil && treatmentCase.discharge == nil)
        #expect(treatmentCase.transfers.isEmpty && !treatmentCase.citizenChoseOtherOffer)
    }

    @Test func theCitizenMustBeStored() throws {
        let unstored = try Citizen(name: "Anna", cpr: CPRNumber("150390-1234"))
        #expect(throws: DomainError(field: "citizen", CaseProblem.citizenNotStored)) {
            try TreatmentCase(
                citizen: unstored, basis: .sel101, municipality: municipality(), requested: day("2026-01-05"))
        }
    }

    @Test func anonymousTreatmentNeedsAnAnonymousCitizen() throws {
        #expect(throws: DomainError(field: "basis", CaseProblem.anonymousBasisForIdentifiedCitizen)) {
            try TreatmentCase(
                citizen: citizen(), basis: .sel101a, municipality: municipality(), requested: day("2026-01-05"))
        }
        let anonymous = try TreatmentCase(
            citizen: anonymousCitizen(), basis: .sel101a, municipality: municipality(), requested: day("2026-01-05"))
        #expect(anonymous.basis == .sel101a)
    }

    @Test(arguments: [LegalBasis.sel101, .sul141, .sul142])
    func otherBasesNeedACPRNumber(basis: LegalBasis) throws {
        #expect(throws: DomainError(field: "basis", CaseProblem.basisRequiresCPR(basis))) {
            try TreatmentCase(
                citizen: anonymousCitizen(), basis: basis, municipality: municipality(), requested: day("2026-01-05"))
        }
        #expect(
            try TreatmentCase(
                citizen: citizen(), basis: basis, municipality: municipality(), requested: day("2026-01-05")
            ).basis == basis)
    }

    @Test(arguments: CaseStatus.allCases, Transition.allCases)
    func eachStatusAllowsOnlyItsTransitions(status: CaseStatus, transition: Transition) throws {
        var treatmentCase = try caseIn(status)
        #expect(treatmentCase.status == status)
        let before = treatmentCase
        let on = try day("2026-03-01")
        if Self.legal[status, default: []].contains(transition) {
            let event = try apply(transition, to: &treatmentCase, on: on)
            #expect(event == CaseEvent(caseID: CaseID(7), kind: try #require(Self.expectedEvent[transition]), day: on))
            #expect(treatmentCase.statusHistory.count == before.statusHistory.count + 1)
            #expect(treatmentCase.events.last == event)
        } else {
            let kind = try #require(Self.expectedEvent[transition])
            #expect(throws: DomainError(field: "status", CaseProblem.notPossible(kind, from: status))) {
                _ = try apply(transition, to: &treatmentCase, on: on)
            }
            #expect(treatmentCase == before)
        }
    }

    @Test func aFullCourseWithARelapseStaysOneCase() throws {
        var treatmentCase = try openCase()
        try treatmentCase.start(on: day("2026-01-12"))
        try treatmentCase.beginAftercare(on: day("2026-04-01"))
        try treatmentCase.relapse(on: day("2026-05-10"))
        try treatmentCase.beginAftercare(on: day("2026-07-01"))
        try treatmentCase.discharge(
            on: day("2026-09-30"), reason: .completed, note: " ", advice: " Efterværnsgruppe, AA, Alanon ")
        #expect(treatmentCase.status == .discharged && !treatmentCase.isOpen)
        #expect(treatmentCase.treatmentStart == (try day("2026-01-12")))
        #expect(
            treatmentCase.statusHistory.map(\.status) == [
                .requested, .inTreatment, .aftercare, .inTreatment, .aftercare, .discharged,
            ])
        #expect(
            treatmentCase.events.map(\.kind) == [.requested, .started, .aftercare, .relapse, .aftercare, .discharged])
        #expect(
            treatmentCase.discharge
                == Discharge(
                    day: try day("2026-09-30"), reason: .completed, note: nil,
                    aftercareAdvice: "Efterværnsgruppe, AA, Alanon"))
        #expect(treatmentCase.status(on: try day("2026-01-04")) == nil)
        #expect(treatmentCase.status(on: try day("2026-01-11")) == .requested)
        #expect(treatmentCase.status(on: try day("2026-01-12")) == .inTreatment)
        #expect(treatmentCase.status(on: try day("2026-05-09")) == .aftercare)
        #expect(treatmentCase.status(on: try day("2026-05-10")) == .inTreatment)
        #expect(treatmentCase.status(on: try day("2027-01-01")) == .discharged)
    }

    @Test func transitionsCannotGoBackInTime() throws {
        var treatmentCase = try openCase()
        #expect(throws: DomainError(field: "date", CaseProblem.beforeRequest(try day("2026-01-05")))) {
            try treatmentCase.start(on: day("2026-01-04"))
        }
        try treatmentCase.start(on: day("2026-01-10"))
        #expect(throws: DomainError(field: "date", CaseProblem.beforePreviousChange(try day("2026-01-10")))) {
            try treatmentCase.discharge(on: day("2026-01-09"), reason: .droppedOut, advice: "Foreningen")
        }
        try treatmentCase.beginAftercare(on: day("2026-03-01"))
        #expect(throws: DomainError(field: "date", CaseProblem.beforePreviousChange(try day("2026-03-01")))) {
            try treatmentCase.relapse(on: day("2026-02-28"))
        }
        try treatmentCase.relapse(on: day("2026-03-01"))
        #expect(treatmentCase.status == .inTreatment)
    }

    @Test func dischargeRecordsTheAdviceWhenGiven() throws {
        for advice in [nil, "", "  \n"] {
            var treatmentCase = try caseIn(.inTreatment)
            try treatmentCase.discharge(on: day("2026-03-01"), reason: .completed, advice: advice)
            #expect(treatmentCase.status == .discharged)
            #expect(treatmentCase.discharge?.aftercareAdvice == nil)
        }
        var advised = try caseIn(.inTreatment)
        try advised.discharge(on: day("2026-03-01"), reason: .completed, advice: "  AA-møder i Aarhus \n")
        #expect(advised.discharge?.aftercareAdvice == "AA-møder i Aarhus")
        var died = try caseIn(.inTreatment)
        try died.discharge(on: day("2026-03-01"), reason: .deceased, note: "oplyst af pårørende", advice: nil)
        #expect(died.discharge?.note == "oplyst af pårørende")
        #expect(DischargeReason.completed.expectsAdvice && !DischargeReason.deceased.expectsAdvice)
    }

    @Test func aClosedCaseRefusesDischargeTransferAndOtherOffer() throws {
        var treatmentCase = try caseIn(.discharged)
        #expect(throws: DomainError(field: "status", CaseProblem.notPossible(.discharged, from: .discharged))) {
            try treatmentCase.discharge(on: day("2026-03-01"), reason: .other, advice: "x")
        }
        #expect(throws: DomainError(field: "status", CaseProblem.closed)) {
            try treatmentCase.transfer(to: municipality("0751"), on: day("2026-03-01"))
        }
        #expect(throws: DomainError(field: "status", CaseProblem.closed)) {
            try treatmentCase.recordOtherOfferChoice(reason: "privat tilbud", on: day("2026-01-06"))
        }
    }

    @Test func transfersKeepTheirHistory() throws {
        var treatmentCase = try openCase()
        try treatmentCase.start(on: day("2026-01-12"))
        let event = try treatmentCase.transfer(to: municipality("0751"), on: day("2026-02-01"))
        #expect(event == CaseEvent(caseID: CaseID(7), kind: .transferred, day: try day("2026-02-01")))
        try treatmentCase.transfer(to: municipality("0461"), on: day("2026-02-01"))
        try treatmentCase.transfer(to: municipality("0101"), on: day("2026-06-15"))
        #expect(treatmentCase.municipality == (try municipality("0101")))
        #expect(
            treatmentCase.transfers == [
                MunicipalityTransfer(
                    from: try municipality("0101"), to: try municipality("0751"), day: try day("2026-02-01")),
                MunicipalityTransfer(
                    from: try municipality("0751"), to: try municipality("0461"), day: try day("2026-02-01")),
                MunicipalityTransfer(
                    from: try municipality("0461"), to: try municipality("0101"), day: try day("2026-06-15")),
            ])
        #expect(treatmentCase.municipality(on: try day("2026-01-31")) == (try municipality("0101")))
        #expect(treatmentCase.municipality(on: try day("2026-02-01")) == (try municipality("0461")))
        #expect(treatmentCase.municipality(on: try day("2026-06-14")) == (try municipality("0461")))
        #expect(treatmentCase.municipality(on: try day("2026-06-15")) == (try municipality("0101")))
        #expect(treatmentCase.status == .inTreatment)
        #expect(treatmentCase.events.map(\.kind) == [.requested, .started, .transferred, .transferred, .transferred])
    }

    @Test func eventsInterleaveTransfersByDay() throws {
        var treatmentCase = try openCase()
        try treatmentCase.transfer(to: municipality("0751"), on: day("2026-01-05"))
        try treatmentCase.start(on: day("2026-01-12"))
        try treatmentCase.transfer(to: municipality("0101"), on: day("2026-01-12"))
        try treatmentCase.beginAftercare(on: day("2026-01-20"))
        #expect(treatmentCase.events.map(\.kind) == [.requested, .transferred, .started, .transferred, .aftercare])
        #expect(treatmentCase.events.map(\.day) == treatmentCase.events.map(\.day).sorted())
    }

    @Test func transfersAreChecked() throws {
        var treatmentCase = try openCase()
        #expect(throws: DomainError(field: "to", CaseProblem.sameMunicipality(try municipality("0101")))) {
            try treatmentCase.transfer(to: municipality("0101"), on: day("2026-02-01"))
        }
        #expect(throws: DomainError(field: "date", CaseProblem.beforeRequest(try day("2026-01-05")))) {
            try treatmentCase.transfer(to: municipality("0751"), on: day("2026-01-04"))
        }
        try treatmentCase.transfer(to: municipality("0751"), on: day("2026-02-01"))
        #expect(throws: DomainError(field: "date", CaseProblem.beforePreviousTransfer(try day("2026-02-01")))) {
            try treatmentCase.transfer(to: municipality("0101"), on: day("2026-01-31"))
        }
        #expect(treatmentCase.transfers.count == 1)
    }

    @Test func theChoiceOfAnotherOfferIsRecordedOnceBeforeTheStart() throws {
        var treatmentCase = try openCase()
        #expect(throws: DomainError(field: "reason", CaseProblem.emptyReason)) {
            try treatmentCase.recordOtherOfferChoice(reason: " ", on: day("2026-01-06"))
        }
        #expect(throws: DomainError(field: "date", CaseProblem.beforeRequest(try day("2026-01-05")))) {
            try treatmentCase.recordOtherOfferChoice(reason: "Dagbehandling i Aarhus", on: day("2026-01-01"))
        }
        try treatmentCase.start(on: day("2026-01-20"))
        #expect(throws: DomainError(field: "date", CaseProblem.otherOfferAfterStart(try day("2026-01-20")))) {
            try treatmentCase.recordOtherOfferChoice(reason: "Dagbehandling i Aarhus", on: day("2026-01-21"))
        }
        try treatmentCase.recordOtherOfferChoice(reason: " Dagbehandling i Aarhus ", on: day("2026-01-07"))
        #expect(
            treatmentCase.otherOfferChoice
                == OtherOfferChoice(day: try day("2026-01-07"), reason: "Dagbehandling i Aarhus"))
        #expect(treatmentCase.citizenChoseOtherOffer)
        #expect(throws: DomainError(field: "reason", CaseProblem.otherOfferAlreadyRecorded(try day("2026-01-07")))) {
            try treatmentCase.recordOtherOfferChoice(reason: "Noget andet", on: day("2026-01-08"))
        }
    }

    @Test func codingKeepsTheWholeHistory() throws {
        var treatmentCase = try openCase()
        try treatmentCase.recordOtherOfferChoice(reason: "Privat tilbud", on: day("2026-01-06"))
        try treatmentCase.start(on: day("2026-01-12"))
        try treatmentCase.transfer(to: municipality("0751"), on: day("2026-02-01"))
        try treatmentCase.discharge(on: day("2026-05-01"), reason: .referred, note: "til regionen", advice: "Lænken")
        let data = try JSONEncoder().encode(treatmentCase)
        let decoded = try JSONDecoder().decode(TreatmentCase.self, from: data)
        #expect(decoded == treatmentCase)
        #expect(decoded.events == treatmentCase.events)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"basis\":\"sel101\"") && json.contains("\"municipality\":\"0751\""))
        #expect(json.contains("\"reason\":\"referred\""))
    }

    @Test func legalBases() {
        #expect(LegalBasis.allCases.map(\.rawValue) == ["sel101", "sel101a", "sul141", "sul142"])
        for basis in LegalBasis.allCases {
            let anonymous = basis == .sel101a
            #expect(basis.guaranteeDays == (anonymous ? nil : 14))
            #expect(basis.hasTreatmentGuarantee == !anonymous)
            #expect(basis.allowsHandleplan == !anonymous)
            #expect(basis.requiresCPR == !anonymous)
            #expect(basis.isAnonymous == anonymous)
            #expect(basis.displayName(.danish) != basis.displayName(.english))
        }
        #expect(Set(LegalBasis.allCases.map { $0.displayName(.danish) }).count == 4)
        #expect(LegalBasis.sul141.displayName(.danish).contains("§ 141"))
    }

    @Test(arguments: [("0101", "0101"), (" 0751 ", "0751"), ("0860", "0860")])
    func municipalityCodesKeepTheirLeadingZeros(text: String, code: String) throws {
        let municipality = try MunicipalityCode(text)
        #expect(municipality.code == code)
        #expect("\(municipality)" == code)
        let data = try JSONEncoder().encode(municipality)
        #expect(String(decoding: data, as: UTF8.self) == "\"\(code)\"")
        #expect(try JSONDecoder().decode(MunicipalityCode.self, from: data) == municipality)
    }

    @Test(arguments: ["101", "01010", "01a1", "", "0 01", "١٠١٠"])
    func municipalityCodesAreExactlyFourDigits(text: String) {
        let code = text.trimmingCharacters(in: .whitespaces)
        #expect(throws: DomainError(field: "municipality", CaseProblem.invalidMunicipalityCode(code))) {
            try MunicipalityCode(text)
        }
        #expect(throws: DomainError(field: "to", CaseProblem.invalidMunicipalityCode(code))) {
            try MunicipalityCode(text, field: "to")
        }
    }

    @Test func namesAndProblemsAreTranslated() throws {
        expectTranslated([
            CaseProblem.invalidMunicipalityCode("1"), .citizenNotStored, .anonymousBasisForIdentifiedCitizen,
            .basisRequiresCPR(.sul142), .closed, .notPossible(.relapse, from: .requested),
            .beforeRequest(try day("2026-01-05")), .beforePreviousChange(try day("2026-01-05")),
            .beforePreviousTransfer(try day("2026-01-05")), .sameMunicipality(try municipality()), .emptyReason,
            .otherOfferAlreadyRecorded(try day("2026-01-05")),
            .otherOfferAfterStart(try day("2026-01-05")),
        ])
        #expect(
            CaseProblem.notPossible(.relapse, from: .requested).text(.danish)
                == "'tilbagefald' er ikke muligt for en sag med status 'henvendelse modtaget'.")
        for status in CaseStatus.allCases { #expect(status.displayName(.danish) != status.displayName(.english)) }
        for kind in CaseEventKind.allCases { #expect(kind.displayName(.danish) != kind.displayName(.english)) }
        for reason in DischargeReason.allCases { #expect(reason.displayName(.danish) != reason.displayName(.english)) }
        #expect(CaseStatus.inTreatment.rawValue == "in_treatment")
        #expect(DischargeReason.droppedOut.rawValue == "dropped_out")
    }
}
