// Plans and tasks through the real binary: a KIP from draft to active, its versions and diffs, and tasks falling due.
import Foundation
import Testing

@Suite struct PlanWorkflowTests {
    /// A citizen with a case, a GP, a counsellor and a consent to the GP.
    private func seeded() throws -> CLIDatabase {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        _ = try db.id(["actor", "add", "--name", "Dr. Berg", "--kind", "gp"])
        _ = try db.id(["actor", "add", "--name", "Mette Friis", "--kind", "drug_treatment"])
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        _ = try db.id(["consent", "grant", "1", "--to", "1", "--categories", "plan", "--from", "2026-10-01"])
        return db
    }

    @Test func aKIPFromDraftToActiveWithEveryChangeAVersion() throws {
        let db = try seeded()
        let plan = try db.id(["plan", "new", "1", "--kind", "kip"])
        #expect(
            try db.run(["plan", "set", plan, "--part", "kip.challenges.citizen", "--text", "Ustabil bolig"]).status == 0
        )
        #expect(
            try db.run([
                "plan", "goal", "add", plan, "--area", "housing", "--description", "Fast bolig", "--target",
                "2027-06-01",
            ]).status == 0)
        let noResponsible = try db.run([
            "plan", "intervention", "add", plan, "--description", "Bostøtte", "--sector", "social",
        ])
        #expect(noResponsible.status == 2)
        #expect(noResponsible.stderr.hasPrefix("responsible:"))
        let unknownActor = try db.run([
            "plan", "intervention", "add", plan, "--description", "Bostøtte", "--sector", "social", "--responsible",
            "9",
        ])
        #expect(unknownActor.status == 2)
        #expect(unknownActor.stderr.hasPrefix("responsible:"))
        #expect(
            try db.run([
                "plan", "intervention", "add", plan, "--description", "Bostøtte", "--sector", "social", "--responsible",
                "2", "--goal", "1",
            ]).status == 0)
        let early = try db.run(["plan", "activate", plan, "--date", "2026-11-01"])
        #expect(early.status == 2)
        #expect(
            try db.run([
                "plan", "external", "add", plan, "--kind", "gp_treatment_plan", "--owner", "1", "--date", "2026-10-15",
                "--goals", "Stabil medicinering",
            ]).status == 0)
        #expect(try db.run(["plan", "coordinator", plan, "--actor", "2"]).status == 0)
        #expect(try db.run(["plan", "consent", plan, "--consent", "1"]).status == 0)
        #expect(
            try db.run(["plan", "followup", "add", plan, "--due", "2027-02-01", "--purpose", "Næste KIP-møde"]).status
                == 0)
        #expect(
            try db.run([
                "plan", "meeting", "add", plan, "--date", "2026-11-01", "--participants", "1,2", "--citizen-present",
                "no",
            ]).status == 0)
        let activated = try db.run(["plan", "activate", plan, "--date", "2026-11-01"])
        #expect(activated.status == 0, "\(activated.stderr)")
        #expect(activated.stdout.hasPrefix("\(plan)\tversion 10\t"))

        let shown = try db.run(["plan", "show", plan]).stdout
        #expect(shown.contains("aktiv, version 10"))
        #expect(shown.contains("Lægens behandlingsplan (aktør 1, 2026-10-15): Stabil medicinering"))
        #expect(shown.contains("Bostøtte (socialområdet, ansvarlig aktør 2)"))
        #expect(shown.contains("AFVENTER borgerens accept"))
        #expect(
            try db.run([
                "plan", "meeting", "accept", plan, "--meeting", "1", "--date", "2026-11-05", "--method", "phone",
            ]).status == 0)
        #expect(!(try db.run(["plan", "show", plan]).stdout.contains("AFVENTER")))

        let history = try db.run(["plan", "history", plan]).stdout.split(separator: "\n")
        #expect(history.count == 11)
        #expect(history[0].contains("sagsbehandler1"))
        let diff = try db.run(["plan", "diff", plan, "2", "4"]).stdout
        #expect(diff.contains("Mål 1 tilføjet: Fast bolig"))
        #expect(diff.contains("Indsats 1 tilføjet: Bostøtte"))
        #expect(!diff.contains("Ustabil bolig"))
        #expect(try db.run(["plan", "show", plan, "--version", "2"]).stdout.contains("kladde, version 2"))
        #expect(try db.run(["plan", "diff", plan, "2", "99"]).status == 2)
        #expect(try db.run(["audit", "verify"]).status == 0)
    }

    @Test func aHandleplanIsRefusedForAnAnonymousCase() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--anonymous", "--name", "Kim"])
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101a", "--requested", "2026-10-01"])
        let refused = try db.run(["plan", "new", "1", "--kind", "handleplan"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("kind:"))
        #expect(try db.count("plan") == 0)
    }

    @Test func tasksFallDueAndAreDone() throws {
        let db = try seeded()
        let overdue = try db.id([
            "task", "add", "--title", "Send KIP til egen læge", "--assignee", "2", "--case", "1", "--due", "2026-11-10",
        ])
        _ = try db.id(["task", "add", "--title", "Ring til borger", "--assignee", "tovholder", "--due", "2026-12-01"])
        let listed = try db.run(["task", "list", "--today", "2026-11-20"]).stdout.split(separator: "\n")
        #expect(listed.count == 2)
        #expect(listed[0].hasSuffix("OVERSKREDET"))
        #expect(try db.run(["task", "list", "--due-before", "2026-11-15"]).stdout.split(separator: "\n").count == 1)
        #expect(try db.run(["task", "list", "--assignee", "tovholder"]).stdout.contains("Ring til borger"))
        #expect(try db.run(["task", "done", overdue]).status == 0)
        #expect(try db.run(["task", "list"]).stdout.split(separator: "\n").count == 1)
        #expect(try db.run(["task", "add", "--title", "X", "--assignee", "77"]).stderr.hasPrefix("assignee:"))
    }
}

