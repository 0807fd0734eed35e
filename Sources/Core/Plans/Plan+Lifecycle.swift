// Activating, completing and revoking a plan, and what a plan needs before it can be activated.

extension Plan {
    /// Everything that keeps this plan from being activated on `day`; empty when it is ready.
    ///
    /// - behandlingsplan: at least one goal that is not dropped.
    /// - handleplan: a purpose (part 1 of §141).
    /// - KIP: a coordinator, a reference to the citizen's consent, at least one goal that is not
    ///   dropped, and the next meeting: a planned follow-up due on or after `day` and no later
    ///   than six months after it (`day.adding(months: 6)`, inclusive).
    public func activationProblems(on day: Day) -> [DomainError] {
        var problems: [DomainError] = []
        let hasGoal = goals.contains { $0.status != .dropped }
        switch content {
        case .behandlingsplan:
            if !hasGoal { problems.append(DomainError(field: "goals", PlanProblem.needsGoal)) }
        case .handleplan(let handleplan):
            if handleplan.purpose.isEmpty {
                problems.append(DomainError(field: "part", PlanProblem.partRequired(.purpose)))
            }
        case .kip(let kip):
            if kip.masterData.coordinator == nil {
                problems.append(DomainError(field: "coordinator", PlanProblem.kipNeedsCoordinator))
            }
            if kip.masterData.consents.isEmpty {
                problems.append(DomainError(field: "consent", PlanProblem.kipNeedsConsent))
            }
            if !hasGoal { problems.append(DomainError(field: "goals", PlanProblem.needsGoal)) }
            let latest = day.adding(months: 6)
            if !followUps.contains(where: { $0.status == .planned && (day...latest).contains($0.due) }) {
                problems.append(DomainError(field: "due", PlanProblem.kipNeedsNextMeeting(from: day, by: latest)))
            }
        }
        return problems
    }

    mutating func activate(on day: Day) throws {
        try checkTransition(to: .active)
        if let problem = activationProblems(on: day).first { throw problem }
        status = .active
        activated = day
    }

    mutating func complete(on day: Day) throws {
        try checkTransition(to: .completed)
        try close(as: .completed, on: day)
    }

    mutating func revoke(on day: Day, reason: String) throws {
        try checkTransition(to: .revoked)
        revocationReason = try requiredText(reason, field: "reason")
        try close(as: .revoked, on: day)
    }

    private func checkTransition(to next: PlanStatus) throws {
        guard status.canChange(to: next) else {
            throw DomainError(field: "status", PlanProblem.transitionNotAllowed(from: status, to: next))
        }
    }

    /// Ends the plan on `day` (not before it was activated) and cancels follow-ups still planned,
    /// so a closed plan has nothing falling due.
    private mutating func close(as status: PlanStatus, on day: Day) throws {
        if let activated, day < activated { throw DomainError(field: "date", PlanProblem.dayBefore(activated)) }
        self.status = status
        ended = day
        for index in followUps.indices where followUps[index].status == .planned {
            followUps[index].status = .cancelled
        }
    }
}
