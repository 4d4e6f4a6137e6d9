#include "storage/migrations/migration.hpp"

#include <cctype>
#include <string>

namespace leadline::storage {

namespace {

constexpr std::string_view v1_foundation = R"sql(
CREATE TABLE org_units (
    id {id},
    parent_id BIGINT REFERENCES org_units(id),
    name TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE
);
CREATE TABLE people (
    id {id},
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    grade TEXT NOT NULL,
    profession TEXT NOT NULL,
    region TEXT NOT NULL,
    unit_id BIGINT NOT NULL REFERENCES org_units(id),
    line_manager_id BIGINT REFERENCES people(id)
);
CREATE INDEX people_line_manager ON people(line_manager_id);
CREATE TABLE frameworks (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    source_text TEXT NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE TABLE cycles (
    id {id},
    name TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'open', 'closed', 'published')),
    comment_minimum INTEGER NOT NULL,
    manager_identified INTEGER NOT NULL
);
CREATE TABLE cycle_rater_groups (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    rater_group TEXT NOT NULL,
    minimum INTEGER NOT NULL,
    PRIMARY KEY (cycle_id, rater_group)
);
CREATE TABLE cycle_subjects (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    PRIMARY KEY (cycle_id, person_id)
);
CREATE TABLE nominations (
    id {id},
    cycle_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    rater_group TEXT NOT NULL,
    rater_person_id BIGINT REFERENCES people(id),
    rater_email TEXT NOT NULL,
    UNIQUE (cycle_id, subject_id, rater_email),
    FOREIGN KEY (cycle_id, subject_id) REFERENCES cycle_subjects(cycle_id, person_id)
);
CREATE INDEX nominations_cycle ON nominations(cycle_id);
CREATE TABLE invitations (
    id {id},
    nomination_id BIGINT NOT NULL UNIQUE REFERENCES nominations(id),
    token_hash TEXT NOT NULL UNIQUE
);
CREATE TABLE responses (
    id {id},
    invitation_id BIGINT NOT NULL UNIQUE REFERENCES invitations(id),
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted'))
);
CREATE TABLE ratings (
    response_id BIGINT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    behaviour_id TEXT NOT NULL,
    value INTEGER,
    PRIMARY KEY (response_id, behaviour_id)
);
CREATE TABLE comments (
    response_id BIGINT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    attribute_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('strength', 'to-develop')),
    body TEXT NOT NULL,
    PRIMARY KEY (response_id, attribute_id, kind)
)
)sql";

// Times are seconds since 1970 (UTC). Secrets (link tokens, session ids) are stored as SHA-256 hashes,
// and failed sign-ins by a hash of the account or address, so the table holds no addresses.
constexpr std::string_view v2_accounts = R"sql(
CREATE TABLE users (
    id {id},
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'participant', 'line-manager')),
    person_id BIGINT REFERENCES people(id),
    password_hash TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE TABLE sign_in_links (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE sign_in_failures (
    key_hash TEXT NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures(key_hash, failed_at)
)sql";

// Every link sent for an invitation keeps working (a reminder carries a new link, since only hashes of
// links are stored). Messages wait in the outbox until a sender delivers them; a sent message's body,
// which holds a private link, is cleared.
constexpr std::string_view v3_links_and_outbox = R"sql(
CREATE TABLE invitation_links (
    token_hash TEXT PRIMARY KEY,
    invitation_id BIGINT NOT NULL REFERENCES invitations(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX invitation_links_invitation ON invitation_links(invitation_id);
INSERT INTO invitation_links (token_hash, invitation_id, created_at) SELECT token_hash, id, 0 FROM invitations;
CREATE TABLE outbox (
    id {id},
    to_email TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'sign-in')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_unsent ON outbox(sent_at, id)
)sql";

// Whether subjects' line managers may read their published reports; existing cycles keep them private.
constexpr std::string_view v4_manager_report_access = R"sql(
ALTER TABLE cycles ADD COLUMN managers_see_reports INTEGER NOT NULL DEFAULT 0
)sql";

// Learning sets saved by name: who is in which set. What the sets are like is worked out from the
// people directory when they are shown.
constexpr std::string_view v5_learning_sets = R"sql(
CREATE TABLE learning_set_plans (
    id {id},
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    cycle_id BIGINT REFERENCES cycles(id)
);
CREATE TABLE learning_set_members (
    plan_id BIGINT NOT NULL REFERENCES learning_set_plans(id),
    set_number INTEGER NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people(id),
    PRIMARY KEY (plan_id, person_id)
)
)sql";

