// What a pack may do with the municipality's data: the closed set of capabilities a manifest can ask for.
import Core

/// A permission a pack asks for in its manifest and the host checks at every API call. The set is
/// closed: a manifest naming anything else is refused. `tovholder pack info` shows each one with
/// its description, so a municipality can review a pack before installing it.
public enum Capability: String, CaseIterable, Hashable, Sendable, Comparable, LocalizedText {
    case casesRead = "cases:read"
    case casesWrite = "cases:write"
    case screeningsRead = "screenings:read"
    case screeningsWrite = "screenings:write"
    case plansRead = "plans:read"
    case plansWrite = "plans:write"
    case tasksWrite = "tasks:write"
    case outboxWrite = "outbox:write"
    case consentRead = "consent:read"
    case reportsExport = "reports:export"
    case pseudonymisedRead = "pseudonymised:read"
    case eventsSubscribe = "events:subscribe"

    /// What the capability lets a pack do, for the person reviewing the pack.
    public func text(_ language: Language) -> String {
        switch language {
        case .danish: return danish
        case .english: return english
        }
    }

    public static func < (lhs: Capability, rhs: Capability) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    private var danish: String {
        switch self {
        case .casesRead: return "Læse sager: borger, status, lovgrundlag, behandlingsgaranti og tovholder"
        case .casesWrite: return "Ændre sager: oprette, skifte status, overdrage og afslutte"
        case .screeningsRead: return "Læse screeningssvar og -resultater"
        case .screeningsWrite: return "Registrere screeningssvar og -resultater"
        case .plansRead: return "Læse planer (KIP, handleplan, behandlingsplan): mål, indsatser og møder"
        case .plansWrite: return "Ændre planer: mål, indsatser, møder og opfølgning"
        case .tasksWrite: return "Oprette og lukke opgaver til sagsbehandlere"
        case .outboxWrite: return "Lægge beskeder til andre parter i udbakken (fx region, egen læge, jobcenter)"
        case .consentRead: return "Læse samtykker: hvem der må modtage hvilke oplysninger"
        case .reportsExport: return "Eksportere rapporter ud af Tovholder (filer til ledelse og statistik)"
        case .pseudonymisedRead: return "Læse pseudonymiserede data på tværs af sager (uden CPR-numre og navne)"
        case .eventsSubscribe:
            return
                "Reagere på hændelser: en sag oprettet, en screening afsluttet, et samtykke ændret, en opfølgning forfalden"
        }
    }

    private var english: String {
        switch self {
        case .casesRead: return "Read cases: citizen, status, legal basis, treatment guarantee and coordinator"
        case .casesWrite: return "Change cases: open, change status, transfer and close"
        case .screeningsRead: return "Read screening answers and results"
        case .screeningsWrite: return "Record screening answers and results"
        case .plansRead: return "Read plans (KIP, action plan, treatment plan): goals, interventions and meetings"
        case .plansWrite: return "Change plans: goals, interventions, meetings and follow-ups"
        case .tasksWrite: return "Create and close tasks for caseworkers"
        case .outboxWrite: return "Queue messages to other parties in the outbox (e.g. region, GP, job centre)"
        case .consentRead: return "Read consents: who may receive which information"
        case .reportsExport: return "Export reports out of Tovholder (files for management and statistics)"
        case .pseudonymisedRead: return "Read pseudonymised data across cases (no CPR numbers or names)"
        case .eventsSubscribe:
            return "React to events: a case opened, a screening completed, a consent changed, a follow-up due"
        }
    }
}
