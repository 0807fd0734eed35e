// Golden files of the shipped reports on a fixed database, in every format: a change in a report or a renderer shows as a diff.
import Core
import Foundation
import Packs
import Reports
import Store
import Testing

@testable import Scripting

/// A fixed little municipality: six cases of the four legal bases requested across a month end and
/// the leap day 2028-02-29, started on time, late or not at all, one other-offer choice, one
/// discharge; one active KIP with goals in four categories and follow-ups held on time, late and
/// not at all; consents to the GP (plans) and psychiatry (plans, health); basic screenings, an ASI at
/// intake and at follow-up, an AUDIT. The clock is fixed, so `generatedAt` never changes.
final class ReportGoldenWorld {
    let folder: TemporaryFolder
    let database: TovholderDatabase
    static let now = Date(timeIntervalSince1970: 1_835_000_000)  // 2028-02-22

    init() throws {
        folder = try TemporaryFolder()
        database = try TovholderDatabase(path: folder.path + "/golden.sqlite", clock: { ReportGoldenWorld.now })
        try database.migrate()
        try database.write(AuditContext(user: "golden", command: "seed")) { tx in try Self.seed(tx) }
    }

    static func day(_ text: String) -> Day { Day(text)! }

    private static func seed(_ tx: StoreTransaction) throws {
        let municipality = try MunicipalityCode("0751")
        let names = ["Jens Hansen", "Maria Jensen", "Ole Olsen", "Eva Berg", "Kim Lund"]
        let cprs = ["0101901235", "1207854422", "0202801239", "0303751240", "0404701231"]
        var citizens: [CitizenID] = []
        for (name, cpr) in zip(names, cprs) {
            citizens.append(try tx.addCitizen(try Citizen(name: name, cpr: try CPRNumber(cpr))).id!)
        }
        let anonymous = try tx.addCitizen(try Citizen(name: "Anonym", pseudonym: "ANON-1")).id!
        let gp = try tx.addActor(try Actor(name: "Lægehuset Nord", kind: .gp, form: .organisation)).id!
        let worker = try tx.addActor(try Actor(name: "Mette Friis", kind: .drugTreatment)).id!
        let psychiatry = try tx.addActor(
            try Actor(name: "Psykiatrien Øst", kind: .outpatientPsychiatry, form: .organisation)
        ).id!
        func open(_ citizen: CitizenID, _ basis: LegalBasis, _ requested: String) throws -> CaseID {
            try tx.openCase(citizen: citizen, basis: basis, municipality: municipality, requested: day(requested)).id!
        }
        func start(_ id: CaseID, _ when: String) throws {
            _ = try tx.changeCase(id, action: "start") { treatmentCase in
                _ = try treatmentCase.start(on: day(when))
                return "start"
            }
        }
        let first = try open(citizens[0], .sel101, "2028-01-25")
        try start(first, "2028-02-01")
        try start(try open(citizens[1], .sul141, "2028-01-31"), "2028-02-16")
        _ = try open(citizens[2], .sel101, "2028-02-15")
        let fourth = try open(citizens[3], .sul142, "2028-02-01")
        _ = try tx.changeCase(fourth, action: "other offer") {
            try $0.recordOtherOfferChoice(reason: "Privat tilbud", on: day("2028-02-03"))
            return "other offer"
        }
        try start(try open(citizens[4], .sel101, "2028-02-29"), "2028-03-14")
        _ = try open(anonymous, .sel101a, "2028-02-10")

        _ = try tx.addParticipant(case: first, actor: gp, role: "egen læge", from: day("2028-01-25"))
        _ = try tx.addParticipant(case: first, actor: psychiatry, role: nil, from: day("2028-01-25"))
        _ = try tx.setCoordinator(case: first, actor: worker, on: day("2028-02-01"), reason: nil)
        let consent = try tx.grantConsent(
            case: first, to: .actor(gp), purpose: .treatment, categories: [.plan], from: day("2028-02-01"), until: nil)
        _ = try tx.grantConsent(
            case: first, to: .kind(.outpatientPsychiatry), purpose: .treatment, categories: [.plan, .health],
            from: day("2028-02-01"), until: nil)
        let plan = try tx.createPlan(case: first, kind: .kip).plan.id
        for change: PlanChange in [
            .setText(part: .challengesCitizen, text: "Vil gerne have en fast bolig og beholde jobbet."),
            .setText(part: .challengesPractitioners, text: "Uregelmæssigt fremmøde."),
            .addGoal(goal: GoalDraft(area: .housing, description: "Fast bolig", targetDate: day("2028-08-01"))),
            .addGoal(goal: GoalDraft(area: .mentalHealth, description: "Færre angstanfald")),
            .addGoal(goal: GoalDraft(area: .substanceUse, description: "Mindre forbrug", harmReduction: true)),
            .addGoal(goal: GoalDraft(area: .employment, description: "Beholde jobbet")),
            .addIntervention(
                intervention: InterventionDraft(
                    description: "Samtaler om angst", sector: .health, responsible: psychiatry)),
            .addIntervention(
                intervention: InterventionDraft(description: "Bostøtte", sector: .social, responsible: worker)),
            .setCoordinator(actor: worker), .addConsent(consent: consent.id!),
            .addFollowUp(due: day("2028-05-01"), purpose: "Næste KIP-møde"),
            .addMeeting(
                meeting: MeetingDraft(day: day("2028-02-10"), participants: [gp, worker], citizenPresent: false)),
            .activate(on: day("2028-02-10")),
            // Follow-ups for the statistics: one held on time, one held late, one not held.
            .addFollowUp(due: day("2028-02-15"), purpose: "Opfølgning"),
            .recordFollowUp(id: FollowUpID(2), held: day("2028-02-14"), outcome: "Holdt"),
            .addFollowUp(due: day("2028-02-18"), purpose: "Opfølgning"),
            .recordFollowUp(id: FollowUpID(3), held: day("2028-02-21"), outcome: "Holdt sent"),
            .addFollowUp(due: day("2028-02-21"), purpose: "Opfølgning"),
        ] {
            try tx.changePlan(plan, change)
        }
        try seedScreenings(tx, first: first, second: CaseID(2), fifth: CaseID(5))
        try seedOtherPlans(tx, first: first, second: CaseID(2), worker: worker)
    }