// The feed of changes behind rater pages kept in memory (app/ports/change_feed.hpp): one row per
// scope holding the position of its latest change. Answers are not watched row by row, which would
// slow every save: whatever changes a response's answers also updates its row (revision counts the
// saves), and the response's trigger marks its invitation.
constexpr std::string_view v6_page_changes = R"sql(
CREATE TABLE page_changes (
    scope TEXT PRIMARY KEY,
    seq BIGINT NOT NULL
);
CREATE INDEX page_changes_seq ON page_changes(seq);
ALTER TABLE responses ADD COLUMN revision BIGINT NOT NULL DEFAULT 0
)sql";

// Two more kinds of message (a nudge to a subject to choose raters, and word that a report is ready), and
// when each subject was last nudged. A CHECK cannot be changed in place in SQLite, so the outbox is built
// again under the same name, keeping every message and its id.
constexpr std::string_view v8_nudges_and_report_notices = R"sql(
CREATE TABLE outbox_v8 (
    id {id},
    to_email TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'sign-in', 'nomination-nudge', 'report-ready')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
INSERT INTO outbox_v8 (id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error)
    SELECT id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v8 RENAME TO outbox;
CREATE INDEX outbox_unsent ON outbox(sent_at, id);
ALTER TABLE cycle_subjects ADD COLUMN last_nudged_at BIGINT NOT NULL DEFAULT 0
)sql";

// PostgreSQL's identity column starts again at 1 in a new table: move it past the ids copied in.
constexpr std::string_view v8_outbox_identity = "SELECT setval(pg_get_serial_sequence('outbox', 'id'), "
                                                "COALESCE((SELECT MAX(id) FROM outbox), 0) + 1, false)";

// The organisation's own details, one row, named in emails and on the rater's first page.
constexpr std::string_view v9_organisation = R"sql(
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    privacy_url TEXT NOT NULL
)
)sql";

// A failed email waits before it is tried again, longer after each failure.
constexpr std::string_view v10_outbox_retries = R"sql(
ALTER TABLE outbox ADD COLUMN next_attempt_at BIGINT NOT NULL DEFAULT 0
)sql";

// What admins did: who, what, to what, when; never what a form held.
constexpr std::string_view v11_audit_log = R"sql(
CREATE TABLE audit_log (
    id {id},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL
)
)sql";

// People who leave keep their history and lose access: a date on the person and on their account. The
// accounts table is rebuilt for its new role ("hr-viewer"; SQLite cannot alter a CHECK), and with it the
// two tables that refer to it, so that no foreign key is left pointing at a dropped table.
constexpr std::string_view v12_leavers_and_viewers = R"sql(
ALTER TABLE people ADD COLUMN left_at BIGINT;
CREATE TABLE users_v12 (
    id {id},
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'participant', 'line-manager', 'hr-viewer')),
    person_id BIGINT REFERENCES people(id),
    password_hash TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    deactivated_at BIGINT
);
INSERT INTO users_v12 (id, email, role, person_id, password_hash, created_at)
    SELECT id, email, role, person_id, password_hash, created_at FROM users;
CREATE TABLE sign_in_links_v12 (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users_v12(id),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
INSERT INTO sign_in_links_v12 SELECT token_hash, user_id, expires_at, used_at FROM sign_in_links;
CREATE TABLE sessions_v12 (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users_v12(id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
INSERT INTO sessions_v12 SELECT id_hash, user_id, csrf_token, created_at, last_seen_at FROM sessions;
DROP TABLE sessions;
DROP TABLE sign_in_links;
DROP TABLE users;
ALTER TABLE users_v12 RENAME TO users;
ALTER TABLE sign_in_links_v12 RENAME TO sign_in_links;
ALTER TABLE sessions_v12 RENAME TO sessions;
CREATE INDEX sessions_user ON sessions(user_id)
)sql";
constexpr std::string_view v12_users_identity = "SELECT setval(pg_get_serial_sequence('users', 'id'), "
                                                "COALESCE((SELECT MAX(id) FROM users), 0) + 1, false)";

// Rater lists approved before invitations go: who approves is a cycle's setting; when and by whom, each
// subject's.
constexpr std::string_view v13_rater_list_approval = R"sql(
ALTER TABLE cycles ADD COLUMN rater_list_approval TEXT NOT NULL DEFAULT 'none'
    CHECK (rater_list_approval IN ('none', 'line-manager', 'hr'));
ALTER TABLE cycle_subjects ADD COLUMN rater_list_approved_at BIGINT;
ALTER TABLE cycle_subjects ADD COLUMN rater_list_approved_by TEXT NOT NULL DEFAULT ''
)sql";

// Retention: the organisation may have individual answers deleted some months after a cycle closes; the
// published reports are kept, as they read, in a snapshot per cycle.
constexpr std::string_view v14_answer_retention = R"sql(
ALTER TABLE organisation ADD COLUMN answer_retention_months INTEGER;
CREATE TABLE report_snapshots (
    cycle_id BIGINT PRIMARY KEY REFERENCES cycles(id),
    taken_at BIGINT NOT NULL,
    body TEXT NOT NULL
)
)sql";

