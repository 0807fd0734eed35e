-- The behandlingsgaranti report's figures in SQL: the reference `make bench` times beside `tovholder report run behandlingsgaranti`.
-- The benchmark replaces :from, :to and :today with quoted days (YYYY-MM-DD) before the sqlite3 shell runs it.
-- Each output line is a name and its values, separated by |; the benchmark compares them with the report's JSON.
-- The guarantee's rules are TreatmentGuarantee's (Sources/Core/Cases/TreatmentGuarantee.swift), the
-- counting is reports/behandlingsgaranti.lua's, and the cases are read from the covering index
-- treatment_case_report alone (the deadline is computed, as the report does, not read from its column).
PRAGMA temp_store = MEMORY;

-- One pass over the period's cases: each case's standing on :today and its days to start.
CREATE TEMP TABLE guarantee AS
SELECT id, basis, requested, started, closed, deadline,
    CASE
        WHEN basis = 'sel101a' THEN 'anonymous'
        WHEN other_offer_day IS NOT NULL AND other_offer_day <= :today AND other_offer_day <= deadline THEN 'other_offer'
        WHEN started IS NOT NULL AND started <= :today THEN iif(started <= deadline, 'met', 'breached')
        WHEN closed IS NOT NULL AND closed <= :today THEN iif(closed <= deadline, 'closed_before_start', 'breached')
        WHEN :today <= deadline THEN 'pending'
        ELSE 'breached'
    END AS status,
    CAST(julianday(started) - julianday(requested) AS INTEGER) AS days_to_start
FROM (
    -- The cases as they stood on :today: requested by then, a start or a closing after it not yet known.
    SELECT id, basis, requested, iif(started <= :today, started, NULL) AS started,
        iif(closed <= :today, closed, NULL) AS closed, other_offer_day, date(requested, '+14 days') AS deadline
    FROM treatment_case
    WHERE requested >= :from AND requested <= min(:to, :today)
);

-- How many of the started cases the guarantee counts took each number of days to start, with the
-- running count: the median, the percentile and the histogram come from these few rows.
CREATE TEMP TABLE start_days AS
SELECT days, cases, sum(cases) OVER (ORDER BY days) AS running, sum(cases) OVER () AS n
FROM (
    SELECT days_to_start AS days, count(*) AS cases FROM guarantee
    WHERE status IN ('met', 'breached', 'pending') AND started IS NOT NULL
    GROUP BY days_to_start);

SELECT 'total', count(*) FROM guarantee;
SELECT 'breaches', count(*) FROM guarantee WHERE status = 'breached';
-- The median: the middle value, or the mean of the two middle values (the value at rank k is the
-- first whose running count reaches k).
SELECT 'median',
    ((SELECT min(days) FROM start_days WHERE running >= (n + 1) / 2)
        + (SELECT min(days) FROM start_days WHERE running >= (n + 2) / 2)) / 2.0
FROM (SELECT max(n) AS n FROM start_days) WHERE n > 0;
-- The 90th percentile by nearest rank: the value at rank ceil(0.9 n).
SELECT 'p90', min(days) FROM start_days WHERE running >= max(1, (9 * n + 9) / 10) HAVING count(*) > 0;

-- Per legal basis: requested, started within 14 days, started later, waiting within the deadline,
-- waiting past it, and the share on time.
WITH bases(basis, position) AS (VALUES ('sel101', 1), ('sul141', 2), ('sul142', 3)),
counted AS (
    SELECT basis, count(*) AS requested, sum(status = 'met') AS in_time,
        sum(started IS NOT NULL AND status != 'met') AS late,
        sum(started IS NULL AND status = 'pending') AS waiting,
        sum(started IS NULL AND status = 'breached') AS overdue
    FROM guarantee WHERE status IN ('met', 'breached', 'pending') GROUP BY basis)
SELECT 'basis', bases.basis, coalesce(requested, 0), coalesce(in_time, 0), coalesce(late, 0), coalesce(waiting, 0),
    coalesce(overdue, 0), CASE WHEN requested > 0 THEN 1.0 * in_time / requested ELSE '' END
FROM bases LEFT JOIN counted USING (basis) ORDER BY bases.position;

-- Days from request to start in the report's bins.
SELECT 'histogram', coalesce(sum(cases) FILTER (WHERE days BETWEEN 0 AND 7), 0),
    coalesce(sum(cases) FILTER (WHERE days BETWEEN 8 AND 14), 0),
    coalesce(sum(cases) FILTER (WHERE days BETWEEN 15 AND 21), 0),
    coalesce(sum(cases) FILTER (WHERE days BETWEEN 22 AND 30), 0),
    coalesce(sum(cases) FILTER (WHERE days BETWEEN 31 AND 60), 0), coalesce(sum(cases) FILTER (WHERE days >= 61), 0)
FROM start_days;

-- Excluded from the guarantee: anonymous (§ 101 a), another offer chosen, closed before a start.
SELECT 'excluded', sum(status = 'anonymous'), sum(status = 'other_offer'), sum(status = 'closed_before_start')
FROM guarantee;

-- The breaches, oldest request first: case, basis, requested, deadline, started, days over (to the
-- start, else to the closing, else to :today).
SELECT 'breach', id, basis, requested, deadline, coalesce(started, ''),
    CAST(
        julianday(
            CASE
                WHEN started IS NOT NULL AND started <= :today THEN started
                WHEN closed IS NOT NULL AND closed <= :today THEN closed
                ELSE :today
            END) - julianday(deadline) AS INTEGER)
FROM guarantee WHERE status = 'breached' ORDER BY requested, id;
