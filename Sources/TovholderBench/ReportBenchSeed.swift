// The reports benchmark's database: 100,000 cases seeded through the services, with screenings, KIPs, follow-ups and coordinators.
import Core
import Foundation
import Glibc
import Store

/// The period and the day the benchmark reports on; the seeded history ends on `reportToday`.
let reportFrom = "2025-01-01"
let reportTo = "2026-11-30"
let reportToday = "2026-11-23"

/// A well-spread, repeatable number in `0..<n` for item `index` and `salt` (a splitmix64 step), so
/// the seeded properties of a case do not follow each other or its position.
private func pick(_ index: Int, _ salt: Int, _ n: Int) -> Int {
    let seed = UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15
    var x = seed &+ UInt64(truncatingIfNeeded: salt) &* 0xBF58_476D_1CE4_E5B9
    x ^= x >> 30
    x &*= 0xBF58_476D_1CE4_E5B9
    x ^= x >> 27
    x &*= 0x94D0_49BB_1331_11EB
    x ^= x >> 31
    return Int(x % UInt64(n))
}

/// The actors the seeded cases share: twenty practitioners who coordinate.
private struct ReportActors {
    let practitioners: [ActorID]
}

private let dischargeReasons: [(DischargeReason, Int)] = [
    (.completed, 40), (.droppedOut, 25), (.referred, 15), (.moved, 10), (.deceased, 3), (.other, 7),
]

/// A discharge reason by the weights above.
private func dischargeReason(_ index: Int) -> DischargeReason {
    var left = pick(index, 14, 100)
    for (reason, weight) in dischargeReasons {
        if left < weight { return reason }
        left -= weight
    }
    return .other
}

/// Seeds `count` cases through the services, 1,000 per transaction, as a municipality's history up
/// to 2026-11-23 would have them (nothing is dated later). Requests spread over 2025-01-01 to
/// 2026-11-20 under § 101, § 141 and § 142, one citizen in twenty anonymous (§ 101 a); every 25th
/// citizen asks twice, 1 to 14 days apart (so episodes merge, or not). Of the cases: 3 % the citizen
/// chose another offer, 3 % closed before a start, 85 % started (eight in ten within the 14 days, the
/// rest 15 to 64 days after the request), the rest waiting; a third of the started discharged for
/// varied reasons, some in aftercare. Eight in ten cases have a coordinator (of 20), some a second
/// one. Of the started: half a basic screening (a quarter positive), 30 % an ASI at intake and half of
/// those a second ASI 90 to 180 days later, AUDIT for 40 % of § 141 cases and 8 % of the rest, and 15 %
/// a KIP activated 10 days after the start whose first follow-up was held on time, late or not at all.
/// Returns the seconds it took.
func seedReportCases(_ count: Int, in database: TovholderDatabase) throws -> Double {
    let started = ContinuousClock.now
    let context = AuditContext(user: "bench", command: "bench import")
    let actors = try database.write(context) { tx in
        ReportActors(
            practitioners: try (0..<20).map { index in
                try tx.addActor(
                    try Actor(name: "Behandler \(index + 1)", kind: index % 4 == 3 ? .alcoholTreatment : .drugTreatment)
                ).id!
            })
    }
    var citizen = 0
    var created = 0
    while created < count {
        try database.write(context) { tx in
            let end = min(created + 1000, count)
            while created < end {
                let cases = citizen % 25 == 0 && created + 1 < count ? 2 : 1
                try seedCitizen(citizen, cases: cases, firstCase: created, actors: actors, in: tx)
                citizen += 1
                created += cases
            }
        }
    }
    return (ContinuousClock.now - started).seconds
}

/// One citizen (anonymous one time in twenty) with `cases` requests; the second comes 1 to 14 days
/// after the first.
private func seedCitizen(_ index: Int, cases: Int, firstCase: Int, actors: ReportActors, in tx: StoreTransaction)
    throws
{
    let anonymous = pick(index, 0, 20) == 0
    let person: Citizen
    if anonymous {
        person = try Citizen(
            name: "Anonym \(index)", pseudonym: "A\(index)", birthYear: 1950 + index % 50,
            sex: index % 2 == 0 ? .male : .female)
    } else {
        person = try benchCitizen(index)
    }
    let citizenID = try tx.addCitizen(person).id!
    let basis: LegalBasis
    switch anonymous ? -1 : pick(index, 1, 100) {
    case -1: basis = .sel101a
    case ..<45: basis = .sel101
    case ..<75: basis = .sul141
    default: basis = .sul142
    }
    // 2025-01-01 + 688 days is 2026-11-20, the last request day.
    let first = Day("2025-01-01")!.adding(days: pick(index, 2, cases == 1 ? 689 : 675))
    try seedCase(firstCase, citizen: citizenID, basis: basis, requested: first, actors: actors, in: tx)
    if cases == 2 {
        let second = first.adding(days: 1 + (index / 25) % 14)
        try seedCase(firstCase + 1, citizen: citizenID, basis: basis, requested: second, actors: actors, in: tx)
    }
}