// Development plans (one per person per cycle), their focus areas with the ideas chosen for each, and
// check-ins. A plan's revision counts its saves, so a save from a stale form is refused, not applied.
constexpr std::string_view v15_development_plans = R"sql(
CREATE TABLE development_plans (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    revision BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    shared_with_manager INTEGER NOT NULL DEFAULT 0,
    shared_at BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_id, person_id)
);
CREATE TABLE plan_focus_areas (
    cycle_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    attribute_id TEXT NOT NULL,
    why TEXT NOT NULL,
    goal TEXT NOT NULL,
    review_by TEXT,
    line_manager_helps INTEGER NOT NULL,
    mentor_helps INTEGER NOT NULL,
    PRIMARY KEY (cycle_id, person_id, position),
    FOREIGN KEY (cycle_id, person_id) REFERENCES development_plans(cycle_id, person_id)
);
CREATE TABLE plan_ideas (
    cycle_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    idea TEXT NOT NULL,
    PRIMARY KEY (cycle_id, person_id, position, kind, ordinal),
    FOREIGN KEY (cycle_id, person_id) REFERENCES development_plans(cycle_id, person_id)
);
CREATE TABLE plan_check_ins (
    id {id},
    cycle_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    happened_on TEXT NOT NULL,
    attribute_id TEXT,
    did TEXT NOT NULL,
    learned TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    FOREIGN KEY (cycle_id, person_id) REFERENCES development_plans(cycle_id, person_id)
);
CREATE INDEX plan_check_ins_by_plan ON plan_check_ins (cycle_id, person_id)
)sql";

// Micro-actions tried as habits: the current picks, each started week (its private link by hash) and
// each week's answers, one row per micro-action, so a second "did it" changes nothing. The outbox is
// rebuilt for its new kind of email ("habit-nudge"; SQLite cannot alter a CHECK).
constexpr std::string_view v16_habits = R"sql(
CREATE TABLE outbox_v16 (
    id {id},
    to_email TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'sign-in', 'nomination-nudge', 'report-ready',
                                       'habit-nudge')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO outbox_v16 (id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error,
                        next_attempt_at)
    SELECT id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error, next_attempt_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v16 RENAME TO outbox;
CREATE INDEX outbox_unsent ON outbox(sent_at, id);
ALTER TABLE development_plans ADD COLUMN nudges INTEGER NOT NULL DEFAULT 1;
CREATE TABLE habit_picks (
    cycle_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    micro_action TEXT NOT NULL,
    picked_at BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, person_id, micro_action),
    FOREIGN KEY (cycle_id, person_id) REFERENCES development_plans(cycle_id, person_id)
);
CREATE TABLE habit_weeks (
    cycle_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    week_start TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    started_at BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, person_id, week_start),
    FOREIGN KEY (cycle_id, person_id) REFERENCES development_plans(cycle_id, person_id)
);
CREATE TABLE habit_answers (
    cycle_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    week_start TEXT NOT NULL,
    micro_action TEXT NOT NULL,
    did INTEGER,
    answered_at BIGINT,
    PRIMARY KEY (cycle_id, person_id, week_start, micro_action),
    FOREIGN KEY (cycle_id, person_id, week_start) REFERENCES habit_weeks(cycle_id, person_id, week_start)
)
)sql";

// The pulse: each cycle's rounds, what each round asks about each subject (fixed when it opens), the raters'
// private links (by hash) and their answers, and raters a subject added. The outbox is rebuilt for the
// pulse's invitations ("pulse-invitation").
constexpr std::string_view v17_pulse = R"sql(
CREATE TABLE outbox_v17 (
    id {id},
    to_email TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'sign-in', 'nomination-nudge', 'report-ready',
                                       'habit-nudge', 'pulse-invitation')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO outbox_v17 (id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error,
                        next_attempt_at)
    SELECT id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error, next_attempt_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v17 RENAME TO outbox;
