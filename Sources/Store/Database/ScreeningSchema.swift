// The v3 tables: screening responses, their rescorings, and the journal of domain events.

extension Schema {
    /// A response keeps its full value in `data`; `answers` repeats its answers so that bulk
    /// scoring reads them without decoding the rest (it stands before `data`, so SQLite need not
    /// read `data`'s overflow pages for it). A completed response, a rescoring and an event never
    /// change: triggers refuse it even behind the store's back.
    static let screeningTables = """
        CREATE TABLE screening_response (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES treatment_case(id),
            citizen_id INTEGER NOT NULL REFERENCES citizen(id),
            flow TEXT NOT NULL,
            flow_version TEXT NOT NULL,
            pack TEXT,
            pack_version TEXT,
            status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed')),
            day TEXT NOT NULL,
            completed_at INTEGER,
            answers TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX screening_response_case ON screening_response(case_id, day, id);
        CREATE INDEX screening_response_citizen ON screening_response(citizen_id, flow, day);
        CREATE TRIGGER screening_response_completed_no_update BEFORE UPDATE ON screening_response
        WHEN OLD.status = 'completed'
        BEGIN SELECT RAISE(ABORT, 'a completed screening is immutable'); END;
        CREATE TRIGGER screening_response_completed_no_delete BEFORE DELETE ON screening_response
        WHEN OLD.status = 'completed'
        BEGIN SELECT RAISE(ABORT, 'a completed screening is immutable'); END;
        CREATE TABLE screening_rescoring (
            id INTEGER PRIMARY KEY,
            response_id INTEGER NOT NULL REFERENCES screening_response(id),
            flow_version TEXT NOT NULL,
            pack_version TEXT,
            at INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX screening_rescoring_response ON screening_rescoring(response_id, at, id);
        CREATE TRIGGER screening_rescoring_no_update BEFORE UPDATE ON screening_rescoring
        BEGIN SELECT RAISE(ABORT, 'rescorings are append-only'); END;
        CREATE TRIGGER screening_rescoring_no_delete BEFORE DELETE ON screening_rescoring
        BEGIN SELECT RAISE(ABORT, 'rescorings are append-only'); END;
        -- Domain events raised inside a command's transaction, for the workflows to handle.
        CREATE TABLE event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            command TEXT NOT NULL,
            case_id INTEGER REFERENCES treatment_case(id),
            citizen_id INTEGER,
            subject TEXT,
            payload TEXT NOT NULL
        );
        CREATE INDEX event_case ON event(case_id, id);
        CREATE TRIGGER event_no_update BEFORE UPDATE ON event
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER event_no_delete BEFORE DELETE ON event
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """
}
