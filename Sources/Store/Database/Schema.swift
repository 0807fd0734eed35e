// The database schema as migrations in code: each one applied once, in order, in its own transaction.
import GRDB

enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-audit") { db in
            try db.execute(
                sql: """
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
        migrator.registerMigration("v2-cases") { db in
            try db.execute(sql: caseTables)
        }
        migrator.registerMigration("v3-screening") { db in
            try db.execute(sql: screeningTables)
        }
        migrator.registerMigration("v4-workflows") { db in
            try db.execute(sql: workflowTables)
        }
        migrator.registerMigration("v5-reports") { db in
            try db.execute(sql: reportColumns)
        }
        return migrator
    }

    /// Each entity keeps its full domain value as JSON in `data`; the columns beside it are
    /// derived from that value on every write, for lookups, foreign keys and the reports' queries.
    static let caseTables = """
        CREATE TABLE citizen (
            id INTEGER PRIMARY KEY,
            cpr TEXT UNIQUE,
            name TEXT NOT NULL,
            anonymous INTEGER NOT NULL,
            birth_date TEXT,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX citizen_name ON citizen(name);
        CREATE TABLE actor (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE treatment_case (
            id INTEGER PRIMARY KEY,
            citizen_id INTEGER NOT NULL REFERENCES citizen(id),
            basis TEXT NOT NULL,
            municipality TEXT NOT NULL,
            status TEXT NOT NULL,
            requested TEXT NOT NULL,
            started TEXT,
            closed TEXT,
            other_offer_day TEXT,
            guarantee_deadline TEXT,
            data TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX treatment_case_citizen ON treatment_case(citizen_id);
        CREATE INDEX treatment_case_status ON treatment_case(status, requested);
        -- Covers the treatment-guarantee report: the breach query never reads the wide rows.
        CREATE INDEX treatment_case_guarantee ON treatment_case(
            guarantee_deadline, started, closed, other_offer_day, requested, status, basis, municipality, citizen_id);
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE participant (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            actor_id INTEGER NOT NULL REFERENCES actor(id),
            data TEXT NOT NULL
        );
        CREATE INDEX participant_case ON participant(case_id);
        CREATE TABLE coordinator_history (
            case_id INTEGER PRIMARY KEY REFERENCES treatment_case(id),
            current_actor_id INTEGER REFERENCES actor(id),
            data TEXT NOT NULL
        );
        CREATE INDEX coordinator_current ON coordinator_history(current_actor_id);
        CREATE TABLE consent (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            recipient_actor_id INTEGER REFERENCES actor(id),
            recipient_kind TEXT,
            valid_from TEXT NOT NULL,
            valid_until TEXT,
            revoked INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX consent_case ON consent(case_id);
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            version INTEGER NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX plan_case ON plan(case_id);
        CREATE TABLE plan_version (
            plan_id INTEGER NOT NULL REFERENCES plan(id),
            number INTEGER NOT NULL,
            author TEXT NOT NULL,
            at TEXT NOT NULL,
            summary TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (plan_id, number)
        ) WITHOUT ROWID;
        CREATE TABLE plan_followup (
            plan_id INTEGER NOT NULL REFERENCES plan(id),
            followup_id INTEGER NOT NULL,
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            due TEXT NOT NULL,
            held TEXT,
            PRIMARY KEY (plan_id, followup_id)
        ) WITHOUT ROWID;
        CREATE INDEX plan_followup_due ON plan_followup(held, due);
        CREATE TABLE task (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES treatment_case(id),
            assignee_actor_id INTEGER REFERENCES actor(id),
            assignee_role TEXT,
            due TEXT,
            status TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX task_open_due ON task(status, due);
        CREATE TABLE barrier_assessment (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            day TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX barrier_assessment_case ON barrier_assessment(case_id, day);
        """
}