CREATE INDEX outbox_unsent ON outbox(sent_at, id);
CREATE TABLE pulse_rounds (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    round INTEGER NOT NULL CHECK (round BETWEEN 1 AND 3),
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    invited_at BIGINT,
    PRIMARY KEY (cycle_id, round)
);
CREATE TABLE pulse_items (
    cycle_id BIGINT NOT NULL,
    round INTEGER NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people(id),
    position INTEGER NOT NULL,
    attribute_id TEXT NOT NULL,
    focus INTEGER NOT NULL,
    PRIMARY KEY (cycle_id, round, person_id, position)
);
CREATE TABLE pulse_invitations (
    id {id},
    cycle_id BIGINT NOT NULL,
    round INTEGER NOT NULL,
    subject_id BIGINT NOT NULL REFERENCES people(id),
    rater_group TEXT NOT NULL,
    rater_email TEXT NOT NULL,
    rater_name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    answered_at BIGINT,
    feedforward TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pulse_invitations_by_subject ON pulse_invitations (cycle_id, round, subject_id);
CREATE TABLE pulse_ratings (
    invitation_id BIGINT NOT NULL REFERENCES pulse_invitations(id),
    attribute_id TEXT NOT NULL,
    change INTEGER NOT NULL CHECK (change BETWEEN -3 AND 3),
    PRIMARY KEY (invitation_id, attribute_id)
);
CREATE TABLE pulse_added_raters (
    cycle_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL REFERENCES people(id),
    rater_email TEXT NOT NULL,
    rater_name TEXT NOT NULL,
    rater_group TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, subject_id, rater_email)
)
)sql";

// Confirmed mentoring pairs, a plan shared with its owner's mentor, and the email that tells people of their
// match (the outbox is rebuilt for its new kind, "mentor-match").
constexpr std::string_view v18_mentoring = R"sql(
CREATE TABLE outbox_v18 (
    id {id},
    to_email TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'sign-in', 'nomination-nudge', 'report-ready',
                                       'habit-nudge', 'pulse-invitation', 'mentor-match')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO outbox_v18 (id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error,
                        next_attempt_at)
    SELECT id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error, next_attempt_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v18 RENAME TO outbox;
CREATE INDEX outbox_unsent ON outbox(sent_at, id);
ALTER TABLE development_plans ADD COLUMN shared_with_mentor INTEGER NOT NULL DEFAULT 0;
CREATE TABLE mentor_pairs (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    mentee_id BIGINT NOT NULL REFERENCES people(id),
    mentor_id BIGINT NOT NULL REFERENCES people(id),
    fit DOUBLE PRECISION NOT NULL,
    reason TEXT NOT NULL,
    confirmed_at BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, mentee_id)
);
CREATE INDEX mentor_pairs_by_mentor ON mentor_pairs (mentor_id)
)sql";

// Learning sets an admin confirmed, and the email that tells each member of their set (the outbox is rebuilt
// for its new kind, "learning-set"). A plan confirmed once is not confirmed again, so nobody is told twice.
constexpr std::string_view v19_learning_set_confirmation = R"sql(
CREATE TABLE outbox_v19 (
    id {id},
    to_email TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'sign-in', 'nomination-nudge', 'report-ready',
                                       'habit-nudge', 'pulse-invitation', 'mentor-match', 'learning-set')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO outbox_v19 (id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error,
                        next_attempt_at)
    SELECT id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error, next_attempt_at
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v19 RENAME TO outbox;
CREATE INDEX outbox_unsent ON outbox(sent_at, id);
ALTER TABLE learning_set_plans ADD COLUMN confirmed_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX learning_set_members_by_person ON learning_set_members (person_id)
)sql";

// What people chose for mentoring after a cycle, from their home page: areas to develop (attribute ids
// separated by semicolons), strengths they offer, and how many people they could mentor (NULL: the
// programme's usual).
constexpr std::string_view v20_mentoring_choices = R"sql(
CREATE TABLE mentoring_choices (
    cycle_id BIGINT NOT NULL REFERENCES cycles(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    wants_mentor INTEGER NOT NULL,
    develop TEXT NOT NULL,
    strengths TEXT NOT NULL,
    capacity INTEGER,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, person_id)
)
)sql";

