// `--today D`: the day a command counts deadlines from.
import ArgumentParser
import Core
import Foundation

/// `--today D`, for commands whose answer depends on the day (deadlines, breaches).
struct TodayOption: ParsableArguments {
    @Option(help: "The day to count deadlines from (YYYY-MM-DD); default today.")
    var today: String?

    func day() throws -> Day {
        try parseDayOrToday(today, field: "today")
    }
}
