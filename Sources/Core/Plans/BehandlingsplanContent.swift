// What a treatment plan holds besides its goals: the offer, method, frequency, duration and aftercare.

/// The content of a ``PlanKind/behandlingsplan``, written by the treatment offer at the start of
/// treatment. The treatment goals are the plan's ``Goal``s (harm reduction is a legitimate goal).
public struct BehandlingsplanContent: Codable, Sendable, Equatable, PlanTextParts {
    /// The treatment offer giving the treatment (e.g. "Misbrugscenter Nord, ambulant").
    public var offer: String
    /// The method(s): e.g. motivational interviewing, CRA, substitution with counselling.
    public var method: String
    /// How often: e.g. "two conversations a week, then weekly".
    public var frequency: String
    /// The expected duration, in words.
    public var expectedDuration: String
    /// The later, lower-intensity phase and where the citizen finds support after discharge.
    public var aftercare: String

    public init(
        offer: String = "", method: String = "", frequency: String = "", expectedDuration: String = "",
        aftercare: String = ""
    ) {
        self.offer = offer
        self.method = method
        self.frequency = frequency
        self.expectedDuration = expectedDuration
        self.aftercare = aftercare
    }

    static func field(_ part: PlanPart) -> WritableKeyPath<Self, String>? {
        switch part {
        case .treatmentOffer: \.offer
        case .treatmentMethod: \.method
        case .treatmentFrequency: \.frequency
        case .treatmentDuration: \.expectedDuration
        case .treatmentAftercare: \.aftercare
        default: nil
        }
    }
}
