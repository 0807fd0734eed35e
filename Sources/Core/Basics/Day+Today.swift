// Today's date where the municipalities are: the day deadlines and reports count from.
import Foundation

extension Day {
    /// The day `now` falls on in Danish time (Europe/Copenhagen).
    public static func today(now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
