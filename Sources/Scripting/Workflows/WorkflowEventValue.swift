// An event as a handler sees it: the payload's fields, plus the kind, the journal id and the time.
import Lua
import Store

extension RecordedEvent {
    /// The Lua table a handler gets as `event`: every field of the payload (snake_case), and
    /// `kind`, `id` (the journal id) and `at` (the time it was recorded, ISO 8601 UTC).
    func luaValue() throws -> LuaValue {
        var table = try LuaValue(jsonText: payload).tableValue ?? LuaTable()
        table.fields["kind"] = .string(kind)
        table.fields["id"] = .integer(id.rawValue)
        table.fields["at"] = .string(at)
        if let caseID { table.fields["case_id"] = .integer(caseID.rawValue) }
        return .table(table)
    }
}
