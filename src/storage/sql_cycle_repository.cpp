#include "storage/sql_cycle_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

namespace {

Result<domain::CycleSettings> read_settings(soci::session& sql, long long id, std::string& state_text) {
    domain::CycleSettings settings;
    std::string framework;
    std::string opens;
    std::string closes;
    int comment_minimum = 0;
    int manager_identified = 0;
    int managers_see_reports = 0;
    std::string approval;
    sql << "SELECT name, framework_id, framework_version, opens_on, closes_on, state, comment_minimum, "
           "manager_identified, managers_see_reports, rater_list_approval FROM cycles WHERE id = :id",
        soci::use(id), soci::into(settings.name), soci::into(framework),
        soci::into(settings.framework_version), soci::into(opens), soci::into(closes), soci::into(state_text),
        soci::into(comment_minimum), soci::into(manager_identified), soci::into(managers_see_reports),
        soci::into(approval);
    if (!sql.got_data()) {
        return domain::fail(domain::ErrorCode::NotFound, "There is no cycle " + std::to_string(id) + ".");
    }
    settings.framework = domain::FrameworkId(framework);
    auto opens_on = domain::Date::parse(opens);
    auto closes_on = domain::Date::parse(closes);
    if (!opens_on || !closes_on) {
        return domain::fail(domain::ErrorCode::Internal,
                            "The dates stored for cycle " + std::to_string(id) + " cannot be read.");
    }
    settings.opens_on = *opens_on;
    settings.closes_on = *closes_on;
    settings.line_managers_see_reports = managers_see_reports != 0;
    settings.approval =
        domain::rater_list_approval_from_string(approval).value_or(domain::RaterListApproval::None);

    std::map<domain::RaterGroup, int> minimums;
    std::string group_text;
    int minimum = 0;
    soci::statement groups =
        (sql.prepare << "SELECT rater_group, minimum FROM cycle_rater_groups WHERE cycle_id = "
                        ":id",
         soci::use(id), soci::into(group_text), soci::into(minimum));
    groups.execute();
    while (groups.fetch()) {
        if (auto group = domain::rater_group_from_string(group_text)) {
            minimums[*group] = minimum;
        }
    }
    for (auto group : domain::all_rater_groups) {
        if (minimums.count(group) != 0) {
            settings.rater_groups.push_back(group);
        }
    }
    auto policy =
        domain::AnonymityPolicy::create(minimums, comment_minimum,
                                        manager_identified != 0 ? domain::ManagerVisibility::Identified
                                                                : domain::ManagerVisibility::Anonymous);
    if (!policy) {
        return domain::fail(policy.error());
    }
    settings.anonymity = *policy;
    return settings;
}

} // namespace

namespace {

// A cycle's settings as the cycles table's columns hold them.
struct SettingsColumns {
    std::string opens;
    std::string closes;
    int comment_minimum;
    int manager_identified;
    int managers_see_reports;
    std::string approval;

    explicit SettingsColumns(const domain::CycleSettings& settings)
        : opens(settings.opens_on.iso()), closes(settings.closes_on.iso()),
          comment_minimum(settings.anonymity.comment_minimum()),
          manager_identified(
              settings.anonymity.manager_visibility() == domain::ManagerVisibility::Identified ? 1 : 0),
          managers_see_reports(settings.line_managers_see_reports ? 1 : 0),
          approval(domain::to_string(settings.approval)) {}
};

// The cycle's rater groups and their minimums; self is always one of them.
void insert_rater_groups(soci::session& sql, long long cycle, const domain::CycleSettings& settings) {
    auto groups = settings.rater_groups;
    if (std::find(groups.begin(), groups.end(), domain::RaterGroup::Self) == groups.end()) {
        groups.insert(groups.begin(), domain::RaterGroup::Self);
    }
    for (auto group : groups) {
        const std::string group_text(domain::to_string(group));
        const int minimum = settings.anonymity.group_minimum(group);
        sql << "INSERT INTO cycle_rater_groups (cycle_id, rater_group, minimum) VALUES (:cycle, :group, "
               ":min)",
            soci::use(cycle), soci::use(group_text), soci::use(minimum);
    }
}

} // namespace