    /// An action plan on the first case and a treatment plan on the second, for their documents.
    private static func seedOtherPlans(_ tx: StoreTransaction, first: CaseID, second: CaseID, worker: ActorID) throws {
        let handleplan = try tx.createPlan(case: first, kind: .handleplan).plan.id
        for change: PlanChange in [
            .setText(part: .purpose, text: "En stabil hverdag med egen bolig."),
            .setText(part: .efforts, text: "Bostøtte og samtaleforløb."),
            .addGoal(goal: GoalDraft(area: .housing, description: "Egen lejlighed")),
        ] {
            try tx.changePlan(handleplan, change)
        }
        let treatment = try tx.createPlan(case: second, kind: .behandlingsplan).plan.id
        for change: PlanChange in [
            .setText(part: .treatmentOffer, text: "Ambulant alkoholbehandling."),
            .setText(part: .treatmentMethod, text: "Motivationssamtaler og antabus."),
            .setText(part: .treatmentFrequency, text: "To gange om ugen."),
            .addGoal(
                goal: GoalDraft(area: .substanceUse, description: "Ingen alkohol på hverdage", harmReduction: true)),
            .addIntervention(
                intervention: InterventionDraft(description: "Samtaler", sector: .health, responsible: worker)),
            .addFollowUp(due: day("2028-04-15"), purpose: "Statussamtale"),
        ] {
            try tx.changePlan(treatment, change)
        }
    }

