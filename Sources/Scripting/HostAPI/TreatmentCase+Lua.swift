// A case as the host API gives it to Lua (workflow rules, reports): its course and its treatment guarantee on a day.
import Core
import Lua

extension TreatmentCase {
    /// `{ id, basis, anonymous, municipality, requested, status, other_offer, started, days_to_start,
    /// closed, discharge_reason, guarantee = { status, deadline, days, days_left | days_over, reason } }`,
    /// the guarantee as it stood on `day`. Never the citizen's name or CPR number.
    func luaFields(on day: Day) -> [LuaKey: LuaValue] {
        var fields: [LuaKey: LuaValue] = [
            "id": .integer(id?.rawValue ?? 0), "basis": .string(basis.rawValue),
            "anonymous": .boolean(basis.isAnonymous), "municipality": .string(municipality.description),
            "requested": .string(requested.description), "status": .string(status.rawValue),
            "other_offer": .boolean(citizenChoseOtherOffer),
        ]
        if let start = treatmentStart {
            fields["started"] = .string(start.description)
            fields["days_to_start"] = .integer(Int64(requested.days(until: start)))
        }
        if let discharge {
            fields["closed"] = .string(discharge.day.description)
            fields["discharge_reason"] = .string(discharge.reason.rawValue)
        }
        fields["guarantee"] = TreatmentGuarantee(for: self, today: day).luaValue
        return fields
    }
}

extension TreatmentGuarantee {
    /// What Lua sees of the guarantee: `status`, `deadline`, `days` and the same number under
    /// `days_left` or `days_over`, and an exclusion's `reason`.
    struct LuaParts {
        var status: String
        var deadline: String?
        var days: Int64?
        var daysKey: String?
        var reason: String?
    }

    var luaParts: LuaParts {
        var parts = LuaParts(status: "not_applicable", deadline: deadline?.description)
        switch status {
        case .notApplicable: break
        case .excluded(let exclusion):
            parts.status = "excluded"
            switch exclusion {
            case .citizenChoseOtherOffer: parts.reason = "other_offer"
            case .closedBeforeStart: parts.reason = "closed_before_start"
            }
        case .met(let days): (parts.status, parts.days) = ("met", Int64(days))
        case .pending(let days): (parts.status, parts.days, parts.daysKey) = ("pending", Int64(days), "days_left")
        case .breached(let days): (parts.status, parts.days, parts.daysKey) = ("breached", Int64(days), "days_over")
        }
        return parts
    }

    /// `status` (`met`, `pending`, `breached`, `excluded`, `not_applicable`), `deadline`, `days`
    /// (used, left or over), `days_left` or `days_over`, and for an exclusion its `reason`.
    var luaValue: LuaValue {
        let parts = luaParts
        var fields: [LuaKey: LuaValue] = ["status": .string(parts.status)]
        if let deadline = parts.deadline { fields["deadline"] = .string(deadline) }
        if let days = parts.days { fields["days"] = .integer(days) }
        if let key = parts.daysKey, let days = parts.days { fields[.string(key)] = .integer(days) }
        if let reason = parts.reason { fields["reason"] = .string(reason) }
        return .table(LuaTable(fields: fields))
    }
}

extension TreatmentGuarantee: LuaPushable {
    /// The same table as ``luaValue``, written straight onto the stack.
    public func push(to writer: inout LuaStackWriter) throws {
        let parts = luaParts
        try writer.pushTable(fieldCount: 4) { table in
            try table.set("status", parts.status)
            if let deadline = parts.deadline { try table.set("deadline", deadline) }
            if let days = parts.days {
                try table.set("days", days)
                if let key = parts.daysKey { try table.set(key, days) }
            }
            if let reason = parts.reason { try table.set("reason", reason) }
        }
    }
}
