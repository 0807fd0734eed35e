// `tovholder plan set|goal|intervention|followup|meeting|coordinator|consent`: what a plan holds, one change at a time.
import ArgumentParser
import Core
import Store

struct PlanSetCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Write one text part of a plan (see 'plan show' for the parts of each kind).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The part, e.g. handleplan.purpose, kip.challenges.citizen, behandlingsplan.method.")
    var part: String

    @Option(help: "The text.")
    var text: String

    var commandName: String { "plan set" }
    func change() throws -> PlanChange {
        .setText(part: try parseChoice(part, as: PlanPart.self, field: "part"), text: text)
    }
}

struct PlanGoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal", abstract: "Add goals and record how they go.",
        subcommands: [PlanGoalAddCommand.self, PlanGoalStatusCommand.self])
}

struct PlanGoalAddCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a goal.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The area: \(GoalArea.allCases.map(\.rawValue).joined(separator: ", ")).")
    var area: String

    @Option(help: "The goal in the citizen's and practitioners' words.")
    var description: String

    @Flag(name: .customLong("harm-reduction"), help: "A harm-reduction goal (not only abstinence).")
    var harmReduction = false

    @Option(name: .customLong("target"), help: "The target day (YYYY-MM-DD).")
    var targetDay: String?

    @Option(help: "The priority in the shared plan (1 first).")
    var priority: Int?

    var commandName: String { "plan goal add" }
    func change() throws -> PlanChange {
        .addGoal(
            goal: GoalDraft(
                area: try parseChoice(area, as: GoalArea.self, field: "area"), description: description,
                harmReduction: harmReduction, targetDate: try targetDay.map { try parseDay($0, field: "target") },
                priority: priority))
    }
}

struct PlanGoalStatusCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Record how a goal stands.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The goal's number in the plan.")
    var goal: Int64

    @Option(help: "The status: \(GoalStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String

    var commandName: String { "plan goal status" }
    func change() throws -> PlanChange {
        .setGoalStatus(id: GoalID(goal), status: try parseChoice(status, as: GoalStatus.self, field: "status"))
    }
}

struct PlanInterventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intervention", abstract: "Add interventions and record how they stand.",
        subcommands: [PlanInterventionAddCommand.self, PlanInterventionStatusCommand.self])
}

struct PlanInterventionAddCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an intervention (in a KIP it must have a responsible actor).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "What is done.")
    var description: String

    @Option(help: "The sector: \(InterventionSector.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sector: String

    @Option(help: "coordinated (separate courses supporting each other) or integrated (one course).")
    var mode: String = InterventionMode.coordinated.rawValue

    @Option(help: "The responsible actor's id.")
    var responsible: String?

    @Option(help: "A goal number it serves (repeatable).")
    var goal: [Int64] = []

    @Option(help: "From which day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Until which day (YYYY-MM-DD).")
    var until: String?

    var commandName: String { "plan intervention add" }
    func change() throws -> PlanChange {
        let period: Period?
        switch (from, until) {
        case (nil, nil):
            period = nil
        case (nil, _?):
            throw DomainError(field: "until", CLIProblem.needsStart)
        case (let from?, let until):
            let start = try parseDay(from, field: "from")
            guard let made = Period(start: start, end: try until.map { try parseDay($0, field: "until") }) else {
                throw DomainError(field: "until", CLIProblem.endsBeforeStart(start))
            }
            period = made
        }
        return .addIntervention(
            intervention: InterventionDraft(
                description: description, sector: try parseChoice(sector, as: InterventionSector.self, field: "sector"),
                mode: try parseChoice(mode, as: InterventionMode.self, field: "mode"),
                responsible: try responsible.map { try parseID($0, as: ActorID.self, field: "responsible") },
                goals: goal.map { GoalID($0) }, period: period))
    }
}

struct PlanFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "Plan follow-ups and record them.",
        subcommands: [PlanFollowUpAddCommand.self, PlanFollowUpHeldCommand.self, PlanFollowUpCancelCommand.self])
}

struct PlanFollowUpAddCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Plan a follow-up (in a KIP: the next meeting).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "When it is due (YYYY-MM-DD).")
    var due: String

    @Option(help: "What it is for.")
    var purpose: String = ""

    var commandName: String { "plan followup add" }
    func change() throws -> PlanChange { .addFollowUp(due: try parseDay(due, field: "due"), purpose: purpose) }
}

