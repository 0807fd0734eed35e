// Today's date where the municipalities are: the day deadlines and reports count from.
import ArgumentParser
import Core
import Foundation

extension Day {
    /// The current day in Danish time (Europe/Copenhagen).
    static func today(now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// `--today D`, for commands whose answer depends on the day (deadlines, breaches).
struct TodayOption: ParsableArguments {
    @Option(help: "The day to count deadlines from (YYYY-MM-DD); default today.")
    var today: String?

    func day() throws -> Day {
        try parseDayOrToday(today, field: "today")
    }
}
