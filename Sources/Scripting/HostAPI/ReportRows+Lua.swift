// The rows reports read in bulk (cases, screenings, plans, follow-ups, caseloads) as Lua tables, written straight onto the stack.
import Core
import Lua
import Store

/// A list of rows pushed as a Lua sequence, each row by `push`.
struct LuaRows<Row>: LuaPushable {
    let rows: [Row]
    let fieldCount: Int
    let push: (Row, inout LuaTableWriter) throws -> Void

    func push(to writer: inout LuaStackWriter) throws {
        try writer.pushTable(arrayCount: rows.count) { list in
            for row in rows {
                try list.append { element in
                    try element.pushTable(fieldCount: fieldCount) { table in try push(row, &table) }
                }
            }
        }
    }
}

extension LuaTableWriter {
    /// `t[key] = value` when there is a value.
    mutating func set(_ key: String, ifPresent value: String?) throws {
        if let value { try set(key, value) }
    }
}

extension ReportCase {
    /// `data.cases`'s rows: the fields of ``TreatmentCase/luaFields(on:)`` plus `citizen` (the
    /// citizen's id, for counting people), as things stood on `today`.
    static func luaRows(_ cases: [ReportCase], today: Day) -> LuaRows<ReportCase> {
        LuaRows(rows: cases, fieldCount: 14) { row, table in
            try table.set("id", row.id)
            try table.set("citizen", row.citizen)
            try row.setLuaFields(&table, today: today)
        }
    }

    /// The case's fields without its ids, as things stood on `today`: a start or a discharge dated
    /// later is left out, and the guarantee is the one of that day.
    func setLuaFields(_ table: inout LuaTableWriter, today: Day) throws {
        try table.set("basis", basis.rawValue)
        try table.set("anonymous", basis.isAnonymous)
        try table.set("municipality", municipality)
        try table.set("requested", requested.description)
        try table.set("status", status)
        try table.set("other_offer", otherOfferDay != nil)
        if let started, started <= today {
            try table.set("started", started.description)
            try table.set("days_to_start", Int64(requested.days(until: started)))
        }
        if let closed, closed <= today {
            try table.set("closed", closed.description)
            try table.set("discharge_reason", ifPresent: dischargeReason)
        }
        try table.set("guarantee", guarantee(on: today))
    }
}

extension ReportScreening {
    /// `data.screenings`'s rows: `{ id, case_id, citizen, flow, day, flags = { ... }, scores = { id = value } }`.
    static func luaRows(_ screenings: [ReportScreening]) -> LuaRows<ReportScreening> {
        LuaRows(rows: screenings, fieldCount: 7) { row, table in
            try table.set("id", row.id)
            try table.set("case_id", row.caseID)
            try table.set("citizen", row.citizen)
            try table.set("flow", row.flow)
            try table.set("day", row.day)
            try table.set("flags", LuaJSONText(row.flags))
            try table.set("scores", LuaJSONText(row.scores))
        }
    }
}

extension ReportPlan {
    /// `data.active_plans`'s rows: `{ id, case_id, kind, status, activated, ended }`.
    static func luaRows(_ plans: [ReportPlan]) -> LuaRows<ReportPlan> {
        LuaRows(rows: plans, fieldCount: 6) { row, table in
            try table.set("id", row.id)
            try table.set("case_id", row.caseID)
            try table.set("kind", row.kind)
            try table.set("status", row.status)
            try table.set("activated", ifPresent: row.activated)
            try table.set("ended", ifPresent: row.ended)
        }
    }
}

extension ReportFollowUp {
    /// `data.followups`'s rows: `{ case_id, plan_id, plan_kind, due, held, status }`.
    static func luaRows(_ followUps: [ReportFollowUp]) -> LuaRows<ReportFollowUp> {
        LuaRows(rows: followUps, fieldCount: 6) { row, table in
            try table.set("case_id", row.caseID)
            try table.set("plan_id", row.planID)
            try table.set("plan_kind", row.planKind)
            try table.set("due", row.due)
            try table.set("held", ifPresent: row.held)
            try table.set("status", row.status)
        }
    }
}

extension ReportCaseload {
    /// `data.caseloads`'s rows: `{ actor, name, kind, requested, in_treatment, aftercare, open }`.
    static func luaRows(_ caseloads: [ReportCaseload]) -> LuaRows<ReportCaseload> {
        LuaRows(rows: caseloads, fieldCount: 7) { row, table in
            try table.set("actor", row.actor)
            try table.set("name", row.name)
            try table.set("kind", row.kind)
            try table.set("requested", Int64(row.requested))
            try table.set("in_treatment", Int64(row.inTreatment))
            try table.set("aftercare", Int64(row.aftercare))
            try table.set("open", Int64(row.requested + row.inTreatment + row.aftercare))
        }
    }
}
