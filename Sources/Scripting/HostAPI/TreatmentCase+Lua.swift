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
    /// `status` (`met`, `pending`, `breached`, `excluded`, `not_applicable`), `deadline`, `days`
    /// (used, left or over), `days_left` or `days_over`, and for an exclusion its `reason`.
    var luaValue: LuaValue {
        var fields: [LuaKey: LuaValue] = [:]
        if let deadline { fields["deadline"] = .string(deadline.description) }
        switch status {
        case .notApplicable: fields["status"] = "not_applicable"
        case .excluded(let exclusion):
            fields["status"] = "excluded"
            switch exclusion {
            case .citizenChoseOtherOffer: fields["reason"] = "other_offer"
            case .closedBeforeStart: fields["reason"] = "closed_before_start"
            }
        case .met(let days):
            fields["status"] = "met"
            fields["days"] = .integer(Int64(days))
        case .pending(let days):
            fields["status"] = "pending"
            fields["days"] = .integer(Int64(days))
            fields["days_left"] = .integer(Int64(days))
        case .breached(let days):
            fields["status"] = "breached"
            fields["days"] = .integer(Int64(days))
            fields["days_over"] = .integer(Int64(days))
        }
        return .table(LuaTable(fields: fields))
    }
}
