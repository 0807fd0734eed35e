// Scenarios of the basic psychiatric screening through the shipped workflows: the psychologist, the GP's summary
// only with consent, dual diagnosis and the integrated treatment referral, urgent signs, and a negative screening.
import Foundation
import Testing

@Suite struct WorkflowScreeningScenarioTests {
    static let psychologist = "Psykologvurdering efter positiv basisscreening"
    static let integrated = "Henvis til regionens integrerede behandling for psykisk lidelse og misbrug"
    static let gpConsent = "Indhent samtykke: resumé af basisscreeningen til egen læge"

    /// A started case; returns the scenario and the case.
    private func started() throws -> (WorkflowScenario, String) {
        let scenario = try WorkflowScenario()
        let caseID = try scenario.openCase(requested: "2026-10-01")
        try scenario.ok(["case", "start", caseID, "--date", "2026-10-05"])
        return (scenario, caseID)
    }

    /// Runs the basisscreening on the case with `answers` (a file) on `day`; returns the response's id.
    private func screen(
        _ scenario: WorkflowScenario, _ caseID: String, answers: String = WorkflowScenario.positiveBasisscreening,
        day: String = "2026-10-20", sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let result = try scenario.run([
            "screen", "run", "basisscreening", "--case", caseID, "--answers", answers, "--date", day, "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        return try #require(try jsonObject(result.stdout).responseID, sourceLocation: sourceLocation)
    }

    /// The positive example answers with `changes` applied, written next to the database.
    private func answers(_ scenario: WorkflowScenario, _ name: String, _ changes: [String: Int]) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: WorkflowScenario.positiveBasisscreening))
        var answers = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for (item, value) in changes { answers[item] = value }
        let text = String(
            decoding: try JSONSerialization.data(withJSONObject: answers, options: [.sortedKeys]), as: UTF8.self)
        return try scenario.db.folder.write(name, text)
    }

    @Test func aPositiveScreeningGoesToThePsychologistAndTheGPWithConsent() throws {
        let (scenario, caseID) = try started()
        try scenario.participant(caseID, WorkflowScenario.gp, role: "egen læge")
        let consent = try scenario.consent(caseID, to: "gp", "screening")
        let response = try screen(scenario, caseID)

        let psychologist = try scenario.openTask(titled: Self.psychologist)
        #expect(psychologist.object("assignee").string("role") == "psykolog")
        #expect(psychologist.string("due") == "2026-11-03", "14 days after the screening")
        #expect(psychologist.string("note")?.contains("Henvis borgeren til en psykolog") == true)

        let messages = try scenario.outbox()
        #expect(messages.count == 1, "\(messages)")
        let summary = try #require(messages.first)
        #expect(summary.id("recipient") == WorkflowScenario.gp)
        #expect(summary.string("subject") == "Resumé af basisscreening 2026-10-20")
        #expect(summary.string("document") == "screening_response:\(response)")
        #expect(summary.strings("categories") == ["screening"])
        #expect((summary["consents"] as? [Int])?.map(String.init) == [consent])
        #expect(summary.object("origin").string("rule") == "screening.basis_positive")

        // No sign of a mental illness besides the screening: no dual diagnosis.
        #expect(try scenario.openTasks(titled: Self.integrated).isEmpty)
        #expect(try scenario.openTasks(titled: "Indhent samtykke").isEmpty)
        #expect(try scenario.flags(caseID).isEmpty)
        #expect(
            try scenario.effects(caseID, on: "screening.completed").map { $0.string("kind") } == ["task", "outbox"])
    }

    @Test func withoutConsentNothingGoesToTheGPAndTheConsentIsAskedFor() throws {
        let (scenario, caseID) = try started()
        try scenario.participant(caseID, WorkflowScenario.gp, role: "egen læge")
        try scenario.consent(caseID, to: "gp", "plan")  // plans, not screenings
        _ = try screen(scenario, caseID)

        #expect(try scenario.outbox().isEmpty)
        #expect(try scenario.db.count("outbox_message") == 0)
        let obtain = try scenario.openTask(titled: Self.gpConsent)
        #expect(obtain.string("due") == "2026-10-27")
        #expect(obtain.object("assignee").string("role") == "tovholder")
        #expect(try scenario.openTasks(titled: Self.psychologist).count == 1)
        let effects = try scenario.effects(caseID, on: "screening.completed")
        #expect(effects.map { $0.string("kind") } == ["task", "outbox_refused", "task"], "\(effects)")
        #expect(effects[1].string("subject") == "actor:\(WorkflowScenario.gp)")
    }

    @Test func inOutpatientPsychiatryAPositiveScreeningIsADualDiagnosis() throws {
        let (scenario, caseID) = try started()
        try scenario.participant(caseID, WorkflowScenario.psychiatry, role: "ambulant psykiatri")
        _ = try screen(scenario, caseID)

        #expect(try scenario.flags(caseID) == ["dual_diagnosis": "true"])
        let referral = try scenario.openTask(titled: Self.integrated)
        #expect(referral.string("due") == "2026-11-03", "the region starts within 14 days of the referral")
        #expect(referral.object("assignee").string("role") == "tovholder")
        // No GP takes part: no message, and no consent to ask for.
        #expect(try scenario.outbox().isEmpty)
        #expect(try scenario.openTasks(titled: "Indhent samtykke").isEmpty)
        let dual = try scenario.effects(caseID, on: "screening.completed").filter {
            $0.string("rule") == "screening.dual_diagnosis"
        }
        #expect(dual.first?.string("summary") == "flag dual_diagnosis = true")
        #expect(dual.map { $0.string("kind") } == ["flag", "task"])

        // A second positive screening: a second psychologist task (per response), still one referral.
        _ = try screen(scenario, caseID, day: "2026-12-01")
        #expect(try scenario.openTasks(titled: Self.psychologist).count == 2)
        #expect(try scenario.openTasks(titled: Self.integrated).count == 1)
    }

    @Test func signsOfPsychosisAndSuicideRiskWithoutPsychiatry() throws {
        let (scenario, caseID) = try started()
        let file = try answers(scenario, "signs.json", ["psy1": 1, "sui1": 1])
        _ = try screen(scenario, caseID, answers: file)
        #expect(try scenario.flags(caseID) == ["dual_diagnosis": "true"])
        #expect(try scenario.openTasks(titled: Self.integrated).count == 1)
        let urgent = try scenario.openTask(titled: "Akut: tegn på selvmordsrisiko")
        #expect(urgent.string("due") == "2026-10-20", "the same day")
    }

    @Test func aNegativeScreeningMakesNothing() throws {
        let (scenario, caseID) = try started()
        try scenario.participant(caseID, WorkflowScenario.gp, role: "egen læge")
        try scenario.participant(caseID, WorkflowScenario.psychiatry, role: "ambulant psykiatri")
        try scenario.consent(caseID, to: "gp", "screening")
        let data = try Data(contentsOf: URL(fileURLWithPath: WorkflowScenario.positiveBasisscreening))
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys
        let file = try answers(scenario, "zero.json", Dictionary(uniqueKeysWithValues: items.map { ($0, 0) }))
        let before = try scenario.openTasks().count
        _ = try screen(scenario, caseID, answers: file)
        #expect(try scenario.openTasks().count == before)
        #expect(try scenario.outbox().isEmpty)
        #expect(try scenario.flags(caseID).isEmpty)
        let completed = try #require(try scenario.history(caseID).first { $0.string("kind") == "screening.completed" })
        #expect((completed["effects"] as? [[String: Any]])?.isEmpty == true)
    }
}

