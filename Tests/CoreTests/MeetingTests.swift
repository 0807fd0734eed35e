// Meetings: who took part, and the absent citizen's later acceptance of the plan.
import Testing

@testable import Core

@Suite struct MeetingTests {
    typealias F = PlanFixtures

    static func meeting(citizenPresent: Bool) -> PlanChange {
        .addMeeting(
            meeting: MeetingDraft(
                day: PlanFixtures.day("2026-01-10"),
                participants: [PlanFixtures.gp, PlanFixtures.counsellor, PlanFixtures.gp],
                citizenPresent: citizenPresent, note: " Plan meeting "))
    }

    @Test func aMeetingTheCitizenAttendedAwaitsNothing() throws {
        let history = try F.applying([Self.meeting(citizenPresent: true)], to: F.readyKIP())
        let meeting = try #require(history.plan.meeting(MeetingID(1)))
        #expect(meeting.participants == [F.gp, F.counsellor].sorted())
        #expect(meeting.note == "Plan meeting")
        #expect(!meeting.isAwaitingAcceptance)
        #expect(history.plan.meetingsAwaitingAcceptance.isEmpty)
    }

    @Test func aMeetingTheCitizenMissedAwaitsAcceptanceUntilItIsRecorded() throws {
        var history = try F.applying([Self.meeting(citizenPresent: false)], to: F.readyKIP())
        #expect(history.plan.meetingsAwaitingAcceptance.map(\.id) == [MeetingID(1)])
        try history.apply(
            .recordCitizenAcceptance(
                meeting: MeetingID(1),
                acceptance: CitizenAcceptance(day: F.day("2026-01-12"), method: .phone, note: "ok ")),
            by: F.user, at: F.time)
        let meeting = try #require(history.plan.meeting(MeetingID(1)))
        #expect(meeting.acceptance == CitizenAcceptance(day: F.day("2026-01-12"), method: .phone, note: "ok"))
        #expect(!meeting.isAwaitingAcceptance)
        #expect(history.plan.meetingsAwaitingAcceptance.isEmpty)
    }

    @Test func acceptanceCanFollowActivation() throws {
        let history = try F.applying(
            [
                Self.meeting(citizenPresent: false), .activate(on: F.day("2026-01-15")),
                .recordCitizenAcceptance(
                    meeting: MeetingID(1), acceptance: CitizenAcceptance(day: F.day("2026-01-20"), method: .written)),
            ], to: F.readyKIP())
        #expect(history.plan.meetingsAwaitingAcceptance.isEmpty)
    }

    @Test func noAcceptanceIsRecordedForAMeetingTheCitizenAttended() throws {
        var history = try F.applying([Self.meeting(citizenPresent: true)], to: F.readyKIP())
        #expect(throws: DomainError(field: "meeting", PlanProblem.citizenWasPresent)) {
            try history.apply(
                .recordCitizenAcceptance(
                    meeting: MeetingID(1), acceptance: CitizenAcceptance(day: F.day("2026-01-12"), method: .phone)),
                by: F.user, at: F.time)
        }
    }

    @Test func acceptanceIsRecordedOnceAndNotBeforeTheMeeting() throws {
        var history = try F.applying([Self.meeting(citizenPresent: false)], to: F.readyKIP())
        #expect(throws: DomainError(field: "date", PlanProblem.dayBefore(F.day("2026-01-10")))) {
            try history.apply(
                .recordCitizenAcceptance(
                    meeting: MeetingID(1), acceptance: CitizenAcceptance(day: F.day("2026-01-09"), method: .inPerson)),
                by: F.user, at: F.time)
        }
        try history.apply(
            .recordCitizenAcceptance(
                meeting: MeetingID(1), acceptance: CitizenAcceptance(day: F.day("2026-01-10"), method: .inPerson)),
            by: F.user, at: F.time)
        #expect(throws: DomainError(field: "meeting", PlanProblem.acceptanceAlreadyRecorded)) {
            try history.apply(
                .recordCitizenAcceptance(
                    meeting: MeetingID(1), acceptance: CitizenAcceptance(day: F.day("2026-01-11"), method: .video)),
                by: F.user, at: F.time)
        }
    }

    @Test func anUnknownMeetingIsNamed() throws {
        var history = try F.readyKIP()
        #expect(throws: DomainError(field: "meeting", PlanProblem.unknownMeeting(MeetingID(2)))) {
            try history.apply(
                .recordCitizenAcceptance(
                    meeting: MeetingID(2), acceptance: CitizenAcceptance(day: F.day("2026-01-11"), method: .video)),
                by: F.user, at: F.time)
        }
    }
}