struct PlanFollowUpHeldCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "held", abstract: "Record a follow-up as held, with its outcome.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The follow-up's number in the plan.")
    var followup: Int64

    @Option(help: "The day it was held (YYYY-MM-DD).")
    var date: String

    @Option(help: "What came of it.")
    var outcome: String

    var commandName: String { "plan followup held" }
    func change() throws -> PlanChange {
        .recordFollowUp(id: FollowUpID(followup), held: try parseDay(date, field: "date"), outcome: outcome)
    }
}

struct PlanMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Record plan meetings and the citizen's later acceptance.",
        subcommands: [PlanMeetingAddCommand.self, PlanMeetingAcceptCommand.self])
}

struct PlanMeetingAddCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a meeting.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The day of the meeting (YYYY-MM-DD).")
    var date: String

    @Option(help: "The participating actors' ids, comma-separated.")
    var participants: String = ""

    @Option(name: .customLong("citizen-present"), help: "Whether the citizen was present: yes or no.")
    var citizenPresent: String

    @Option(help: "A note.")
    var note: String = ""

    var commandName: String { "plan meeting add" }
    func change() throws -> PlanChange {
        let actors = try participants.split(separator: ",").map {
            try parseID(String($0), as: ActorID.self, field: "participants")
        }
        return .addMeeting(
            meeting: MeetingDraft(
                day: try parseDay(date, field: "date"), participants: actors,
                citizenPresent: try parseYesNo(citizenPresent, field: "citizen-present"), note: note))
    }
}

struct PlanMeetingAcceptCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "Record that the citizen, absent from a meeting, accepted the plan afterwards."
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The meeting's number in the plan.")
    var meeting: Int64

    @Option(help: "The day the citizen accepted (YYYY-MM-DD).")
    var date: String

    @Option(help: "How: \(AcceptanceMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var method: String

    var commandName: String { "plan meeting accept" }
    func change() throws -> PlanChange {
        .recordCitizenAcceptance(
            meeting: MeetingID(meeting),
            acceptance: CitizenAcceptance(
                day: try parseDay(date, field: "date"),
                method: try parseChoice(method, as: AcceptanceMethod.self, field: "method")))
    }
}

struct PlanCoordinatorCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "coordinator", abstract: "Name the coordinator in a KIP's master data.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The coordinator's actor id.")
    var actor: String

    var commandName: String { "plan coordinator" }
    func change() throws -> PlanChange { .setCoordinator(actor: try parseID(actor, as: ActorID.self, field: "actor")) }
}

struct PlanConsentCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Refer to a consent in a KIP's master data.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The consent's id.")
    var consent: String

    var commandName: String { "plan consent" }
    func change() throws -> PlanChange {
        .addConsent(consent: try parseID(consent, as: ConsentID.self, field: "consent"))
    }
}

struct PlanExternalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "external", abstract: "Record the citizen's other plans in a KIP's survey.",
        subcommands: [PlanExternalAddCommand.self])
}

struct PlanExternalAddCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record another plan (the doctor's treatment plan, the job centre's plan ...).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The kind: \(ExternalPlanKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @Option(help: "The actor whose plan it is.")
    var owner: String

    @Option(help: "The plan's date (YYYY-MM-DD).")
    var date: String

    @Option(help: "Its title.")
    var title: String = ""

    @Option(help: "Its status, in words.")
    var status: String = ""

    @Option(help: "Its goals, in words.")
    var goals: String = ""

    @Option(help: "Its interventions, in words.")
    var interventions: String = ""

    var commandName: String { "plan external add" }
    func change() throws -> PlanChange {
        .addExternalPlan(
            plan: ExternalPlanDraft(
                kind: try parseChoice(kind, as: ExternalPlanKind.self, field: "kind"), title: title,
                owner: try parseID(owner, as: ActorID.self, field: "owner"), day: try parseDay(date, field: "date"),
                status: status, goals: goals, interventions: interventions))
    }
}

struct PlanInterventionStatusCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Record how an intervention stands.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The intervention's number in the plan.")
    var intervention: Int64

    @Option(help: "The status: \(InterventionStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String

    var commandName: String { "plan intervention status" }
    func change() throws -> PlanChange {
        .setInterventionStatus(
            id: InterventionID(intervention),
            status: try parseChoice(status, as: InterventionStatus.self, field: "status"))
    }
}

struct PlanFollowUpCancelCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel a planned follow-up.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var target: PlanArgument

    @Option(help: "The follow-up's number in the plan.")
    var followup: Int64

    var commandName: String { "plan followup cancel" }
    func change() throws -> PlanChange { .cancelFollowUp(id: FollowUpID(followup)) }
}