@Suite struct PlanFollowThroughTests {
    @Test func checkListsEverythingMissingAndTheCaseCoordinatorReachesTheKIP() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let counsellor = try db.id(["actor", "add", "--name", "Mette Friis", "--kind", "drug_treatment"])
        let mentor = try db.id(["actor", "add", "--name", "Ole Berg", "--kind", "mentor"])
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        let plan = try db.id(["plan", "new", "1", "--kind", "kip"])
        let check = try db.run(["plan", "check", plan, "--date", "2026-11-01"])
        #expect(check.status == 1)
        let fields = check.stderr.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
        #expect(Set(fields).isSuperset(of: ["coordinator", "consent", "goals"]))
        #expect(fields.count >= 4)
        // Setting the case's coordinator writes it into the open KIP, as a new version.
        #expect(try db.run(["coordinator", "set", "1", "--actor", counsellor, "--date", "2026-10-05"]).status == 0)
        #expect(try db.run(["plan", "show", plan]).stdout.contains("Tovholder: aktør \(counsellor)"))
        #expect(
            try db.run([
                "coordinator", "set", "1", "--actor", mentor, "--date", "2027-01-10", "--reason", "job i fokus",
            ]).status == 0)
        #expect(try db.run(["plan", "show", plan]).stdout.contains("Tovholder: aktør \(mentor)"))
        #expect(try db.run(["plan", "history", plan]).stdout.split(separator: "\n").count == 3)
        #expect(try db.run(["coordinator", "show", "1"]).stdout.split(separator: "\n").count == 2)
        let stillMissing = try db.run(["plan", "check", plan, "--date", "2026-11-01"]).stderr
        #expect(!stillMissing.contains("coordinator:"))
    }

    @Test func interventionsFollowUpsAndTasksAreClosed() throws {
        let db = try CLIDatabase()
        _ = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let counsellor = try db.id(["actor", "add", "--name", "Mette Friis", "--kind", "drug_treatment"])
        _ = try db.id(["case", "open", "--citizen", "1", "--basis", "sel101", "--requested", "2026-10-01"])
        let plan = try db.id(["plan", "new", "1", "--kind", "behandlingsplan"])
        #expect(
            try db.run([
                "plan", "intervention", "add", plan, "--description", "Samtaler", "--sector", "health", "--responsible",
                counsellor,
            ]).status == 0)
        #expect(
            try db.run(["plan", "intervention", "status", plan, "--intervention", "1", "--status", "active"]).status
                == 0)
        #expect(try db.run(["plan", "followup", "add", plan, "--due", "2027-01-15"]).status == 0)
        #expect(try db.run(["plan", "followup", "cancel", plan, "--followup", "1"]).status == 0)
        let shown = try db.run(["plan", "show", plan]).stdout
        #expect(shown.contains("Samtaler (sundhedsområdet, ansvarlig aktør \(counsellor)) — i gang"))
        #expect(shown.contains("1. 2027-01-15 — aflyst"))
        #expect(
            try db.run(["plan", "intervention", "status", plan, "--intervention", "9", "--status", "active"]).status
                == 2)
        let backwards = try db.run([
            "plan", "intervention", "add", plan, "--description", "X", "--sector", "social", "--from", "2027-02-01",
            "--until", "2027-01-01", "--lang", "en",
        ])
        #expect(backwards.stderr == "until: The end date is before the start date 2027-02-01.\n")
        let endOnly = try db.run([
            "plan", "intervention", "add", plan, "--description", "X", "--sector", "social", "--until", "2027-01-01",
        ])
        #expect(endOnly.status == 2)
        #expect(endOnly.stderr.hasPrefix("until:"))
        let task = try db.id(["task", "add", "--title", "Book samtale", "--assignee", counsellor])
        #expect(try db.run(["task", "cancel", task]).status == 0)
        #expect(try db.run(["task", "list"]).stdout.isEmpty)
        #expect(try db.run(["task", "done", task]).status == 2)
    }
}
