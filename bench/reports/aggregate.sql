-- The aggregation Leadline's reports start from, in SQL that SQLite and DuckDB both run: per subject,
-- reported rater column and attribute, the count, mean and sample standard deviation of the raters'
-- attribute scores (each rater's mean over the attribute's observed behaviours), with the anonymity
-- rules: a group under its minimum is merged into "other raters", which is left out when it is still
-- under the strictest group minimum, and a cell is shown only when enough raters in it have a score.
-- The self-view is not aggregated. Prints one checksum row to compare with Leadline's.
WITH minimums AS (
    SELECT rater_group, minimum FROM cycle_rater_groups WHERE cycle_id = 1
),
strictest AS (
    SELECT max(minimum) AS minimum FROM minimums WHERE rater_group NOT IN ('self', 'line-manager')
),
raters AS (
    SELECT r.id AS response_id, n.subject_id, n.rater_group
    FROM responses r
    JOIN invitations i ON i.id = r.invitation_id
    JOIN nominations n ON n.id = i.nomination_id
    WHERE n.cycle_id = 1 AND r.state = 'submitted' AND n.rater_group <> 'self'
),
group_sizes AS (
    SELECT g.subject_id, g.rater_group, g.responses, m.minimum,
           g.responses >= m.minimum AS alone
    FROM (SELECT subject_id, rater_group, count(*) AS responses FROM raters GROUP BY subject_id, rater_group) g
    JOIN minimums m ON m.rater_group = g.rater_group
),
merged_sizes AS (
    SELECT subject_id, sum(responses) AS responses FROM group_sizes WHERE NOT alone GROUP BY subject_id
),
columns AS (
    SELECT g.subject_id, g.rater_group, g.rater_group AS report_column, g.minimum
    FROM group_sizes g WHERE g.alone
    UNION ALL
    SELECT g.subject_id, g.rater_group, 'other-raters', s.minimum
    FROM group_sizes g
    JOIN merged_sizes m ON m.subject_id = g.subject_id
    CROSS JOIN strictest s
    WHERE NOT g.alone AND m.responses >= s.minimum
),
scores AS (
    SELECT a.response_id, b.attribute_id, avg(a.value) AS score
    FROM ratings a
    JOIN bench_behaviours b ON b.behaviour_id = a.behaviour_id
    WHERE a.value IS NOT NULL
    GROUP BY a.response_id, b.attribute_id
),
cells AS (
    SELECT c.subject_id, c.report_column, s.attribute_id, count(*) AS n, avg(s.score) AS mean,
           sum(s.score * s.score) - sum(s.score) * sum(s.score) / count(*) AS squares,
           min(c.minimum) AS minimum
    FROM scores s
    JOIN raters r ON r.response_id = s.response_id
    JOIN columns c ON c.subject_id = r.subject_id AND c.rater_group = r.rater_group
    GROUP BY c.subject_id, c.report_column, s.attribute_id
),
shown AS (
    SELECT n, mean,
           CASE WHEN n > 1 AND squares > 0 THEN sqrt(squares / (n - 1)) ELSE 0 END AS sd
    FROM cells WHERE n >= minimum
)
SELECT count(*) AS cells, sum(n) AS rater_scores, round(sum(mean), 4) AS sum_of_means,
       round(sum(sd), 4) AS sum_of_sds
FROM shown;