/// One case and what happened to it up to the benchmark's today.
private func seedCase(
    _ index: Int, citizen: CitizenID, basis: LegalBasis, requested: Day, actors: ReportActors,
    in tx: StoreTransaction
) throws {
    let today = Day(reportToday)!
    let caseID = try tx.openCase(
        citizen: citizen, basis: basis, municipality: try MunicipalityCode(index % 10 == 0 ? "0147" : "0101"),
        requested: requested
    ).id!
    var coordinator: ActorID?
    if pick(index, 6, 100) < 80 {
        let first = pick(index, 7, 20)
        coordinator = actors.practitioners[first]
        _ = try tx.setCoordinator(case: caseID, actor: coordinator!, on: requested, reason: nil)
        if pick(index, 8, 100) < 5 {
            coordinator = actors.practitioners[(first + 1) % 20]
            _ = try tx.setCoordinator(
                case: caseID, actor: coordinator!, on: requested.adding(days: 20), reason: "Skift")
        }
    }
    let outcome = pick(index, 2, 100)
    if outcome < 3 {
        // The citizen chose another offer (a few after the deadline, which does not set it aside);
        // the case closed the day after.
        let choice = requested.adding(days: pick(index, 3, 21))
        guard choice <= today else { return }
        try tx.changeCase(caseID, action: "other-offer") { c in
            try c.recordOtherOfferChoice(reason: "Valgte et andet tilbud", on: choice)
            return "citizen chose another offer \(choice)"
        }
        let closed = choice.adding(days: 1)
        guard closed <= today else { return }
        try tx.changeCase(caseID, action: "discharge") { c in
            try c.discharge(on: closed, reason: .referred, advice: "Henvist til det valgte tilbud")
            return "discharged"
        }
        return
    }
    if outcome < 6 {
        // Closed before a start: within the deadline (excluded) or after it (breached).
        let closed = requested.adding(days: pick(index, 3, 25))
        guard closed <= today else { return }
        let reason: DischargeReason = [.droppedOut, .other, .moved][pick(index, 4, 3)]
        try tx.changeCase(caseID, action: "discharge") { c in
            try c.discharge(on: closed, reason: reason, advice: "Anonym rådgivning")
            return "discharged"
        }
        return
    }
    // Waiting (one in ten), or a start not yet reached by today.
    let wait = pick(index, 3, 100) < 80 ? 1 + pick(index, 4, 14) : 15 + pick(index, 4, 50)
    let start = requested.adding(days: wait)
    guard outcome < 91, start <= today else { return }
    try tx.changeCase(caseID, action: "start") { c in
        try c.start(on: start)
        return "started"
    }
    // Discharged (a third), in aftercare (a sixth) or still in treatment.
    var discharged: Day?
    let course = pick(index, 13, 100)
    if course < 35 {
        let day = start.adding(days: 30 + pick(index, 15, 300))
        if day <= today {
            let reason = dischargeReason(index)
            try tx.changeCase(caseID, action: "discharge") { c in
                try c.discharge(on: day, reason: reason, advice: reason == .deceased ? nil : "Anonym rådgivning")
                return "discharged"
            }
            discharged = day
        }
    } else if course < 50 {
        let day = start.adding(days: 60 + pick(index, 15, 60))
        if day <= today {
            try tx.changeCase(caseID, action: "aftercare") { c in
                try c.beginAftercare(on: day)
                return "aftercare"
            }
        }
    }
    let lastDay = discharged ?? today
    try seedScreenings(index, case: caseID, basis: basis, start: start, lastDay: lastDay, in: tx)
    if !basis.isAnonymous, pick(index, 16, 100) < 15 {
        try seedKIP(
            index, case: caseID, coordinator: coordinator ?? actors.practitioners[pick(index, 7, 20)],
            requested: requested, start: start, discharged: discharged, in: tx)
    }
}

private let basisFlags = ["depression_positive", "anxiety_positive", "adhd_positive", "social_phobia_positive"]
private let asiAreas = ["medical", "employment", "alcohol", "drug", "legal", "family", "psychiatric"]

