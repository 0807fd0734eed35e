// Queries over the audit log.
import GRDB

public enum AuditLog {
    /// Entries oldest first, optionally only those about one citizen, optionally only the last `last`.
    public static func entries(_ db: Database, citizen: Int64? = nil, last: Int? = nil) throws -> [AuditEntry] {
        var request = AuditEntry.all()
        if let citizen { request = request.filter(Column("citizen_id") == citizen) }
        if let last {
            let newest = try request.order(Column("id").desc).limit(last).fetchAll(db)
            return newest.reversed()
        }
        return try request.order(Column("id")).fetchAll(db)
    }

    public static func count(_ db: Database) throws -> Int {
        try AuditEntry.fetchCount(db)
    }
}
