// A citizen's course of treatment under one legal basis, from request to discharge, and its transitions.
import Foundation

/// A course of treatment ("sag"): who, under which law, in which acting municipality, from the
/// request through start, aftercare and relapses to discharge. Aftercare and relapse stay in the
/// same case; a citizen who returns after discharge gets a new case (and a new guarantee).
///
/// It changes only through the transition methods, which check the rules and return the
/// ``CaseEvent`` to raise. Decoding does not re-check the rules:
/// decode only what was encoded from a valid case.
public struct TreatmentCase: Hashable, Codable, Sendable {
    /// Nil until the case is stored.
    public var id: CaseID?
    public let citizen: CitizenID
    public let basis: LegalBasis
    /// The acting municipality (handlekommune) now; earlier ones are in ``transfers``.
    public private(set) var municipality: MunicipalityCode
    /// The day of the citizen's first personal request, oral or written; the guarantee counts from it.
    public let requested: Day
    /// Every status the case entered, in order; the first is `requested` on the request day.
    public private(set) var statusHistory: [CaseStatusChange]
    /// The first start of treatment; a relapse does not move it.
    public private(set) var treatmentStart: Day?
    /// The citizen's choice of another offer, which may set the guarantee aside.
    public private(set) var otherOfferChoice: OtherOfferChoice?
    /// How the case ended, once discharged.
    public private(set) var discharge: Discharge?
    /// Moves between acting municipalities, in order.
    public private(set) var transfers: [MunicipalityTransfer]

    /// Opens a case on the citizen's request.
    /// - Throws: `DomainError` when the citizen is not stored (`citizen`), or when the basis does not
    ///   fit the citizen (`basis`): § 101 a needs an anonymous citizen, the other bases a CPR number.
    public init(
        id: CaseID? = nil, citizen: Citizen, basis: LegalBasis, municipality: MunicipalityCode, requested: Day
    ) throws {
        guard let citizenID = citizen.id else { throw DomainError(field: "citizen", CaseProblem.citizenNotStored) }
        if basis.isAnonymous, !citizen.isAnonymous {
            throw DomainError(field: "basis", CaseProblem.anonymousBasisForIdentifiedCitizen)
        }
        if basis.requiresCPR, citizen.isAnonymous {
            throw DomainError(field: "basis", CaseProblem.basisRequiresCPR(basis))
        }
        self.id = id
        self.citizen = citizenID
        self.basis = basis
        self.municipality = municipality
        self.requested = requested
        self.statusHistory = [CaseStatusChange(status: .requested, day: requested)]
        self.treatmentStart = nil
        self.otherOfferChoice = nil
        self.discharge = nil
        self.transfers = []
    }

    /// The status now.
    public var status: CaseStatus { statusHistory.last?.status ?? .requested }

    /// Whether the case is still open (not discharged).
    public var isOpen: Bool { status.isOpen }

    /// Whether the citizen chose another offer of a similar type.
    public var citizenChoseOtherOffer: Bool { otherOfferChoice != nil }

    /// The status the case had at the end of `day`; nil before the request.
    public func status(on day: Day) -> CaseStatus? {
        statusHistory.last { $0.day <= day }?.status
    }

    /// The acting municipality at the end of `day` (the first one for days before the request).
    public func municipality(on day: Day) -> MunicipalityCode {
        transfers.last { $0.day <= day }?.to ?? transfers.first?.from ?? municipality
    }

    /// Everything that happened to the case, in order; on the same day, status changes come before
    /// transfers.
    public var events: [CaseEvent] {
        var events: [CaseEvent] = []
        var moves = transfers[...]
        var previous: CaseStatus?
        for change in statusHistory {
            while let move = moves.first, move.day < change.day {
                events.append(CaseEvent(caseID: id, kind: .transferred, day: move.day))
                moves.removeFirst()
            }
            let kind = TreatmentCase.eventKind(entering: change.status, from: previous)
            events.append(CaseEvent(caseID: id, kind: kind, day: change.day))
            previous = change.status
        }
        return events + moves.map { CaseEvent(caseID: id, kind: .transferred, day: $0.day) }
    }

    /// The event that entering `status` from `previous` means.
    static func eventKind(entering status: CaseStatus, from previous: CaseStatus?) -> CaseEventKind {
        switch status {
        case .requested: return .requested
        case .inTreatment: return previous == .aftercare ? .relapse : .started
        case .aftercare: return .aftercare
        case .discharged: return .discharged
        }
    }
}

// MARK: - Transitions

extension TreatmentCase {
    /// Starts treatment. Only from `requested`; not before the request.
    /// - Throws: `DomainError` for another status (`status`) or an earlier day (`date`).
    @discardableResult
    public mutating func start(on day: Day) throws -> CaseEvent {
        let event = try enter(.inTreatment, on: day, as: .started, from: [.requested])
        treatmentStart = day
        return event
    }