/// The completed screenings of a started case, dated from the start to `lastDay`.
private func seedScreenings(
    _ index: Int, case caseID: CaseID, basis: LegalBasis, start: Day, lastDay: Day, in tx: StoreTransaction
) throws {
    func complete(_ flow: String, on day: Day, _ result: ScreeningResult) throws {
        guard day <= lastDay else { return }
        let reference = FlowReference(
            id: flow, version: SemanticVersion(1, 0, 0), pack: "dk.tovholder.screening",
            packVersion: SemanticVersion(1, 0, 0))
        var response = ScreeningResponse(
            caseID: caseID, flow: reference, day: day, startedAt: tx.now, startedBy: "bench")
        try response.complete(answers: [:], settings: [:], result: result, at: tx.now, by: "bench")
        _ = try tx.completeScreening(response)
    }
    if pick(index, 20, 100) < 50 {
        let positive = pick(index, 21, 4) == 0
        let flags = positive ? [basisFlags[pick(index, 22, 4)]] + (pick(index, 23, 3) == 0 ? ["suicide_risk"] : []) : []
        try complete(
            "basisscreening", on: start.adding(days: 2),
            ScreeningResult(
                scores: [
                    ScoreValue(
                        id: "depression", value: Double(positive ? 12 + pick(index, 24, 10) : pick(index, 24, 9))),
                    ScoreValue(id: "anxiety", value: Double(pick(index, 25, 15))),
                ],
                bands: [:], flags: flags, recommendations: [], missing: []))
    }
    if pick(index, 26, 100) < 30 {
        func asi(_ step: Int, before: [Double]?) -> (ScreeningResult, [Double]) {
            var scores: [ScoreValue] = []
            var flags: [String] = []
            var composites: [Double] = []
            for (area, id) in asiAreas.enumerated() {
                var composite = Double(pick(index, 30 + area + 10 * step, 1001)) / 1000
                if let before { composite = max(0, min(1, before[area] - 0.3 + composite * 0.45)) }
                composite = (composite * 10_000).rounded() / 10_000
                composites.append(composite)
                let severity = pick(index, 50 + area + 10 * step, 10)
                scores += [
                    ScoreValue(id: id, value: composite), ScoreValue(id: id + "_severity", value: Double(severity)),
                ]
                if severity >= 6 { flags.append(id + "_considerable") }
                if let before, composite - before[area] > 0.1 { flags.append(id + "_worse") }
            }
            return (
                ScreeningResult(scores: scores, bands: [:], flags: flags, recommendations: [], missing: []), composites
            )
        }
        let (intake, composites) = asi(0, before: nil)
        try complete("asi", on: start, intake)
        if pick(index, 27, 2) == 0 {
            try complete("asi", on: start.adding(days: 90 + pick(index, 28, 91)), asi(1, before: composites).0)
        }
    }
    if pick(index, 29, 100) < (basis == .sul141 ? 40 : 8) {
        let consumption = pick(index, 60, 13)
        let total = consumption + pick(index, 61, 28)
        let band = total >= 20 ? "dependence" : total >= 16 ? "harmful" : total >= 8 ? "hazardous" : "low"
        var flags = band == "dependence" ? ["probable_dependence"] : band == "low" ? [] : [band]
        if consumption >= 5 { flags.append("audit_c_positive") }
        try complete(
            "audit", on: start.adding(days: 1),
            ScreeningResult(
                scores: [
                    ScoreValue(id: "total", value: Double(total)),
                    ScoreValue(id: "audit_c", value: Double(consumption)),
                ],
                bands: ["total": band], flags: flags, recommendations: [], missing: []))
    }
}

/// A KIP activated 10 days after the start; its first follow-up (three months on) held on time,
/// late or not at all, a held one followed by the next; completed at a discharge.
private func seedKIP(
    _ index: Int, case caseID: CaseID, coordinator: ActorID, requested: Day, start: Day, discharged: Day?,
    in tx: StoreTransaction
) throws {
    let today = Day(reportToday)!
    let activated = start.adding(days: 10)
    guard activated <= (discharged ?? today) else { return }
    let consent = try tx.grantConsent(
        case: caseID, to: .actor(coordinator), purpose: .treatment, categories: [.plan, .screening], from: requested,
        until: nil
    ).id!
    let plan = try tx.createPlan(case: caseID, kind: .kip).plan.id
    let due = activated.adding(months: 3)
    for change: PlanChange in [
        .setCoordinator(actor: coordinator), .addConsent(consent: consent),
        .addGoal(goal: GoalDraft(area: index % 2 == 0 ? .housing : .employment, description: "Mål")),
        .addFollowUp(due: due, purpose: "næste KIP-møde"), .activate(on: activated),
    ] {
        _ = try tx.changePlan(plan, change)
    }
    let lastDay = discharged ?? today
    let attendance = pick(index, 40, 100)
    let held = attendance < 55 ? due.adding(days: -pick(index, 41, 6)) : due.adding(days: 3 + pick(index, 41, 40))
    if attendance < 80, held <= lastDay {
        _ = try tx.changePlan(plan, .recordFollowUp(id: FollowUpID(1), held: held, outcome: "Mødet blev holdt"))
        _ = try tx.changePlan(plan, .addFollowUp(due: held.adding(months: 3), purpose: "næste KIP-møde"))
    }
    if let discharged {
        _ = try tx.changePlan(plan, .complete(on: discharged))
    }
}