@Suite struct CaseFlagCommandTests {
    @Test func aCaseworkerSetsMentalIllnessAndTheDualDiagnosisRuleReadsIt() throws {
        let db = try CLIDatabase()
        let citizen = try db.id(["citizen", "add", "--cpr", "0101901235", "--name", "Jens Hansen"])
        let caseID = try db.id(["case", "open", "--citizen", citizen, "--basis", "sel101", "--requested", "2026-01-05"])
        let bad = try db.run(["case", "flag", caseID, "mental_illness", "--value", "maybe"])
        #expect(bad.status == 2)
        #expect(bad.firstErrorLine.contains("'maybe'"), "\(bad.stderr)")
        let badName = try db.run(["case", "flag", caseID, "Mental-Illness"])
        #expect(badName.status == 2)
        #expect(try db.run(["case", "flag", caseID, "mental_illness"]).status == 0)
        let flags = try db.run(["case", "flags", caseID])
        #expect(flags.stdout.hasPrefix("mental_illness\ttrue\t"), "\(flags.stdout)")
        #expect(flags.stdout.contains("sagsbehandler1"))
        let screened = try db.run([
            "screen", "run", "basisscreening", "--case", caseID, "--answers", WorkflowScenario.positiveBasisscreening,
            "--date", "2026-01-20",
        ])
        #expect(screened.status == 0, "\(screened.stderr)")
        #expect(try db.run(["case", "flags", caseID]).stdout.contains("dual_diagnosis\ttrue"))
        #expect(try db.run(["task", "list"]).stdout.contains("integrerede behandling"))
        #expect(try db.run(["case", "flag", caseID, "mental_illness", "--clear"]).status == 0)
        #expect(!(try db.run(["case", "flags", caseID]).stdout.contains("mental_illness")))
    }
}
