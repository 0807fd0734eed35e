// `data.screenings`, `data.active_plans`, `data.followups`, `data.caseloads` and `data.progress`: what statistics reports read in bulk.
import Core
import Lua
import Packs
import Store

extension DataAPI {
    static let screenings = HostAPIFunction(
        "screenings", since: "1.0.0",
        summary: "The completed screenings of a period by their day (`from`, `to`, default the report's period; "
            + "`flow` to take one instrument), in day order: `{ id, case_id, citizen, flow, day, flags = { ... }, "
            + "scores = { [id] = value } }` each; empty scores are left out. The result as scored at completion. "
            + "No answers, no free text.",
        capability: Capability.screeningsRead.rawValue,
        signature: LuaSignature(
            [.init("options", "{ from: string?, to: string?, flow: string? }", optional: true)],
            returns: [.init("table[]")])
    ) { context in
        { arguments in
            let running = try session(context, "screenings")
            let options = try Options(arguments)
            let (from, to) = try options.period(running)
            let rows = try running.transaction.reportScreenings(
                from: from, to: to, flow: try options.text("flow"), report: running.report)
            running.progress.read(rows.count, "screenings")
            return .pushing(ReportScreening.luaRows(rows))
        }
    }

    static let activePlans = HostAPIFunction(
        "active_plans", since: "1.0.0",
        summary: "The plans active at some time in a period (activated on or before `to`, not ended before `from`; "
            + "`kind` to take one kind: `kip`, `handleplan`, `behandlingsplan`), by activation: `{ id, case_id, kind, "
            + "status, activated, ended }` each.",
        capability: Capability.plansRead.rawValue,
        signature: LuaSignature(
            [.init("options", "{ from: string?, to: string?, kind: string? }", optional: true)],
            returns: [.init("table[]")])
    ) { context in
        { arguments in
            let running = try session(context, "active_plans")
            let options = try Options(arguments)
            let (from, to) = try options.period(running)
            let kind = try options.text("kind")
            if let kind, PlanKind(rawValue: kind) == nil {
                throw LuaArgumentError(
                    index: 1, problem: "'kind' must be kip, handleplan or behandlingsplan, got '\(kind)'")
            }
            let rows = try running.transaction.reportPlans(kind: kind, activeFrom: from, to: to, report: running.report)
            running.progress.read(rows.count, "plans")
            return .pushing(ReportPlan.luaRows(rows))
        }
    }

    static let followUps = HostAPIFunction(
        "followups", since: "1.0.0",
        summary: "The follow-ups of plans due in a period (`plan_kind` to take one kind of plan), by due day: "
            + "`{ case_id, plan_id, plan_kind, due, held, status }` each (`status`: `planned`, `held`, `cancelled`; "
            + "`held`: the day it was held).",
        capability: Capability.plansRead.rawValue,
        signature: LuaSignature(
            [.init("options", "{ from: string?, to: string?, plan_kind: string? }", optional: true)],
            returns: [.init("table[]")])
    ) { context in
        { arguments in
            let running = try session(context, "followups")
            let options = try Options(arguments)
            let (from, to) = try options.period(running)
            let rows = try running.transaction.reportFollowUps(
                dueFrom: from, to: to, planKind: try options.text("plan_kind"), report: running.report)
            running.progress.read(rows.count, "follow-ups")
            return .pushing(ReportFollowUp.luaRows(rows))
        }
    }

    static let caseloads = HostAPIFunction(
        "caseloads", since: "1.0.0",
        summary: "Each coordinator's open cases now, the busiest first: `{ actor, name, kind, requested, in_treatment, "
            + "aftercare, open }` each (`name`: the practitioner or organisation, never a citizen).",
        capability: Capability.casesRead.rawValue,
        signature: LuaSignature([], returns: [.init("table[]")])
    ) { context in
        { _ in
            let running = try session(context, "caseloads")
            let rows = try running.transaction.reportCaseloads(report: running.report)
            return .pushing(ReportCaseload.luaRows(rows))
        }
    }

    static let progress = HostAPIFunction(
        "progress", since: "1.0.0",
        summary: "Tells the host how far the report has come (`done` of `total`), for the progress bar `report run` "
            + "draws on a terminal. Cheap enough to call for every case.",
        signature: LuaSignature([.init("done", "integer"), .init("total", "integer")])
    ) { context in
        { arguments in
            let running = try session(context, "progress")
            running.progress.step(done: Int(try arguments.integer(1)), total: Int(try arguments.integer(2)))
            return .none
        }
    }
}