// The protected characteristics an organisation records (optional, only ever shown about groups): the
// values it defines for each field, in its order, and what is recorded about each person.
constexpr std::string_view v21_equality = R"sql(
CREATE TABLE equality_categories (
    field TEXT NOT NULL,
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (field, position)
);
CREATE TABLE equality_records (
    person_id BIGINT NOT NULL REFERENCES people(id),
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (person_id, field)
)
)sql";

// Talent reviews: the people of each (with their proposed and current placement, whose revision guards
// against two reviewers moving one placement at once), assessments with their evidence, every move made
// in calibration, and reviewers' views recorded before the meeting.
constexpr std::string_view v22_talent_reviews = R"sql(
CREATE TABLE talent_reviews (
    id {id},
    name TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    population TEXT NOT NULL,
    minimum_group INTEGER NOT NULL,
    stage TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE talent_review_people (
    review_id BIGINT NOT NULL REFERENCES talent_reviews(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    line_manager_id BIGINT REFERENCES people(id),
    proposed_status TEXT NOT NULL,
    proposed_box INTEGER NOT NULL,
    now_status TEXT NOT NULL,
    now_box INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    PRIMARY KEY (review_id, person_id)
);
CREATE TABLE talent_assessments (
    review_id BIGINT NOT NULL REFERENCES talent_reviews(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    assessor_id BIGINT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (review_id, person_id, assessor_id)
);
CREATE TABLE talent_ratings (
    review_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    assessor_id BIGINT NOT NULL,
    indicator TEXT NOT NULL,
    level INTEGER,
    evidence TEXT NOT NULL,
    PRIMARY KEY (review_id, person_id, assessor_id, indicator)
);
CREATE TABLE talent_moves (
    id {id},
    review_id BIGINT NOT NULL REFERENCES talent_reviews(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    from_status TEXT NOT NULL,
    from_box INTEGER NOT NULL,
    to_status TEXT NOT NULL,
    to_box INTEGER NOT NULL,
    reason TEXT NOT NULL,
    proposed_by BIGINT NOT NULL REFERENCES people(id),
    moved_at BIGINT NOT NULL
);
CREATE TABLE talent_views (
    review_id BIGINT NOT NULL REFERENCES talent_reviews(id),
    reviewer_id BIGINT NOT NULL REFERENCES people(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    agrees INTEGER NOT NULL,
    note TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (review_id, reviewer_id, person_id)
)
)sql";

constexpr std::string_view v23_talent_disagreements = R"sql(
CREATE TABLE talent_disagreements (
    review_id BIGINT NOT NULL REFERENCES talent_reviews(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    said TEXT NOT NULL,
    said_at BIGINT NOT NULL,
    PRIMARY KEY (review_id, person_id)
)
)sql";

// Pools of people approved for accelerated development schemes: each membership keeps the review that
// approved it and the day it runs out (ISO 8601 text, so that both backends sort and compare it alike).
constexpr std::string_view v24_talent_pools = R"sql(
CREATE TABLE talent_pools (
    id {id},
    name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX talent_pools_by_name ON talent_pools (lower(name));
CREATE TABLE talent_pool_members (
    pool_id BIGINT NOT NULL REFERENCES talent_pools(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    review_id BIGINT NOT NULL REFERENCES talent_reviews(id),
    expires_on TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (pool_id, person_id)
)
)sql";

// Where a watched change is marked in page_changes.
struct Watched {
    std::string_view table;
    std::string_view event;
    std::string_view scope; // an SQL expression over OLD or NEW
};

// SQLite triggers that mark each watched change in page_changes, inside the transaction that makes it.
std::vector<std::string> triggers_for(const std::vector<Watched>& watched) {
    std::vector<std::string> all;
    for (const auto& [table, event, scope] : watched) {
        std::string name = "page_changes_" + std::string(table) + "_" + std::string(event);
        for (auto& c : name) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        all.push_back("CREATE TRIGGER " + name + " AFTER " + std::string(event) + " ON " +
                      std::string(table) + " BEGIN INSERT INTO page_changes (scope, seq) VALUES (" +
                      std::string(scope) +
                      ", (SELECT COALESCE(MAX(seq), 0) + 1 FROM page_changes)) ON CONFLICT (scope) DO "
                      "UPDATE SET seq = excluded.seq; END");
    }
    return all;
}

std::vector<std::string_view> views_of(const std::vector<std::string>& statements) {
    return {statements.begin(), statements.end()};
}

// What a rater's page shows changing.
std::vector<std::string_view> page_change_triggers() {
    static const std::vector<std::string> statements = triggers_for({
        {"cycles", "UPDATE", "'c' || OLD.id"},
        {"cycles", "DELETE", "'c' || OLD.id"},
        {"nominations", "UPDATE", "'n' || OLD.id"},
        {"nominations", "DELETE", "'n' || OLD.id"},
        {"invitations", "UPDATE", "'i' || OLD.id"},
        {"invitations", "DELETE", "'i' || OLD.id"},
        {"invitation_links", "UPDATE", "'i' || OLD.invitation_id"},
        {"invitation_links", "DELETE", "'i' || OLD.invitation_id"},
        {"responses", "INSERT", "'i' || NEW.invitation_id"},
        {"responses", "UPDATE", "'i' || OLD.invitation_id"},
        {"responses", "DELETE", "'i' || OLD.invitation_id"},
        {"people", "UPDATE", "'p' || OLD.id"},
        {"people", "DELETE", "'p' || OLD.id"},
    });
    return views_of(statements);
}

// What a cycle's progress counts also changing: rows added to it (a rater page never shows a row before
// it exists, so the first set of triggers could leave inserts out), and its groups' minimums.
std::vector<std::string_view> progress_change_triggers() {
    static const std::vector<std::string> statements = triggers_for({
        {"cycle_subjects", "INSERT", "'c' || NEW.cycle_id"},
        {"cycle_subjects", "DELETE", "'c' || OLD.cycle_id"},
        {"cycle_rater_groups", "INSERT", "'c' || NEW.cycle_id"},
        {"cycle_rater_groups", "UPDATE", "'c' || OLD.cycle_id"},
        {"cycle_rater_groups", "DELETE", "'c' || OLD.cycle_id"},
        {"nominations", "INSERT", "'n' || NEW.id"},
        {"invitations", "INSERT", "'i' || NEW.id"},
    });
    return views_of(statements);
}

// The rater's first page shows the organisation's details, so every kept rater page depends on them.
std::vector<std::string_view> organisation_change_triggers() {
    static const std::vector<std::string> statements = triggers_for({
        {"organisation", "INSERT", "'o' || NEW.id"},
        {"organisation", "UPDATE", "'o' || OLD.id"},
    });
    return views_of(statements);
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all{
        {1, "people, frameworks, cycles, nominations, invitations, responses", v1_foundation},
        {2, "accounts, sign-in links, sessions, failed sign-ins", v2_accounts},
        {3, "invitation links, outbox", v3_links_and_outbox},
        {4, "line managers' access to reports, per cycle", v4_manager_report_access},
        {5, "saved learning sets", v5_learning_sets},
        {6, "changes behind rater pages", v6_page_changes, page_change_triggers()},
        {7, "changes behind progress pages", "", progress_change_triggers()},
        {8, "nudges to subjects, report notices", v8_nudges_and_report_notices, {}, {v8_outbox_identity}},
        {9, "the organisation's details", v9_organisation, organisation_change_triggers()},
        {10, "retries of failed emails", v10_outbox_retries},
        {11, "the audit log of admins' actions", v11_audit_log},
        {12, "leavers, deactivated accounts, HR viewers", v12_leavers_and_viewers, {}, {v12_users_identity}},
        {13, "approving rater lists", v13_rater_list_approval},
        {14, "deleting answers after a time, keeping reports", v14_answer_retention},
        {15, "development plans and check-ins", v15_development_plans},
        {16, "micro-actions tried as habits, weekly nudges", v16_habits, {}, {v8_outbox_identity}},
        {17, "the pulse after a 360", v17_pulse, {}, {v8_outbox_identity}},
        {18, "confirmed mentoring pairs", v18_mentoring, {}, {v8_outbox_identity}},
        {19, "confirmed learning sets", v19_learning_set_confirmation, {}, {v8_outbox_identity}},
        {20, "what people chose for mentoring", v20_mentoring_choices},
        {21, "protected characteristics, for fairness figures", v21_equality},
        {22, "talent reviews: placements, assessments, moves, views", v22_talent_reviews},
        {23, "what people say when they disagree with their talent review", v23_talent_disagreements},
        {24, "pools of people approved for accelerated development", v24_talent_pools},
    };
    return all;
}

} // namespace leadline::storage
