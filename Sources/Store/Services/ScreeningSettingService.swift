// The municipality's changes to screening flows' settings (cut-offs), kept as `screening.<flow>.<name>` settings.
import Core
import GRDB

extension StoreTransaction {
    /// The municipality's changes to the settings of `flow` (a flow id: no dots), by setting name.
    /// The flow's own values apply to the settings not listed.
    public func screeningSettings(flow: String) throws -> [String: FlowSetting] {
        // '/' follows '.' in byte order: the range holds exactly the keys that start with the prefix.
        let prefix = Self.screeningSettingKey(flow: flow, name: "")
        let rows = try Row.fetchAll(
            db, sql: "SELECT key, value FROM setting WHERE key >= ? AND key < ? ORDER BY key",
            arguments: [prefix, "screening.\(flow)/"])
        var settings: [String: FlowSetting] = [:]
        for row in rows {
            let key: String = row["key"]
            settings[String(key.dropFirst(prefix.count))] = try JSONColumn.decode(FlowSetting.self, from: row["value"])
        }
        return settings
    }

    /// Changes the setting `name` of `flow` for the municipality; nil removes the change, so the
    /// flow's own value applies again. Audited.
    public func setScreeningSetting(flow: String, name: String, value: FlowSetting?) throws {
        let key = Self.screeningSettingKey(flow: flow, name: name)
        if let value {
            try db.execute(
                sql: """
                    INSERT INTO setting (key, value) VALUES (?, ?)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value
                    """,
                arguments: [key, try JSONColumn.encode(value)])
            try audit(
                entity: "setting", id: key, action: "update",
                summary: "screening setting \(flow).\(name) set to \(value.display(.english))")
        } else {
            try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
            try audit(
                entity: "setting", id: key, action: "delete",
                summary: "screening setting \(flow).\(name) removed: the flow's value applies")
        }
    }

    /// `screening.audit.cutoff`.
    static func screeningSettingKey(flow: String, name: String) -> String {
        "screening.\(flow).\(name)"
    }
}
