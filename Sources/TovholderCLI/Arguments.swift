// Arguments and options many commands share: the case or plan they act on, and the day, default today.
import ArgumentParser
import Core

/// The case a command acts on, as its first argument.
struct CaseArgument: ParsableArguments {
    @Argument(help: "The case's id.")
    var caseID: String

    func id() throws -> CaseID { try parseID(caseID, as: CaseID.self, field: "case") }
}

/// The plan every change command names first.
struct PlanArgument: ParsableArguments {
    @Argument(help: "The plan's id.")
    var plan: String

    func id() throws -> PlanID { try parseID(plan, as: PlanID.self, field: "plan") }
}

/// `--date D`: the day a step takes effect, default today.
struct DateOption: ParsableArguments {
    @Option(help: "The day (YYYY-MM-DD); default today.")
    var date: String?

    func day() throws -> Day { try parseDayOrToday(date, field: "date") }
}
