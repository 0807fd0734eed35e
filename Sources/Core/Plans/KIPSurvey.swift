// Part 2 of a KIP: the citizen's existing plans, both those in Tovholder and those held elsewhere.

/// Part 2 of a coordinated plan: status, goals and interventions of the citizen's existing plans.
public struct KIPSurvey: Codable, Sendable, Equatable {
    /// Plans kept in Tovholder (a behandlingsplan, a handleplan), at the version that was surveyed.
    public var linkedPlans: [LinkedPlan]
    /// Plans kept by others (the GP's treatment plan, the job centre's plan, others), as recorded.
    public var externalPlans: [ExternalPlan]

    /// A plan in Tovholder that the survey refers to, at the version the participants saw.
    public struct LinkedPlan: Codable, Sendable, Hashable, Comparable {
        public let plan: PlanID
        public let version: Int

        public init(plan: PlanID, version: Int) {
            self.plan = plan
            self.version = version
        }

        public static func < (lhs: LinkedPlan, rhs: LinkedPlan) -> Bool {
            (lhs.plan, lhs.version) < (rhs.plan, rhs.version)
        }
    }

    public init(linkedPlans: [LinkedPlan] = [], externalPlans: [ExternalPlan] = []) {
        self.linkedPlans = linkedPlans
        self.externalPlans = externalPlans
    }
}
