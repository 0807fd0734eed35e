// Versions: every change makes exactly one new, numbered version with author, time and summary.
import Foundation
import Testing

@testable import Core

@Suite struct PlanVersionTests {
    typealias F = PlanFixtures

    @Test func theFirstVersionCreatesThePlan() throws {
        let first = try F.draft(.kip).current
        #expect(first.number == 1)
        #expect(first.author == F.user)
        #expect(first.time == F.time)
        #expect(first.summary.text(.english) == "plan created: Coordinated plan (KIP)")
        #expect(first.summary.text(.danish) == "plan oprettet: Koordinerende indsatsplan (KIP)")
    }

    @Test func aVersionNeedsAnAuthor() throws {
        #expect(throws: DomainError(field: "user", PlanProblem.required)) {
            try PlanHistory(
                creating: PlanID(1), case: CaseID(7), kind: .kip, caseIsAnonymous: false, by: " ", at: F.time)
        }
        var history = try F.readyKIP()
        #expect(throws: DomainError(field: "user", PlanProblem.required)) {
            try history.apply(.setGoalStatus(id: GoalID(1), status: .achieved), by: "", at: F.time)
        }
    }

    static let changes: [(PlanChange, String)] = [
        (.setText(part: .challengesCitizen, text: "Sleeps badly"), "3. Challenges seen by the citizen changed"),
        (.addGoal(goal: GoalDraft(area: .housing, description: "Own flat")), "goal 2 added: Own flat"),
        (
            .updateGoal(id: GoalID(1), goal: GoalDraft(area: .substanceUse, description: "No injecting")),
            "goal 1 changed: No injecting"
        ),
        (.setGoalStatus(id: GoalID(1), status: .achieved), "goal 1: achieved"),
        (
            .addIntervention(
                intervention: InterventionDraft(description: "Mentor", sector: .employment, responsible: ActorID(13))),
            "intervention 2 added: Mentor"
        ),
        (.setInterventionStatus(id: InterventionID(1), status: .active), "intervention 1: active"),
        (.addFollowUp(due: PlanFixtures.day("2026-03-01"), purpose: "status"), "follow-up 2 planned for 2026-03-01"),
        (
            .recordFollowUp(id: FollowUpID(1), held: PlanFixtures.day("2026-04-15"), outcome: "fine"),
            "follow-up 1 held on 2026-04-15"
        ),
        (
            .rescheduleFollowUp(id: FollowUpID(1), due: PlanFixtures.day("2026-05-01")),
            "follow-up 1 moved to 2026-05-01"
        ),
        (.cancelFollowUp(id: FollowUpID(1)), "follow-up 1 cancelled"),
        (
            .addMeeting(
                meeting: MeetingDraft(day: PlanFixtures.day("2026-01-10"), participants: [], citizenPresent: true)),
            "meeting 1 on 2026-01-10 recorded"
        ),
        (.setCoordinator(actor: ActorID(13)), "coordinator: actor 13"),
        (.addParticipant(actor: ActorID(13)), "participant added: actor 13"),
        (.addConsent(consent: ConsentID(22)), "consent 22 added"),
        (.removeConsent(consent: ConsentID(21)), "consent 21 removed"),
        (.addExternalPlan(plan: KIPTests.gpPlan), "external plan 1 added: The GP's treatment plan"),
        (.linkPlan(plan: PlanID(5), version: 2), "plan 5 version 2 linked in the survey"),
        (.complete(on: PlanFixtures.day("2026-06-01")), "plan completed on 2026-06-01"),
        (.revoke(on: PlanFixtures.day("2026-06-01"), reason: " moved away "), "plan revoked on 2026-06-01: moved away"),
    ]

    @Test(arguments: changes)
    func everyChangeMakesExactlyOneVersion(change: PlanChange, summary: String) throws {
        var history = try F.activeKIP()
        let before = history
        let later = F.time.addingTimeInterval(3600)
        let version = try history.apply(change, by: "lars", at: later)
        #expect(history.versions.count == before.versions.count + 1)
        #expect(version == history.current)
        #expect(version.number == 8)
        #expect(version.author == "lars")
        #expect(version.time == later)
        #expect(version.change == change)
        #expect(version.summary.text(.english) == summary)
        #expect(version.plan != before.plan)
        #expect(Array(history.versions.prefix(7)) == before.versions)
    }

    @Test func summariesAreWrittenInDanishToo() throws {
        let history = try F.applying(
            [
                .addGoal(goal: GoalDraft(area: .housing, description: "Egen bolig")),
                .setGoalStatus(id: GoalID(2), status: .partlyAchieved),
            ], to: F.activeKIP())
        #expect(history.version(8)?.summary.text(.danish) == "mål 2 tilføjet: Egen bolig")
        #expect(history.version(9)?.summary.text(.danish) == "mål 2: delvist opnået")
        #expect(history.version(7)?.summary.text(.danish) == "plan aktiveret 2026-01-15")
    }

    @Test func clearingATextSaysSo() throws {
        let history = try F.applying(
            [.setText(part: .purpose, text: "Stable life"), .setText(part: .purpose, text: " ")],
            to: F.draft(.handleplan))
        #expect(history.current.summary.text(.english) == "Purpose cleared")
        #expect(history.current.summary.text(.danish) == "Formål ryddet")
    }

    @Test func aRefusedChangeLeavesTheHistoryAsItWas() throws {
        var history = try F.activeKIP()
        let before = history
        #expect(throws: DomainError.self) {
            try history.apply(.setGoalStatus(id: GoalID(7), status: .achieved), by: F.user, at: F.time)
        }
        #expect(history == before)
    }

    @Test func applyingToAVersionLeavesThatVersionAsItWas() throws {
        let version = try F.activeKIP().current
        let copy = version
        let next = try version.applying(.setGoalStatus(id: GoalID(1), status: .achieved), by: F.user, at: F.time)
        #expect(version == copy)
        #expect(version.plan.goal(GoalID(1))?.status == .notStarted)
        #expect(next.plan.goal(GoalID(1))?.status == .achieved)
        #expect(next.number == version.number + 1)
    }

    @Test func aHistoryIsRebuiltFromStoredVersionsInAnyOrder() throws {
        let history = try F.fullKIP()
        #expect(try PlanHistory(versions: history.versions.reversed()) == history)
        #expect(history.version(0) == nil)
        #expect(history.version(history.versions.count + 1) == nil)
        #expect(history.version(3)?.number == 3)
    }

    @Test func aBrokenHistoryIsRefused() throws {
        let versions = try F.activeKIP().versions
        let other = try PlanHistory(
            creating: PlanID(2), case: CaseID(7), kind: .kip, caseIsAnonymous: false, by: F.user, at: F.time)
        let broken = DomainError(field: "version", PlanProblem.brokenHistory)
        #expect(throws: broken) { try PlanHistory(versions: []) }
        #expect(throws: broken) { try PlanHistory(versions: versions.filter { $0.number != 3 }) }
        #expect(throws: broken) { try PlanHistory(versions: versions + [versions[6]]) }
        #expect(throws: broken) { try PlanHistory(versions: Array(versions.dropFirst())) }
        #expect(throws: broken) { try PlanHistory(versions: [other.current] + versions.dropFirst()) }
    }

    @Test func aFullKIPSurvivesAJSONRoundTrip() throws {
        let history = try F.fullKIP()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = .sortedKeys
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        let stored = try history.versions.map { try encoder.encode($0) }
        let restored = try PlanHistory(versions: stored.map { try decoder.decode(PlanVersion.self, from: $0) })
        #expect(restored == history)
        let plan = restored.plan
        #expect(plan.kind == .kip)
        #expect(plan.status == .active)
        #expect(plan.content.kip?.survey.externalPlans.count == 1)
        #expect(plan.meetings.first?.acceptance?.method == .phone)
        #expect(plan.interventions.last?.period == Period(start: F.day("2026-01-20")))
        let last = try #require(stored.last)
        let json = try #require(String(data: last, encoding: .utf8))
        #expect(json.contains(#""kind":"kip""#))
        #expect(json.contains(#""due":"2026-04-15""#))
    }

    @Test func changesDecodeFromTheJSONTheLuaAPISends() throws {
        let decoder = JSONDecoder()
        let addGoal =
            #"{"addGoal":{"goal":{"area":"housing","description":"Own flat","harmReduction":true,"priority":1}}}"#
        #expect(
            try decoder.decode(PlanChange.self, from: Data(addGoal.utf8))
                == .addGoal(goal: GoalDraft(area: .housing, description: "Own flat", harmReduction: true, priority: 1)))
        let activate = #"{"activate":{"on":"2026-01-15"}}"#
        #expect(try decoder.decode(PlanChange.self, from: Data(activate.utf8)) == .activate(on: F.day("2026-01-15")))
        let text = #"{"setText":{"part":"kip.challenges.citizen","text":"Sleeps badly"}}"#
        #expect(
            try decoder.decode(PlanChange.self, from: Data(text.utf8))
                == .setText(part: .challengesCitizen, text: "Sleeps badly"))
    }
}