    /// A positive and a negative basic screening, an ASI at intake and at follow-up on the first
    /// case, and a positive AUDIT: what the statistics count.
    private static func seedScreenings(_ tx: StoreTransaction, first: CaseID, second: CaseID, fifth: CaseID) throws {
        func complete(_ caseID: CaseID, _ flow: String, _ when: String, _ scores: [(String, Double)], _ flags: [String])
            throws
        {
            let reference = FlowReference(
                id: flow, version: SemanticVersion(1, 0, 0), pack: "dk.tovholder.screening",
                packVersion: SemanticVersion(1, 0, 0))
            var response = ScreeningResponse(
                caseID: caseID, flow: reference, day: day(when), startedAt: now, startedBy: "golden")
            try response.complete(
                answers: [:], settings: [:],
                result: ScreeningResult(scores: scores.map { ScoreValue(id: $0.0, value: $0.1) }, flags: flags),
                at: now, by: "golden")
            _ = try tx.completeScreening(response)
        }
        do {
            try complete(first, "basisscreening", "2028-02-02", [("depression", 10)], ["depression_positive"])
            try complete(second, "basisscreening", "2028-02-17", [("depression", 2)], [])
            try complete(fifth, "audit", "2028-03-01", [("total", 12)], ["audit_c_positive"])
            let intake: [(String, Double)] = [
                ("medical", 0.3), ("employment", 0.5), ("alcohol", 0.72), ("drug", 0.1), ("legal", 0),
                ("family", 0.45), ("psychiatric", 0.4),
            ]
            try complete(first, "asi", "2028-02-03", intake, ["alcohol_considerable"])
            try complete(first, "asi", "2028-03-15", intake.map { ($0.0, $0.1 * 0.5) }, [])
        }
    }
}

@Suite struct ReportGoldenTests {
    static let folder = Paths.fixtures + "/golden"

    /// The report `id` built on the world with `parameters`, in every format it supports.
    static func rendered(_ id: String, _ parameters: ReportParameters, name: String) throws -> [RenderedFile] {
        let world = try ReportGoldenWorld()
        let catalog = ReportCatalog(
            searchPath: PackSearchPath(folders: [.init(layer: .builtin, path: Paths.plugins)]))
        let report = try catalog.report(id)
        let document = try world.database.write(AuditContext(user: "golden", command: "report run")) { tx in
            try report.build(parameters, language: .danish, in: tx)
        }
        var files: [RenderedFile] = []
        for format in report.definition.formats {
            for var file in try document.rendered(as: format) {
                file.name = name + file.name.dropFirst(id.count)
                files.append(file)
            }
        }
        return files
    }

    static func compare(_ files: [RenderedFile]) throws {
        #expect(!files.isEmpty)
        for file in files {
            let path = folder + "/" + file.name
            if ProcessInfo.processInfo.environment["TOVHOLDER_WRITE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data(file.contents).write(to: URL(fileURLWithPath: path))
            }
            let golden = try #require(FileManager.default.contents(atPath: path), "\(file.name) has no golden file")
            #expect(Array(golden) == file.contents, "\(file.name) differs from its golden file")
            let text = file.text
            for secret in ["0101901235", "010190-1235", "1207854422"] {
                #expect(!text.contains(secret), "\(file.name) holds a CPR number")
            }
        }
    }

    @Test func theGuaranteeReport() throws {
        let parameters = ReportParameters(
            from: Day("2028-01-01"), to: Day("2028-02-29"), today: Day("2028-03-20")!)
        try Self.compare(try Self.rendered("behandlingsgaranti", parameters, name: "behandlingsgaranti"))
    }

