// What can be wrong with a plan or a change to it, in Danish and English.

/// A broken rule of plans, thrown inside a ``DomainError`` that names the field.
public enum PlanProblem: LocalizedText, Equatable {
    case required
    case planClosed(PlanStatus)
    case transitionNotAllowed(from: PlanStatus, to: PlanStatus)
    case handleplanForAnonymousCase
    case partNotInKind(PlanPart, PlanKind)
    case partRequired(PlanPart)
    case onlyForKIP
    case kipInterventionNeedsResponsible
    case unknownGoal(GoalID)
    case unknownIntervention(InterventionID)
    case unknownFollowUp(FollowUpID)
    case unknownMeeting(MeetingID)
    case unknownExternalPlan(ExternalPlanID)
    case priorityNotPositive
    case needsGoal
    case kipNeedsCoordinator
    case kipNeedsConsent
    case kipNeedsNextMeeting(from: Day, by: Day)
    case interventionTransitionNotAllowed(from: InterventionStatus, to: InterventionStatus)
    case followUpNotPlanned(FollowUpStatus)
    case citizenWasPresent
    case acceptanceAlreadyRecorded
    case dayBefore(Day)
    case nothingChanged
    case alreadyListed
    case notListed
    case linkToSelf
    case versionNotPositive
    case brokenHistory

    public func text(_ language: Language) -> String {
        let (danish, english) = texts
        return language == .danish ? danish : english
    }

    private var texts: (String, String) {
        switch self {
        case .required: ("skal udfyldes", "is required")
        case .planClosed(let status):
            (
                "planen er \(status.text(.danish)) og kan ikke ændres",
                "the plan is \(status.text(.english)) and cannot change"
            )
        case .transitionNotAllowed(let from, let to):
            (
                "en plan kan ikke gå fra \(from.text(.danish)) til \(to.text(.danish))",
                "a plan cannot go from \(from.text(.english)) to \(to.text(.english))"
            )
        case .handleplanForAnonymousCase:
            (
                "der laves ikke handleplan for anonym behandling (SEL § 101 a)",
                "no action plan is made for anonymous treatment (§ 101 a)"
            )
        case .partNotInKind(let part, let kind):
            (
                "'\(part.rawValue)' er ikke en del af en \(kind.text(.danish))",
                "'\(part.rawValue)' is not a part of a \(kind.text(.english))"
            )
        case .partRequired(let part):
            ("'\(part.text(.danish))' skal udfyldes", "'\(part.text(.english))' is required")
        case .onlyForKIP:
            ("kun en koordinerende indsatsplan har dette", "only a coordinated plan (KIP) has this")
        case .kipInterventionNeedsResponsible:
            (
                "en indsats i en koordinerende indsatsplan skal have en navngiven ansvarlig",
                "an intervention in a coordinated plan needs a named responsible actor"
            )
        case .unknownGoal(let id): ("planen har intet mål \(id)", "the plan has no goal \(id)")
        case .unknownIntervention(let id): ("planen har ingen indsats \(id)", "the plan has no intervention \(id)")
        case .unknownFollowUp(let id): ("planen har ingen opfølgning \(id)", "the plan has no follow-up \(id)")
        case .unknownMeeting(let id): ("planen har intet møde \(id)", "the plan has no meeting \(id)")
        case .unknownExternalPlan(let id):
            ("kortlægningen har ingen anden plan \(id)", "the survey has no external plan \(id)")
        case .priorityNotPositive: ("prioritet skal være 1 eller mere", "priority must be 1 or more")
        case .needsGoal:
            (
                "planen skal have mindst ét mål, der ikke er opgivet",
                "the plan needs at least one goal that is not dropped"
            )
        case .kipNeedsCoordinator: ("planen skal have en tovholder", "the plan needs a coordinator")
        case .kipNeedsConsent:
            ("planen skal henvise til borgerens samtykke", "the plan must refer to the citizen's consent")
        case .kipNeedsNextMeeting(let from, let by):
            (
                "næste møde skal være planlagt som opfølgning mellem \(from) og \(by)",
                "the next meeting must be planned as a follow-up between \(from) and \(by)"
            )
        case .interventionTransitionNotAllowed(let from, let to):
            (
                "en indsats kan ikke gå fra \(from.text(.danish)) til \(to.text(.danish))",
                "an intervention cannot go from \(from.text(.english)) to \(to.text(.english))"
            )
        case .followUpNotPlanned(let status):
            ("opfølgningen er \(status.text(.danish))", "the follow-up is \(status.text(.english))")
        case .citizenWasPresent:
            (
                "borgeren deltog i mødet; accept efterfølgende er ikke nødvendig",
                "the citizen attended the meeting; no later acceptance is needed"
            )
        case .acceptanceAlreadyRecorded:
            ("borgerens accept er allerede registreret", "the citizen's acceptance is already recorded")
        case .dayBefore(let day): ("må ikke være før \(day)", "must not be before \(day)")
        case .nothingChanged: ("ændringen ændrer intet i planen", "the change changes nothing in the plan")
        case .alreadyListed: ("står allerede i planen", "is already in the plan")
        case .notListed: ("står ikke i planen", "is not in the plan")
        case .linkToSelf: ("en plan kan ikke henvise til sig selv", "a plan cannot refer to itself")
        case .versionNotPositive: ("versionsnummer skal være 1 eller mere", "version number must be 1 or more")
        case .brokenHistory:
            (
                "versionerne skal være nummereret 1, 2, 3 … og tilhøre samme plan",
                "versions must be numbered 1, 2, 3 … and belong to the same plan"
            )
        }
    }
}
