// The `data` module: what a report reads, read-only and capability-checked, never a name or a CPR number.
import Core
import Lua
import Packs
import Store

/// `data.cases { from =, to = }`: the cases of a period with their treatment guarantee, for report
/// files. Each read is audited as the report's. Only in a report's state.
enum DataAPI {
    static var module: HostAPIModule {
        HostAPIModule(
            "data", since: "1.0.0",
            summary: "Read-only data for report files (see Docs/Reports.md). Every function needs a capability and "
                + "is audited as the report's read; none returns a name or a CPR number.",
            implementation: .swift,
            functions: [
                cases, screenings, activePlans, followUps, caseloads, plan, plans, pseudonymisedCases, progress,
            ])
    }

    static func session(_ context: HostAPIContext, _ function: String) throws -> ReportSession.Running {
        guard let session = context.report else {
            throw LuaHostError("data.\(function) is only available in a pack's report files")
        }
        return try session.current("data.\(function)")
    }

    static let cases = HostAPIFunction(
        "cases", since: "1.0.0",
        summary: "The cases requested in a period (`from`, `to`, default the report's period), oldest request "
            + "first, as they stood on the report's day (a request, start or discharge dated later is not yet known; "
            + "`status` is the case's status now), only the municipality's when the report runs with `--municipality`: `{ id, citizen (the citizen's id, for counting people), basis, anonymous, municipality, requested, started, days_to_start, closed, discharge_reason, status, "
            + "other_offer, guarantee = { deadline, status, days, days_left | days_over, reason } }` each, the guarantee as it stood on "
            + "the report's day (`status`: `met`, `pending`, `breached`, `excluded`, `not_applicable`; `days`: used, "
            + "left or over).",
        capability: Capability.casesRead.rawValue,
        signature: LuaSignature(
            [.init("period", "{ from: string?, to: string? }", optional: true)], returns: [.init("table[]")])
    ) { context in
        { arguments in
            let running = try session(context, "cases")
            let (from, to) = try Options(arguments).period(running)
            // A case requested after the report's day was not known on it.
            let today = running.parameters.today
            let cases = try running.transaction.reportCases(
                requestedFrom: from, to: min(to ?? today, today), municipality: running.parameters.municipality,
                report: running.report)
            running.progress.read(cases.count, "cases")
            return .pushing(ReportCase.luaRows(cases, today: running.parameters.today))
        }
    }

    /// The options table a `data` function takes as its argument 1, read once.
    struct Options {
        let table: LuaTable

        init(_ arguments: LuaArguments) throws { table = try arguments.optionalTable(1) ?? LuaTable() }

        /// `from` and `to`, each defaulting to the report's period.
        func period(_ running: ReportSession.Running) throws -> (Day?, Day?) {
            func day(_ key: String) throws -> Day? {
                guard let text = table[key].stringValue else { return nil }
                guard let day = Day(text) else {
                    throw LuaArgumentError(index: 1, problem: "'\(key)' must be a day YYYY-MM-DD, got '\(text)'")
                }
                return day
            }
            return (try day("from") ?? running.parameters.from, try day("to") ?? running.parameters.to)
        }

        /// The text option `key`, if given.
        func text(_ key: String) throws -> String? {
            let value = table[key]
            guard value != .nil else { return nil }
            guard let text = value.stringValue else {
                throw LuaArgumentError(index: 1, problem: "'\(key)' must be a string")
            }
            return text
        }
    }
}