    /// Moves treatment into aftercare. Only from `inTreatment`.
    /// - Throws: `DomainError` for another status (`status`) or a day before the last change (`date`).
    @discardableResult
    public mutating func beginAftercare(on day: Day) throws -> CaseEvent {
        try enter(.aftercare, on: day, as: .aftercare, from: [.inTreatment])
    }

    /// Records a relapse during aftercare: treatment resumes in the same case. Only from `aftercare`.
    /// - Throws: `DomainError` for another status (`status`) or a day before the last change (`date`).
    @discardableResult
    public mutating func relapse(on day: Day) throws -> CaseEvent {
        try enter(.inTreatment, on: day, as: .relapse, from: [.aftercare])
    }

    /// Discharges the citizen and closes the case, from any open status.
    /// - Parameters:
    ///   - note: more about the reason; blank counts as none.
    ///   - advice: where the citizen was advised to find support later (associations, aftercare,
    ///     other offers); blank counts as none. A discharge without it is recorded, and shown as
    ///     missing where the reason ``DischargeReason/expectsAdvice``.
    /// - Throws: `DomainError` for a closed case (`status`) or an earlier day (`date`).
    @discardableResult
    public mutating func discharge(
        on day: Day, reason: DischargeReason, note: String? = nil, advice: String?
    ) throws -> CaseEvent {
        let advice = TreatmentCase.nonBlank(advice)
        try checkChange(on: day, as: .discharged, from: [.requested, .inTreatment, .aftercare])
        discharge = Discharge(day: day, reason: reason, note: TreatmentCase.nonBlank(note), aftercareAdvice: advice)
        return record(.discharged, on: day, as: .discharged)
    }

    /// Moves the open case to another acting municipality, keeping the history.
    /// - Throws: `DomainError` for a closed case (`status`), the same municipality (`to`), or a day
    ///   before the request or the previous transfer (`date`).
    @discardableResult
    public mutating func transfer(to destination: MunicipalityCode, on day: Day) throws -> CaseEvent {
        guard isOpen else { throw DomainError(field: "status", CaseProblem.closed) }
        guard destination != municipality else {
            throw DomainError(field: "to", CaseProblem.sameMunicipality(destination))
        }
        if day < requested { throw DomainError(field: "date", CaseProblem.beforeRequest(requested)) }
        if let last = transfers.last, day < last.day {
            throw DomainError(field: "date", CaseProblem.beforePreviousTransfer(last.day))
        }
        transfers.append(MunicipalityTransfer(from: municipality, to: destination, day: day))
        municipality = destination
        return CaseEvent(caseID: id, kind: .transferred, day: day)
    }

    /// Records that the citizen chose another offer of a similar type, which sets the 14-day
    /// deadline aside if made by the deadline. Once per case, while it is open, dated from the
    /// request up to the start of treatment.
    /// - Throws: `DomainError` for an empty reason (`reason`), a closed case (`status`), a second
    ///   choice (`reason`) or a day outside that span (`date`).
    public mutating func recordOtherOfferChoice(reason: String, on day: Day) throws {
        guard let reason = TreatmentCase.nonBlank(reason) else {
            throw DomainError(field: "reason", CaseProblem.emptyReason)
        }
        guard isOpen else { throw DomainError(field: "status", CaseProblem.closed) }
        if let earlier = otherOfferChoice {
            throw DomainError(field: "reason", CaseProblem.otherOfferAlreadyRecorded(earlier.day))
        }
        if day < requested { throw DomainError(field: "date", CaseProblem.beforeRequest(requested)) }
        if let treatmentStart, day > treatmentStart {
            throw DomainError(field: "date", CaseProblem.otherOfferAfterStart(treatmentStart))
        }
        otherOfferChoice = OtherOfferChoice(day: day, reason: reason)
    }

    /// Checks a status change, records it and returns its event.
    private mutating func enter(
        _ status: CaseStatus, on day: Day, as kind: CaseEventKind, from allowed: Set<CaseStatus>
    ) throws -> CaseEvent {
        try checkChange(on: day, as: kind, from: allowed)
        return record(status, on: day, as: kind)
    }

    /// The rules every status change follows: a legal order, and a day neither before the request
    /// nor before the previous change.
    private func checkChange(on day: Day, as kind: CaseEventKind, from allowed: Set<CaseStatus>) throws {
        guard allowed.contains(status) else {
            throw DomainError(field: "status", CaseProblem.notPossible(kind, from: status))
        }
        if day < requested { throw DomainError(field: "date", CaseProblem.beforeRequest(requested)) }
        if let last = statusHistory.last, day < last.day {
            throw DomainError(field: "date", CaseProblem.beforePreviousChange(last.day))
        }
    }

    /// Appends a checked status change to the history and returns its event.
    private mutating func record(_ status: CaseStatus, on day: Day, as kind: CaseEventKind) -> CaseEvent {
        statusHistory.append(CaseStatusChange(status: status, day: day))
        return CaseEvent(caseID: id, kind: kind, day: day)
    }

    /// The text trimmed, or nil when nothing is left.
    static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }
}
