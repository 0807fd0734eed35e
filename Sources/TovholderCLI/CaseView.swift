// How a case is shown: its course, the treatment guarantee on the day asked, and its history.
import Core

struct CaseView: Encodable {
    struct Step: Encodable {
        let status: String
        let date: String
    }

    let id: Int64
    let citizen: Int64
    let basis: String
    let municipality: String
    let status: String
    let requested: String
    let treatmentStart: String?
    let guaranteeDeadline: String?
    let guarantee: String
    let guaranteeBreached: Bool
    let history: [Step]
    let transfers: [String]
    let discharge: String?
    private let basisName: String
    private let statusName: String

    init(_ treatmentCase: TreatmentCase, today: Day, language: Language) {
        let guarantee = TreatmentGuarantee(for: treatmentCase, today: today)
        id = treatmentCase.id?.rawValue ?? 0
        citizen = treatmentCase.citizen.rawValue
        basis = treatmentCase.basis.rawValue
        basisName = treatmentCase.basis.displayName(language)
        municipality = treatmentCase.municipality.code
        status = treatmentCase.status.rawValue
        statusName = treatmentCase.status.displayName(language)
        requested = treatmentCase.requested.description
        treatmentStart = treatmentCase.treatmentStart?.description
        guaranteeDeadline = guarantee.deadline?.description
        self.guarantee = guarantee.status.text(language)
        guaranteeBreached = guarantee.status.isBreached
        history = treatmentCase.statusHistory.map { Step(status: $0.status.rawValue, date: $0.day.description) }
        transfers = treatmentCase.transfers.map { "\($0.day): \($0.from) → \($0.to)" }
        discharge = treatmentCase.discharge.map { discharge in
            let missing =
                discharge.reason.expectsAdvice
                ? (language == .danish ? "rådgivning om efterværn ikke registreret" : "aftercare advice not recorded")
                : nil
            return [
                discharge.day.description, discharge.reason.displayName(language), discharge.aftercareAdvice ?? missing,
                discharge.note,
            ]
            .compactMap { $0 }.joined(separator: "; ")
        }
    }

    func text(_ language: Language) -> String {
        let danish = language == .danish
        var lines = [
            (danish ? "Sag " : "Case ") + String(id),
            (danish ? "  Borger: " : "  Citizen: ") + String(citizen),
            (danish ? "  Grundlag: " : "  Basis: ") + basisName,
            (danish ? "  Handlekommune: " : "  Acting municipality: ") + municipality,
            (danish ? "  Status: " : "  Status: ") + statusName,
            (danish ? "  Henvendelse: " : "  Requested: ") + requested,
        ]
        if let treatmentStart {
            lines.append((danish ? "  Behandlingsstart: " : "  Treatment start: ") + treatmentStart)
        }
        if let guaranteeDeadline { lines.append((danish ? "  Frist: " : "  Deadline: ") + guaranteeDeadline) }
        lines.append((danish ? "  Behandlingsgaranti: " : "  Treatment guarantee: ") + guarantee)
        if let discharge { lines.append((danish ? "  Udskrivning: " : "  Discharge: ") + discharge) }
        lines.append(danish ? "  Forløb:" : "  Course:")
        for step in history {
            let name = CaseStatus(rawValue: step.status)?.displayName(language) ?? step.status
            lines.append("    \(step.date)  \(name)")
        }
        if !transfers.isEmpty {
            lines.append(danish ? "  Flytninger:" : "  Transfers:")
            lines.append(contentsOf: transfers.map { "    " + $0 })
        }
        return lines.joined(separator: "\n")
    }
}