Result<domain::CycleId> SqlCycleRepository::create_cycle(const domain::CycleSettings& settings) {
    return guarded("creating a cycle", [&]() -> Result<domain::CycleId> {
        long long id = 0;
        const SettingsColumns row(settings);
        m_sql << "INSERT INTO cycles (name, framework_id, framework_version, opens_on, closes_on, state, "
                 "comment_minimum, manager_identified, managers_see_reports, rater_list_approval) VALUES "
                 "(:name, "
                 ":framework, :version, :opens, :closes, 'draft', :comment_minimum, :manager_identified, "
                 ":managers_see_reports, :approval) RETURNING id",
            soci::use(settings.name), soci::use(settings.framework.value()),
            soci::use(settings.framework_version), soci::use(row.opens), soci::use(row.closes),
            soci::use(row.comment_minimum), soci::use(row.manager_identified),
            soci::use(row.managers_see_reports), soci::use(row.approval), soci::into(id);
        insert_rater_groups(m_sql, id, settings);
        return domain::CycleId{id};
    });
}

Result<void> SqlCycleRepository::save_settings(domain::CycleId cycle, const domain::CycleSettings& settings) {
    return guarded("saving a cycle's settings", [&]() -> Result<void> {
        long long id = cycle.value();
        const SettingsColumns row(settings);
        m_sql << "UPDATE cycles SET name = :name, framework_id = :framework, framework_version = :version, "
                 "opens_on = :opens, closes_on = :closes, comment_minimum = :comment_minimum, "
                 "manager_identified = :manager_identified, managers_see_reports = :managers_see_reports, "
                 "rater_list_approval = :approval WHERE id = :id",
            soci::use(settings.name), soci::use(settings.framework.value()),
            soci::use(settings.framework_version), soci::use(row.opens), soci::use(row.closes),
            soci::use(row.comment_minimum), soci::use(row.manager_identified),
            soci::use(row.managers_see_reports), soci::use(row.approval), soci::use(id);
        m_sql << "DELETE FROM cycle_rater_groups WHERE cycle_id = :cycle", soci::use(id);
        insert_rater_groups(m_sql, id, settings);
        return {};
    });
}

Result<void> SqlCycleRepository::save_state(domain::CycleId cycle, domain::CycleState state) {
    return guarded("saving a cycle's state", [&]() -> Result<void> {
        const long long id = cycle.value();
        const std::string state_text(domain::to_string(state));
        m_sql << "UPDATE cycles SET state = :state WHERE id = :id", soci::use(state_text), soci::use(id);
        return {};
    });
}

Result<void> SqlCycleRepository::save_closing_date(domain::CycleId cycle, domain::Date closes_on) {
    return guarded("saving a cycle's closing date", [&]() -> Result<void> {
        const long long id = cycle.value();
        const std::string date = closes_on.iso();
        m_sql << "UPDATE cycles SET closes_on = :closes WHERE id = :id", soci::use(date), soci::use(id);
        return {};
    });
}

Result<void> SqlCycleRepository::delete_nomination(domain::NominationId nomination) {
    return guarded("withdrawing a rater", [&]() -> Result<void> {
        const long long id = nomination.value();
        // Children first; ratings and comments go with their response (ON DELETE CASCADE).
        m_sql << "DELETE FROM responses WHERE invitation_id IN (SELECT id FROM invitations WHERE "
                 "nomination_id = "
                 ":id)",
            soci::use(id);
        m_sql << "DELETE FROM invitation_links WHERE invitation_id IN (SELECT id FROM invitations WHERE "
                 "nomination_id = :id)",
            soci::use(id);
        m_sql << "DELETE FROM invitations WHERE nomination_id = :id", soci::use(id);
        m_sql << "DELETE FROM nominations WHERE id = :id", soci::use(id);
        return {};
    });
}

