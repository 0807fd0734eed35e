// The v4 tables: what workflow rules did (effects), case flags, the outbox, and the time events already raised.

extension Schema {
    /// `workflow_effect` records each effect of a workflow rule under a key, so that the same event
    /// handled twice creates nothing twice, and a case's history shows which rule of which pack
    /// version did what. `time_event` remembers the time events `tick` raised (one key per thing
    /// that became due), so that ticking twice raises nothing new. Effects and time events never
    /// change; an outbox message changes only from pending to sent or cancelled.
    static let workflowTables = """
        CREATE TABLE workflow_effect (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            event_id INTEGER REFERENCES event(id),
            case_id INTEGER REFERENCES treatment_case(id),
            pack TEXT NOT NULL,
            pack_version TEXT NOT NULL,
            workflow TEXT NOT NULL,
            rule TEXT NOT NULL,
            file TEXT NOT NULL,
            line INTEGER,
            kind TEXT NOT NULL,
            subject TEXT,
            summary TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX workflow_effect_case ON workflow_effect(case_id, id);
        CREATE INDEX workflow_effect_event ON workflow_effect(event_id, id);
        CREATE TRIGGER workflow_effect_no_update BEFORE UPDATE ON workflow_effect
        BEGIN SELECT RAISE(ABORT, 'workflow effects are append-only'); END;
        CREATE TRIGGER workflow_effect_no_delete BEFORE DELETE ON workflow_effect
        BEGIN SELECT RAISE(ABORT, 'workflow effects are append-only'); END;
        CREATE TABLE case_flag (
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            set_at TEXT NOT NULL,
            set_by TEXT NOT NULL,
            PRIMARY KEY (case_id, name)
        ) WITHOUT ROWID;
        CREATE TABLE outbox_message (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            recipient_actor_id INTEGER NOT NULL REFERENCES actor(id),
            status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'cancelled')),
            created TEXT NOT NULL,
            sent TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX outbox_message_status ON outbox_message(status, id);
        CREATE INDEX outbox_message_case ON outbox_message(case_id, id);
        CREATE TABLE time_event (
            key TEXT PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES event(id),
            day TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TRIGGER time_event_no_update BEFORE UPDATE ON time_event
        BEGIN SELECT RAISE(ABORT, 'time events are append-only'); END;
        """
}
