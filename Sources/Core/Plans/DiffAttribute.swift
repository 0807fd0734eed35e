// The names of the fields a plan diff compares: the path segment and its Danish and English label.

/// A field compared by ``PlanDiff``; the raw value is its segment in the difference's path.
enum DiffAttribute: String, LocalizedText {
    case status, activated, ended, revocationReason
    case coordinator = "kip.coordinator"
    case participants = "kip.participants"
    case consents = "kip.consents"
    case linkedPlans = "kip.linkedPlans"
    case area, description, harmReduction, targetDate, priority
    case sector, mode, responsible, goals, period
    case due, purpose, held, outcome
    case day, meetingParticipants = "participants", citizenPresent, note, acceptance
    case kind, title, owner, interventions

    func text(_ language: Language) -> String {
        let (danish, english) = names
        return language == .danish ? danish : english
    }

    private var names: (String, String) {
        switch self {
        case .status: ("status", "status")
        case .activated: ("aktiveret", "activated")
        case .ended: ("afsluttet", "ended")
        case .revocationReason: ("begrundelse for tilbagekaldelse", "reason for revocation")
        case .coordinator: ("1. Stamdata: tovholder", "1. Master data: coordinator")
        case .participants: ("1. Stamdata: deltagere", "1. Master data: participants")
        case .consents: ("1. Stamdata: samtykker", "1. Master data: consents")
        case .linkedPlans: ("2. Kortlægning: planer i Tovholder", "2. Survey: plans in Tovholder")
        case .area: ("område", "area")
        case .description: ("beskrivelse", "description")
        case .harmReduction: ("skadesreduktion", "harm reduction")
        case .targetDate: ("måldato", "target date")
        case .priority: ("prioritet", "priority")
        case .sector: ("sektor", "sector")
        case .mode: ("form", "mode")
        case .responsible: ("ansvarlig", "responsible")
        case .goals: ("mål", "goals")
        case .period: ("periode", "period")
        case .due: ("frist", "due")
        case .purpose: ("formål", "purpose")
        case .held: ("afholdt", "held")
        case .outcome: ("resultat", "outcome")
        case .day: ("dato", "date")
        case .meetingParticipants: ("deltagere", "participants")
        case .citizenPresent: ("borgeren deltog", "citizen present")
        case .note: ("note", "note")
        case .acceptance: ("borgerens accept", "citizen's acceptance")
        case .kind: ("type", "kind")
        case .title: ("titel", "title")
        case .owner: ("ejer", "owner")
        case .interventions: ("indsatser", "interventions")
        }
    }
}
