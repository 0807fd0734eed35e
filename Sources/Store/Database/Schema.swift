// The database schema as migrations in code: each one applied once, in order, in its own transaction.
import GRDB

enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-audit") { db in
            try db.execute(sql: """
                CREATE TABLE audit_entry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    user TEXT NOT NULL,
                    command TEXT NOT NULL,
                    source TEXT,
                    entity TEXT NOT NULL,
                    entity_id TEXT,
                    citizen_id INTEGER,
                    action TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_entry_citizen ON audit_entry(citizen_id, id);
                CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                """)
        }
        return migrator
    }
}
