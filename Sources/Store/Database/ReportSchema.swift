// The v5 report columns and covering indexes, derived from the JSON beside them, so reports never read the wide rows.

extension Schema {
    /// Reports read thousands of rows at a time, so what they read stands in columns derived from
    /// the JSON (as the other columns are) and in covering indexes: a report over a period reads
    /// the index alone, never the wide `data` (whose overflow pages the new columns, added after
    /// it, would otherwise sit behind). Existing rows are filled from their JSON; a completed
    /// screening is immutable, so its trigger stands aside while its columns are filled.
    static let reportColumns = """
        ALTER TABLE treatment_case ADD COLUMN discharge_reason TEXT;
        UPDATE treatment_case SET discharge_reason = json_extract(data, '$.discharge.reason');
        CREATE INDEX treatment_case_report ON treatment_case(
            requested, id, citizen_id, basis, municipality, status, started, closed, other_offer_day, discharge_reason);
        ALTER TABLE screening_response ADD COLUMN result_flags TEXT;
        ALTER TABLE screening_response ADD COLUMN result_scores TEXT;
        DROP TRIGGER screening_response_completed_no_update;
        UPDATE screening_response
        SET result_flags = json_extract(data, '$.result.flags'),
            result_scores = (
                SELECT json_group_object(json_extract(score.value, '$.id'), json_extract(score.value, '$.value'))
                FROM json_each(screening_response.data, '$.result.scores') AS score
                WHERE json_extract(score.value, '$.value') IS NOT NULL)
        WHERE status = 'completed';
        CREATE TRIGGER screening_response_completed_no_update BEFORE UPDATE ON screening_response
        WHEN OLD.status = 'completed'
        BEGIN SELECT RAISE(ABORT, 'a completed screening is immutable'); END;
        CREATE INDEX screening_response_report ON screening_response(
            status, day, id, case_id, citizen_id, flow, result_flags, result_scores);
        ALTER TABLE plan ADD COLUMN activated TEXT;
        ALTER TABLE plan ADD COLUMN ended TEXT;
        UPDATE plan SET activated = json_extract(data, '$.activated'), ended = json_extract(data, '$.ended');
        CREATE INDEX plan_report ON plan(kind, activated, ended, status, case_id, id);
        ALTER TABLE plan_followup ADD COLUMN status TEXT NOT NULL DEFAULT 'planned';
        UPDATE plan_followup SET status = COALESCE((
            SELECT json_extract(followup.value, '$.status')
            FROM plan, json_each(plan.data, '$.followUps') AS followup
            WHERE plan.id = plan_followup.plan_id AND json_extract(followup.value, '$.id') = plan_followup.followup_id
        ), 'planned');
        CREATE INDEX plan_followup_report ON plan_followup(due, plan_id, case_id, held, status);
        """
}