Result<void> SqlCycleRepository::remove_subject(domain::CycleId cycle, domain::PersonId subject) {
    return guarded("removing a subject", [&]() -> Result<void> {
        const long long cycle_id = cycle.value();
        const long long person = subject.value();
        m_sql << "DELETE FROM nominations WHERE cycle_id = :cycle AND subject_id = :person",
            soci::use(cycle_id), soci::use(person);
        m_sql << "DELETE FROM cycle_subjects WHERE cycle_id = :cycle AND person_id = :person",
            soci::use(cycle_id), soci::use(person);
        return {};
    });
}

Result<void> SqlCycleRepository::add_subject(domain::CycleId cycle, const domain::Subject& subject) {
    return guarded("adding a subject", [&]() -> Result<void> {
        const long long cycle_id = cycle.value();
        const long long person = subject.person.value();
        m_sql << "INSERT INTO cycle_subjects (cycle_id, person_id) VALUES (:cycle, :person)",
            soci::use(cycle_id), soci::use(person);
        return {};
    });
}

Result<domain::NominationId> SqlCycleRepository::add_nomination(domain::CycleId cycle,
                                                                const domain::Nomination& nomination) {
    return guarded("adding a nomination", [&]() -> Result<domain::NominationId> {
        const long long cycle_id = cycle.value();
        const long long subject = nomination.subject.value();
        const std::string group(domain::to_string(nomination.group));
        long long rater = nomination.rater.person ? nomination.rater.person->value() : 0;
        soci::indicator rater_indicator = nomination.rater.person ? soci::i_ok : soci::i_null;
        long long id = 0;
        m_sql << "INSERT INTO nominations (cycle_id, subject_id, rater_group, rater_person_id, rater_email) "
                 "VALUES (:cycle, :subject, :grp, :rater, :email) RETURNING id",
            soci::use(cycle_id), soci::use(subject), soci::use(group), soci::use(rater, rater_indicator),
            soci::use(nomination.rater.email), soci::into(id);
        return domain::NominationId{id};
    });
}

Result<void> SqlCycleRepository::remove_nomination(domain::NominationId nomination) {
    return guarded("removing a nomination", [&]() -> Result<void> {
        const long long id = nomination.value();
        soci::statement removal =
            (m_sql.prepare << "DELETE FROM nominations WHERE id = :id AND NOT EXISTS "
                              "(SELECT 1 FROM invitations WHERE nomination_id = :nomination)",
             soci::use(id), soci::use(id));
        removal.execute(true);
        if (removal.get_affected_rows() == 0) {
            return domain::fail(domain::ErrorCode::Conflict,
                                "That rater has been invited already, so the nomination stays.");
        }
        return {};
    });
}

Result<domain::FeedbackCycle> SqlCycleRepository::load_cycle(domain::CycleId cycle) {
    return guarded("reading a cycle", [&]() -> Result<domain::FeedbackCycle> {
        const long long id = cycle.value();
        std::string state_text;
        auto settings = read_settings(m_sql, id, state_text);
        if (!settings) {
            return domain::fail(settings.error());
        }
        std::vector<domain::Subject> subjects;
        long long person = 0;
        std::string email;
        soci::statement subject_rows =
            (m_sql.prepare << "SELECT s.person_id, p.email FROM cycle_subjects s "
                              "JOIN people p ON p.id = s.person_id WHERE s.cycle_id = :id "
                              "ORDER BY s.person_id",
             soci::use(id), soci::into(person), soci::into(email));
        subject_rows.execute();
        while (subject_rows.fetch()) {
            subjects.push_back({domain::PersonId{person}, email});
        }
        std::vector<domain::Nomination> nominations;
        long long nomination = 0;
        long long subject = 0;
        std::string group;
        long long rater = 0;
        soci::indicator rater_indicator = soci::i_null;
        soci::statement nomination_rows =
            (m_sql.prepare
                 << "SELECT id, subject_id, rater_group, rater_person_id, rater_email FROM nominations "
                    "WHERE cycle_id = :id ORDER BY id",
             soci::use(id), soci::into(nomination), soci::into(subject), soci::into(group),
             soci::into(rater, rater_indicator), soci::into(email));
        nomination_rows.execute();
        while (nomination_rows.fetch()) {
            domain::Nomination entry{
                domain::NominationId{nomination}, domain::PersonId{subject},
                domain::rater_group_from_string(group).value_or(domain::RaterGroup::Other),
                domain::Rater{std::nullopt, email}};
            if (rater_indicator == soci::i_ok) {
                entry.rater.person = domain::PersonId{rater};
            }
            nominations.push_back(std::move(entry));
        }
        const auto state = domain::cycle_state_from_string(state_text).value_or(domain::CycleState::Draft);
        return domain::FeedbackCycle::restore(cycle, std::move(*settings), state, std::move(subjects),
                                              std::move(nominations));
    });
}

