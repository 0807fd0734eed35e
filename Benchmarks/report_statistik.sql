-- The statistik report's figures in SQL: the reference `make bench` times beside `tovholder report run statistik`.
-- The benchmark replaces :from, :to and :today with quoted days (YYYY-MM-DD) before the sqlite3 shell runs it.
-- Each output line is a name and its values, separated by |; the benchmark compares them with the report's JSON.
-- The counting is reports/statistik.lua's; the rows are read from the report columns and their
-- covering indexes (treatment_case_report, screening_response_report, plan_report, plan_followup_report).
PRAGMA temp_store = MEMORY;

-- The period's cases, completed screenings, KIPs active in it and KIP follow-ups due in it.
-- The cases as they stood on :today: requested by then, a start or a discharge after it not yet known.
CREATE TEMP TABLE period_case AS
SELECT id, citizen_id, requested, iif(started <= :today, started, NULL) AS started,
    iif(closed <= :today, closed, NULL) AS closed, iif(closed <= :today, discharge_reason, NULL) AS discharge_reason
FROM treatment_case
WHERE requested >= :from AND requested <= min(:to, :today);

CREATE TEMP TABLE period_screening (id INTEGER PRIMARY KEY, case_id, flow, day, scores, positive);
-- Positive: a flag `positive` or one ending in `_positive` (the flags are a JSON array of names).
INSERT INTO period_screening
SELECT id, case_id, flow, day, iif(flow = 'asi', result_scores, NULL),
    instr(result_flags, '"positive"') > 0 OR instr(result_flags, '_positive"') > 0
FROM screening_response
WHERE status = 'completed' AND day >= :from AND day <= :to;

-- The period's end as far as it is known: a KIP active "at the end" of a period reaching into the
-- future is one active today.
CREATE TEMP TABLE known AS SELECT min(:to, :today) AS known_end;

CREATE TEMP TABLE kip AS
SELECT id, activated, ended
FROM plan
WHERE kind = 'kip' AND activated IS NOT NULL AND activated <= (SELECT known_end FROM known)
    AND (ended IS NULL OR ended >= :from);

CREATE TEMP TABLE kip_followup AS
SELECT f.due, f.held
FROM plan_followup f JOIN plan p ON p.id = f.plan_id
WHERE f.due >= :from AND f.due <= :to AND p.kind = 'kip' AND f.status != 'cancelled' AND f.due <= :today;

-- Every month of the period.
CREATE TEMP TABLE period_month AS
WITH RECURSIVE months(month) AS (
    SELECT substr(:from, 1, 7)
    UNION ALL
    SELECT substr(date(month || '-01', '+1 month'), 1, 7) FROM months WHERE month < substr(:to, 1, 7)
)
SELECT month FROM months;

-- The first request of each episode: a request at most 10 days after the citizen's previous one joins its episode.
CREATE TEMP TABLE episode AS
SELECT requested
FROM (
    SELECT requested, lag(requested) OVER (PARTITION BY citizen_id ORDER BY requested) AS previous
    FROM period_case)
WHERE previous IS NULL OR julianday(requested) - julianday(previous) > 10;

-- Days in treatment of the cases started and closed, ranked.
CREATE TEMP TABLE treatment_days AS
SELECT days, row_number() OVER (ORDER BY days) AS rank, count(*) OVER () AS n
FROM (SELECT CAST(julianday(closed) - julianday(started) AS INTEGER) AS days
    FROM period_case WHERE started IS NOT NULL AND closed IS NOT NULL);

-- The overview.
SELECT 'total', count(*) FROM period_case;
SELECT 'episodes', count(*) FROM episode;
SELECT 'median', avg(days) FROM treatment_days WHERE rank IN ((n + 1) / 2, (n + 2) / 2);
SELECT 'screenings', count(*) FROM period_screening;
SELECT 'active_at_end', count(*) FROM kip WHERE ended IS NULL OR ended > (SELECT known_end FROM known);
SELECT 'on_time_percent', CAST(sum(held IS NOT NULL AND held <= due) * 1.0 / count(*) * 1000 + 0.5 AS INTEGER) / 10.0
FROM kip_followup HAVING count(*) > 0;

