// The changes to KIP parts 1 and 2: coordinator, participants, consents and the survey of plans.

extension KIPContent {
    mutating func addParticipant(_ actor: ActorID) throws {
        try Self.insert(actor, into: &masterData.participants, field: "actor")
    }

    mutating func removeParticipant(_ actor: ActorID) throws {
        try Self.remove(actor, from: &masterData.participants, field: "actor")
    }

    mutating func addConsent(_ consent: ConsentID) throws {
        try Self.insert(consent, into: &masterData.consents, field: "consent")
    }

    mutating func removeConsent(_ consent: ConsentID) throws {
        try Self.remove(consent, from: &masterData.consents, field: "consent")
    }

    mutating func addExternalPlan(_ draft: ExternalPlanDraft) throws {
        let id = Plan.nextID(survey.externalPlans.map(\.id))
        survey.externalPlans.append(try ExternalPlan(id: id, draft))
    }

    mutating func updateExternalPlan(_ id: ExternalPlanID, _ draft: ExternalPlanDraft) throws {
        guard let index = survey.externalPlans.firstIndex(where: { $0.id == id }) else {
            throw DomainError(field: "external", PlanProblem.unknownExternalPlan(id))
        }
        survey.externalPlans[index] = try ExternalPlan(id: id, draft)
    }

    /// Refers to `plan` at `version`, replacing an earlier reference to the same plan.
    mutating func link(_ plan: PlanID, version: Int, from kip: PlanID) throws {
        guard plan != kip else { throw DomainError(field: "plan", PlanProblem.linkToSelf) }
        guard version >= 1 else { throw DomainError(field: "version", PlanProblem.versionNotPositive) }
        survey.linkedPlans.removeAll { $0.plan == plan }
        survey.linkedPlans.append(KIPSurvey.LinkedPlan(plan: plan, version: version))
        survey.linkedPlans.sort()
    }

    mutating func unlink(_ plan: PlanID) throws {
        guard survey.linkedPlans.contains(where: { $0.plan == plan }) else {
            throw DomainError(field: "plan", PlanProblem.notListed)
        }
        survey.linkedPlans.removeAll { $0.plan == plan }
    }

    private static func insert<Entity>(_ id: EntityID<Entity>, into ids: inout [EntityID<Entity>], field: String) throws
    {
        guard !ids.contains(id) else { throw DomainError(field: field, PlanProblem.alreadyListed) }
        ids.append(id)
        ids.sort()
    }

    private static func remove<Entity>(_ id: EntityID<Entity>, from ids: inout [EntityID<Entity>], field: String) throws
    {
        guard ids.contains(id) else { throw DomainError(field: field, PlanProblem.notListed) }
        ids.removeAll { $0 == id }
    }
}
