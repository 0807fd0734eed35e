// The four parts of a handleplan under Serviceloven §141.

/// The content of a ``PlanKind/handleplan``: purpose, the efforts needed, the expected duration,
/// and other matters (housing, employment, personal help, treatment, aids).
public struct HandleplanContent: Codable, Sendable, Equatable, PlanTextParts {
    /// Part 1: the purpose of the efforts. Required before the plan is activated.
    public var purpose: String
    /// Part 2: the efforts needed to reach the purpose.
    public var efforts: String
    /// Part 3: the expected duration of the efforts.
    public var expectedDuration: String
    /// Part 4: other matters.
    public var otherMatters: OtherMatters

    /// Part 4 of a handleplan, one text per matter the law names.
    public struct OtherMatters: Codable, Sendable, Equatable {
        public var housing: String
        public var employment: String
        public var personalHelp: String
        public var treatment: String
        public var aids: String

        public init(
            housing: String = "", employment: String = "", personalHelp: String = "", treatment: String = "",
            aids: String = ""
        ) {
            self.housing = housing
            self.employment = employment
            self.personalHelp = personalHelp
            self.treatment = treatment
            self.aids = aids
        }
    }

    public init(
        purpose: String = "", efforts: String = "", expectedDuration: String = "",
        otherMatters: OtherMatters = OtherMatters()
    ) {
        self.purpose = purpose
        self.efforts = efforts
        self.expectedDuration = expectedDuration
        self.otherMatters = otherMatters
    }

    static func field(_ part: PlanPart) -> WritableKeyPath<Self, String>? {
        switch part {
        case .purpose: \.purpose
        case .efforts: \.efforts
        case .expectedDuration: \.expectedDuration
        case .housing: \.otherMatters.housing
        case .employment: \.otherMatters.employment
        case .personalHelp: \.otherMatters.personalHelp
        case .treatment: \.otherMatters.treatment
        case .aids: \.otherMatters.aids
        default: nil
        }
    }
}