Result<app::CycleHeading> SqlCycleRepository::cycle_heading(domain::CycleId cycle) {
    return guarded("reading a cycle's settings", [&]() -> Result<app::CycleHeading> {
        std::string state_text;
        auto settings = read_settings(m_sql, cycle.value(), state_text);
        if (!settings) {
            return domain::fail(settings.error());
        }
        return app::CycleHeading{
            std::move(*settings),
            domain::cycle_state_from_string(state_text).value_or(domain::CycleState::Draft)};
    });
}

Result<std::vector<app::CycleSummary>> SqlCycleRepository::cycles() {
    return guarded("listing cycles", [&]() -> Result<std::vector<app::CycleSummary>> {
        std::vector<app::CycleSummary> summaries;
        long long id = 0;
        std::string name;
        std::string framework;
        std::string state;
        long long subjects = 0;
        soci::statement rows =
            (m_sql.prepare << "SELECT c.id, c.name, c.framework_id, c.state, "
                              "(SELECT COUNT(*) FROM cycle_subjects s WHERE s.cycle_id = c.id) "
                              "FROM cycles c ORDER BY c.id",
             soci::into(id), soci::into(name), soci::into(framework), soci::into(state),
             soci::into(subjects));
        rows.execute();
        while (rows.fetch()) {
            summaries.push_back({domain::CycleId{id}, name, framework,
                                 domain::cycle_state_from_string(state).value_or(domain::CycleState::Draft),
                                 static_cast<std::size_t>(subjects)});
        }
        return summaries;
    });
}

Result<std::vector<domain::CycleId>> SqlCycleRepository::cycles_of_subject(domain::PersonId person) {
    return guarded("listing a person's cycles", [&]() -> Result<std::vector<domain::CycleId>> {
        std::vector<domain::CycleId> ids;
        long long person_id = person.value();
        long long id = 0;
        soci::statement rows =
            (m_sql.prepare << "SELECT cycle_id FROM cycle_subjects WHERE person_id = :person "
                              "ORDER BY cycle_id",
             soci::use(person_id), soci::into(id));
        rows.execute();
        while (rows.fetch()) {
            ids.emplace_back(id);
        }
        return ids;
    });
}

Result<std::vector<domain::ProgressCounts>> SqlCycleRepository::progress_counts(domain::CycleId cycle) {
    return guarded("counting a cycle's progress", [&]() -> Result<std::vector<domain::ProgressCounts>> {
        std::vector<domain::ProgressCounts> counts;
        long long cycle_id = cycle.value();
        long long subject = 0;
        std::string name;
        std::string email;
        std::string unit;
        std::string group;
        soci::indicator group_indicator = soci::i_null;
        int nominated = 0;
        int invited = 0;
        int submitted = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT s.person_id, p.name, p.email, u.path, n.rater_group, COUNT(n.id), COUNT(i.id), "
                    "COUNT(CASE WHEN r.state = 'submitted' THEN 1 END) "
                    "FROM cycle_subjects s JOIN people p ON p.id = s.person_id "
                    "JOIN org_units u ON u.id = p.unit_id "
                    "LEFT JOIN nominations n ON n.cycle_id = s.cycle_id AND n.subject_id = s.person_id "
                    "LEFT JOIN invitations i ON i.nomination_id = n.id "
                    "LEFT JOIN responses r ON r.invitation_id = i.id "
                    "WHERE s.cycle_id = :cycle "
                    "GROUP BY s.person_id, p.name, p.email, u.path, n.rater_group",
             soci::use(cycle_id), soci::into(subject), soci::into(name), soci::into(email), soci::into(unit),
             soci::into(group, group_indicator), soci::into(nominated), soci::into(invited),
             soci::into(submitted));
        rows.execute();
        while (rows.fetch()) {
            domain::ProgressCounts row{
                domain::PersonId{subject}, name, email, std::nullopt, nominated, invited, submitted, unit};
            if (group_indicator == soci::i_ok) {
                row.group = domain::rater_group_from_string(group);
            }
            counts.push_back(std::move(row));
        }
        return counts;
    });
}

