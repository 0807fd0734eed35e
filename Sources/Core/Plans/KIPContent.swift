// The five parts of the coordinated plan (KIP) that are not goals, interventions or follow-ups.

/// The content of a ``PlanKind/kip``. Part 1 is ``masterData``, part 2 ``survey``, part 3
/// ``challenges``; part 4 is the plan's ``Goal``s (with priorities), its ``Intervention``s (each with
/// a named responsible actor) and ``priorities``; part 5 is the plan's ``FollowUp``s (the next
/// meeting) and ``Meeting``s (with the citizen's acceptance when absent).
public struct KIPContent: Codable, Sendable, Equatable, PlanTextParts {
    /// Part 1, filled in by the coordinator.
    public var masterData: KIPMasterData
    /// Part 2: the citizen's existing plans.
    public var survey: KIPSurvey
    /// Part 3: the primary and acute challenges.
    public var challenges: Challenges
    /// Part 4: the shared priorities in words, beside each goal's priority number.
    public var priorities: String

    /// Part 3: challenges as identified by practitioners, by the citizen and (if the citizen wants
    /// them involved) by relatives, and the acute ones that need action now.
    public struct Challenges: Codable, Sendable, Equatable {
        public var practitioners: String
        public var citizen: String
        public var relatives: String
        public var acute: String

        public init(practitioners: String = "", citizen: String = "", relatives: String = "", acute: String = "") {
            self.practitioners = practitioners
            self.citizen = citizen
            self.relatives = relatives
            self.acute = acute
        }
    }

    public init(
        masterData: KIPMasterData = KIPMasterData(), survey: KIPSurvey = KIPSurvey(),
        challenges: Challenges = Challenges(), priorities: String = ""
    ) {
        self.masterData = masterData
        self.survey = survey
        self.challenges = challenges
        self.priorities = priorities
    }

    static func field(_ part: PlanPart) -> WritableKeyPath<Self, String>? {
        switch part {
        case .citizenName: \.masterData.citizenName
        case .legalBasis: \.masterData.legalBasis
        case .consentNote: \.masterData.consentNote
        case .challengesPractitioners: \.challenges.practitioners
        case .challengesCitizen: \.challenges.citizen
        case .challengesRelatives: \.challenges.relatives
        case .challengesAcute: \.challenges.acute
        case .priorities: \.priorities
        default: nil
        }
    }
}
