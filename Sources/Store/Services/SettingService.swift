// Site settings kept in the database, such as the municipality that acts on new cases.
import Core
import GRDB

extension StoreTransaction {
    /// The default acting municipality for new cases, set by `tovholder init --municipality`.
    public func defaultMunicipality() throws -> MunicipalityCode? {
        guard let code = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'municipality'") else {
            return nil
        }
        return try MunicipalityCode(code)
    }

    public func setDefaultMunicipality(_ code: MunicipalityCode) throws {
        try db.execute(
            sql:
                "INSERT INTO setting (key, value) VALUES ('municipality', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [code.code])
        try audit(
            entity: "setting", id: "municipality", action: "update", summary: "default municipality set to \(code)")
    }
}
