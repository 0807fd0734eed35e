// Applies one PlanChange to a plan, checking the rules; the only way a plan's content changes.

extension Plan {
    /// The plan after `change`. Throws when the plan is closed, when the change breaks a rule, and
    /// when it would change nothing (a version always records a real change).
    func applying(_ change: PlanChange) throws -> Plan {
        guard status.isOpen else { throw DomainError(field: "status", PlanProblem.planClosed(status)) }
        var plan = self
        try plan.apply(change)
        guard plan != self else { throw DomainError(field: "change", PlanProblem.nothingChanged) }
        return plan
    }

    private mutating func apply(_ change: PlanChange) throws {
        switch change {
        case .setText(let part, let text): try content.setText(trimmedText(text), for: part)
        case .addGoal(let draft): goals.append(try Goal(id: Plan.nextID(goals.map(\.id)), draft))
        case .updateGoal(let id, let draft): try goals[index(of: id)].update(from: draft)
        case .setGoalStatus(let id, let status): goals[try index(of: id)].status = status
        case .addIntervention(let draft):
            interventions.append(try Intervention(id: Plan.nextID(interventions.map(\.id)), draft, in: self))
        case .updateIntervention(let id, let draft):
            let index = try index(of: id)
            try interventions[index].update(from: draft, in: self)
        case .setInterventionStatus(let id, let status):
            let index = try index(of: id)
            let current = interventions[index].status
            guard current.canChange(to: status) else {
                throw DomainError(
                    field: "status", PlanProblem.interventionTransitionNotAllowed(from: current, to: status))
            }
            interventions[index].status = status
        case .addFollowUp(let due, let purpose):
            followUps.append(FollowUp(id: Plan.nextID(followUps.map(\.id)), due: due, purpose: purpose))
        case .rescheduleFollowUp(let id, let due): try followUps[index(of: id)].reschedule(to: due)
        case .recordFollowUp(let id, let held, let outcome):
            try followUps[index(of: id)].recordHeld(on: held, outcome: outcome)
        case .cancelFollowUp(let id): try followUps[index(of: id)].cancel()
        case .addMeeting(let draft): meetings.append(Meeting(id: Plan.nextID(meetings.map(\.id)), draft))
        case .recordCitizenAcceptance(let id, let acceptance): try meetings[index(of: id)].record(acceptance)
        case .setCoordinator(let actor): try content.updateKIP { $0.masterData.coordinator = actor }
        case .addParticipant(let actor): try content.updateKIP { try $0.addParticipant(actor) }
        case .removeParticipant(let actor): try content.updateKIP { try $0.removeParticipant(actor) }
        case .addConsent(let consent): try content.updateKIP { try $0.addConsent(consent) }
        case .removeConsent(let consent): try content.updateKIP { try $0.removeConsent(consent) }
        case .addExternalPlan(let draft): try content.updateKIP { try $0.addExternalPlan(draft) }
        case .updateExternalPlan(let id, let draft): try content.updateKIP { try $0.updateExternalPlan(id, draft) }
        case .linkPlan(let plan, let version):
            let kip = id
            try content.updateKIP { try $0.link(plan, version: version, from: kip) }
        case .unlinkPlan(let plan): try content.updateKIP { try $0.unlink(plan) }
        case .activate(let day): try activate(on: day)
        case .complete(let day): try complete(on: day)
        case .revoke(let day, let reason): try revoke(on: day, reason: reason)
        }
    }

    /// The id after the highest of `ids` (ids are never reused, so diffs stay meaningful).
    static func nextID<Entity>(_ ids: [EntityID<Entity>]) -> EntityID<Entity> {
        EntityID((ids.map(\.rawValue).max() ?? 0) + 1)
    }

    private func index(of id: GoalID) throws -> Int {
        guard let index = goals.firstIndex(where: { $0.id == id }) else {
            throw DomainError(field: "goal", PlanProblem.unknownGoal(id))
        }
        return index
    }

    private func index(of id: InterventionID) throws -> Int {
        guard let index = interventions.firstIndex(where: { $0.id == id }) else {
            throw DomainError(field: "intervention", PlanProblem.unknownIntervention(id))
        }
        return index
    }

    private func index(of id: FollowUpID) throws -> Int {
        guard let index = followUps.firstIndex(where: { $0.id == id }) else {
            throw DomainError(field: "followup", PlanProblem.unknownFollowUp(id))
        }
        return index
    }

    private func index(of id: MeetingID) throws -> Int {
        guard let index = meetings.firstIndex(where: { $0.id == id }) else {
            throw DomainError(field: "meeting", PlanProblem.unknownMeeting(id))
        }
        return index
    }
}