    /// The 14 days across a month end (requested 31 January: deadline 14 February) and the leap day
    /// (requested 15 February 2028: deadline 29 February; requested 29 February: deadline 14 March,
    /// met by a start on that day).
    @Test func theFourteenDaysAroundMonthEndsAndTheLeapDay() throws {
        let parameters = ReportParameters(
            from: Day("2028-01-01"), to: Day("2028-02-29"), today: Day("2028-03-20")!)
        let files = try Self.rendered("behandlingsgaranti", parameters, name: "behandlingsgaranti")
        let markdown = try #require(files.first { $0.name.hasSuffix(".md") }).text
        #expect(markdown.contains("| 2 | sul141 | 2028-01-31 | 2028-02-14 | 2028-02-16 | 2 |"), "\(markdown)")
        #expect(markdown.contains("| 3 | sel101 | 2028-02-15 | 2028-02-29 |  | 20 |"))
        #expect(!markdown.contains("| 5 | sel101 |"))
        #expect(markdown.contains("| Serviceloven § 101 | 3 | 2 | 0 | 0 | 1 | 66,7 % |"))
        #expect(markdown.contains("| Borgeren valgte et andet tilbud | 1 |"))
    }

    /// A report for an earlier day counts what was known on it: a request, a start or a discharge
    /// dated later is not there yet.
    @Test func anEarlierDaySeesOnlyWhatWasKnownThen() throws {
        func markdown(today: String) throws -> String {
            let parameters = ReportParameters(from: Day("2028-01-01"), to: Day("2028-02-29"), today: Day(today)!)
            let files = try Self.rendered("behandlingsgaranti", parameters, name: "behandlingsgaranti")
            return try #require(files.first { $0.name.hasSuffix(".md") }).text
        }
        let march = try markdown(today: "2028-03-01")
        #expect(march.contains("| Serviceloven § 101 | 3 | 1 | 0 | 1 | 1 | 33,3 % |"), "\(march)")
        let february = try markdown(today: "2028-02-20")
        #expect(february.contains("- **Anmodninger i perioden**: 5\n"), "\(february)")
        #expect(february.contains("| Serviceloven § 101 | 2 | 1 | 0 | 1 | 0 | 50,0 % |"))
        #expect(february.contains("| Sundhedsloven § 141 | 1 | 0 | 1 | 0 | 0 | 0,0 % |"))
    }

    @Test func theStatistics() throws {
        let parameters = ReportParameters(from: Day("2028-01-01"), to: Day("2028-03-31"), today: Day("2028-03-20")!)
        try Self.compare(try Self.rendered("statistik", parameters, name: "statistik"))
    }

    /// The extract with a fixed key: pseudonyms, birth years and sexes; no name, CPR number or case id.
    @Test func theExtract() throws {
        let parameters = ReportParameters(
            from: Day("2028-01-01"), to: Day("2028-03-31"), today: Day("2028-03-20")!,
            pseudonymKey: Array(repeating: 7, count: 32))
        let files = try Self.rendered("udtraek", parameters, name: "udtraek")
        try Self.compare(files)
        for file in files {
            for name in ["Jens", "Maria", "Hansen", "Anonym"] { #expect(!file.text.contains(name), "\(file.name)") }
        }
    }

    @Test func theKIP() throws {
        try Self.compare(
            try Self.rendered("kip", ReportParameters(caseID: CaseID(1), today: Day("2028-03-20")!), name: "kip"))
    }

    @Test func theTreatmentPlanAndTheActionPlan() throws {
        try Self.compare(
            try Self.rendered(
                "behandlingsplan", ReportParameters(caseID: CaseID(2), today: Day("2028-03-20")!),
                name: "behandlingsplan"))
        try Self.compare(
            try Self.rendered(
                "handleplan", ReportParameters(caseID: CaseID(1), today: Day("2028-03-20")!), name: "handleplan"))
    }

    @Test func theGPsKIP() throws {
        let parameters = ReportParameters(caseID: CaseID(1), recipient: ActorID(1), today: Day("2028-03-20")!)
        let files = try Self.rendered("kip", parameters, name: "kip-egen-laege")
        try Self.compare(files)
        let markdown = try #require(files.first { $0.name.hasSuffix(".md") }).text
        for hidden in ["Fast bolig", "Færre angstanfald", "Mindre forbrug", "Beholde jobbet", "Samtaler om angst"] {
            #expect(!markdown.contains(hidden))
        }
    }
}