-- By month: requests, episodes, starts, discharges, screenings, active KIPs, KIP follow-ups due,
-- the share of those held on time, and the number held on time.
WITH requests AS (SELECT substr(requested, 1, 7) AS month, count(*) AS n FROM period_case GROUP BY 1),
episodes AS (SELECT substr(requested, 1, 7) AS month, count(*) AS n FROM episode GROUP BY 1),
starts AS (SELECT substr(started, 1, 7) AS month, count(*) AS n FROM period_case WHERE started IS NOT NULL GROUP BY 1),
discharges AS (SELECT substr(closed, 1, 7) AS month, count(*) AS n FROM period_case WHERE closed IS NOT NULL GROUP BY 1),
screenings AS (SELECT substr(day, 1, 7) AS month, count(*) AS n FROM period_screening GROUP BY 1),
-- A KIP is active from the month it was activated (or the period's first) to the month it ended
-- (or the known end): the months' running count of KIPs begun less those ended before.
kip_span AS (
    SELECT max(substr(activated, 1, 7), substr(:from, 1, 7)) AS first,
        substr(iif(ended IS NOT NULL AND ended < known_end, ended, known_end), 1, 7) AS last
    FROM kip, known),
begun AS (SELECT first AS month, count(*) AS n FROM kip_span GROUP BY first),
ended AS (SELECT last AS month, count(*) AS n FROM kip_span GROUP BY last),
kips AS (
    SELECT m.month, sum(coalesce(begun.n, 0)) OVER running - sum(coalesce(ended.n, 0)) OVER running
        + coalesce(ended.n, 0) AS n
    FROM period_month m LEFT JOIN begun USING (month) LEFT JOIN ended USING (month)
    WINDOW running AS (ORDER BY m.month)),
due AS (
    SELECT substr(due, 1, 7) AS month, count(*) AS n, sum(held IS NOT NULL AND held <= due) AS on_time
    FROM kip_followup GROUP BY 1)
SELECT 'month', m.month, coalesce(requests.n, 0), coalesce(episodes.n, 0), coalesce(starts.n, 0),
    coalesce(discharges.n, 0), coalesce(screenings.n, 0), coalesce(kips.n, 0), coalesce(due.n, 0),
    CASE WHEN due.n > 0 THEN 1.0 * due.on_time / due.n ELSE '' END, coalesce(due.on_time, 0)
FROM period_month m
LEFT JOIN requests USING (month) LEFT JOIN episodes USING (month) LEFT JOIN starts USING (month)
LEFT JOIN discharges USING (month) LEFT JOIN screenings USING (month) LEFT JOIN kips USING (month)
LEFT JOIN due USING (month)
ORDER BY m.month;

-- Discharges by reason, by the reason's code.
SELECT 'reason', coalesce(discharge_reason, 'unknown') AS reason, count(*)
FROM period_case WHERE closed IS NOT NULL GROUP BY reason ORDER BY reason;

-- Completed screenings per instrument and the share positive (for instruments with a positive result).
SELECT 'flow', flow, done, iif(flagged, positives, ''), iif(flagged, 1.0 * positives / done, '')
FROM (
    SELECT flow, count(*) AS done, sum(positive) AS positives,
        max(flow IN ('basisscreening', 'audit', 'dudit') OR positive) AS flagged
    FROM period_screening GROUP BY flow)
ORDER BY flow;

-- ASI: per case with two interviews in the period on different days, the first and the last (by
-- day, then id); the mean composite per area at intake and at follow-up.
CREATE TEMP TABLE asi_pair AS
WITH ranked AS (
    SELECT id, case_id, day,
        row_number() OVER (PARTITION BY case_id ORDER BY day, id) AS position,
        count(*) OVER (PARTITION BY case_id) AS n
    FROM period_screening WHERE flow = 'asi')
SELECT intake_row.scores AS intake, followup_row.scores AS followup
FROM ranked intake
JOIN ranked followup ON followup.case_id = intake.case_id AND followup.position = followup.n
JOIN period_screening intake_row ON intake_row.id = intake.id
JOIN period_screening followup_row ON followup_row.id = followup.id
WHERE intake.position = 1 AND intake.n > 1 AND followup.day > intake.day;

WITH areas(area, position) AS (
    VALUES ('medical', 1), ('employment', 2), ('alcohol', 3), ('drug', 4), ('legal', 5), ('family', 6),
        ('psychiatric', 7)),
scores AS (
    SELECT areas.area, json_extract(asi_pair.intake, '$.' || areas.area) AS before,
        json_extract(asi_pair.followup, '$.' || areas.area) AS after
    FROM asi_pair CROSS JOIN areas)
SELECT 'asi', areas.area, count(scores.before), avg(scores.before), avg(scores.after),
    avg(scores.after) - avg(scores.before)
FROM areas LEFT JOIN scores ON scores.area = areas.area AND scores.before IS NOT NULL AND scores.after IS NOT NULL
GROUP BY areas.area ORDER BY areas.position;

-- KIPs active in the period; their follow-ups due, held on time, held late, not held.
SELECT 'kips', (SELECT count(*) FROM kip), count(*), coalesce(sum(held IS NOT NULL AND held <= due), 0),
    coalesce(sum(held IS NOT NULL AND held > due), 0), coalesce(sum(held IS NULL), 0)
FROM kip_followup;

-- Every coordinator's open cases now, by status, the busiest first.
SELECT 'caseload', a.name, sum(c.status = 'requested'), sum(c.status = 'in_treatment'), sum(c.status = 'aftercare'),
    count(*)
FROM coordinator_history h
JOIN treatment_case c ON c.id = h.case_id
JOIN actor a ON a.id = h.current_actor_id
WHERE c.status != 'discharged'
GROUP BY a.id ORDER BY count(*) DESC, a.name;