Result<std::map<domain::PersonId, std::int64_t>> SqlCycleRepository::nudge_times(domain::CycleId cycle) {
    return guarded(
        "reading when subjects were nudged", [&]() -> Result<std::map<domain::PersonId, std::int64_t>> {
            std::map<domain::PersonId, std::int64_t> times;
            long long cycle_id = cycle.value();
            long long person = 0;
            long long at = 0;
            soci::statement rows =
                (m_sql.prepare
                     << "SELECT person_id, last_nudged_at FROM cycle_subjects WHERE cycle_id = :cycle",
                 soci::use(cycle_id), soci::into(person), soci::into(at));
            rows.execute();
            while (rows.fetch()) {
                times.emplace(domain::PersonId{person}, at);
            }
            return times;
        });
}

Result<void> SqlCycleRepository::mark_nudged(domain::CycleId cycle, domain::PersonId subject,
                                             std::int64_t at) {
    return guarded("recording a nudge", [&]() -> Result<void> {
        const long long cycle_id = cycle.value();
        const long long person = subject.value();
        const long long when = at;
        m_sql << "UPDATE cycle_subjects SET last_nudged_at = :at WHERE cycle_id = :cycle AND person_id = "
                 ":person",
            soci::use(when), soci::use(cycle_id), soci::use(person);
        return {};
    });
}

Result<std::map<domain::PersonId, app::RaterListApproved>>
SqlCycleRepository::rater_list_approvals(domain::CycleId cycle) {
    return guarded(
        "reading approved rater lists", [&]() -> Result<std::map<domain::PersonId, app::RaterListApproved>> {
            std::map<domain::PersonId, app::RaterListApproved> approved;
            long long cycle_id = cycle.value();
            long long person = 0;
            long long at = 0;
            std::string by;
            soci::statement rows =
                (m_sql.prepare << "SELECT person_id, rater_list_approved_at, rater_list_approved_by "
                                  "FROM cycle_subjects WHERE cycle_id = :cycle AND "
                                  "rater_list_approved_at IS NOT NULL",
                 soci::use(cycle_id), soci::into(person), soci::into(at), soci::into(by));
            rows.execute();
            while (rows.fetch()) {
                approved.emplace(domain::PersonId{person}, app::RaterListApproved{at, by});
            }
            return approved;
        });
}

Result<void>
SqlCycleRepository::set_rater_list_approved(domain::CycleId cycle, domain::PersonId subject,
                                            const std::optional<app::RaterListApproved>& approved) {
    return guarded("recording a rater list's approval", [&]() -> Result<void> {
        const long long cycle_id = cycle.value();
        const long long person = subject.value();
        long long at = approved ? approved->at : 0;
        soci::indicator at_indicator = approved ? soci::i_ok : soci::i_null;
        const std::string by = approved ? approved->by : std::string();
        m_sql << "UPDATE cycle_subjects SET rater_list_approved_at = :at, rater_list_approved_by = :by WHERE "
                 "cycle_id = :cycle AND person_id = :person",
            soci::use(at, at_indicator), soci::use(by), soci::use(cycle_id), soci::use(person);
        return {};
    });
}

} // namespace leadline::storage
