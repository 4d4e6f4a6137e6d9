#include "storage/sql_people_repository.hpp"

#include <cctype>

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

namespace {

constexpr const char* person_columns =
    "SELECT id, email, name, grade, profession, region, unit_id, line_manager_id, left_at FROM people";

// Reads people with the columns above from a prepared statement.
struct PersonRow {
    long long id = 0;
    std::string email, name, grade, profession, region;
    long long unit = 0;
    long long manager = 0;
    soci::indicator manager_indicator = soci::i_null;
    long long left_at = 0;
    soci::indicator left_indicator = soci::i_null;

    void bind(soci::statement& statement) {
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(email));
        statement.exchange(soci::into(name));
        statement.exchange(soci::into(grade));
        statement.exchange(soci::into(profession));
        statement.exchange(soci::into(region));
        statement.exchange(soci::into(unit));
        statement.exchange(soci::into(manager, manager_indicator));
        statement.exchange(soci::into(left_at, left_indicator));
    }

    domain::Person person() const {
        domain::Person result{domain::PersonId{id}, email,        name,        grade, profession, region,
                              domain::UnitId{unit}, std::nullopt, std::nullopt};
        if (manager_indicator == soci::i_ok) {
            result.line_manager = domain::PersonId{manager};
        }
        if (left_indicator == soci::i_ok) {
            result.left_at = left_at;
        }
        return result;
    }
};

// Runs `person_columns` followed by `rest` (conditions, order), with `bind_values` adding the values
// the conditions use, and reads every person it returns.
template <class BindValues>
std::vector<domain::Person> select_people(soci::session& sql, const std::string& rest,
                                          BindValues bind_values) {
    PersonRow row;
    soci::statement statement(sql);
    row.bind(statement);
    bind_values(statement);
    statement.alloc();
    statement.prepare(std::string(person_columns) + rest);
    statement.define_and_bind();
    statement.execute();
    std::vector<domain::Person> people;
    while (statement.fetch()) {
        people.push_back(row.person());
    }
    return people;
}

} // namespace

Result<domain::UnitId> SqlPeopleRepository::ensure_unit(const std::vector<std::string>& names) {
    return guarded("saving a unit", [&]() -> Result<domain::UnitId> {
        const auto paths = domain::unit_path_prefixes(names);
        long long parent = 0;
        for (std::size_t i = 0; i < paths.size(); ++i) {
            long long id = 0;
            soci::indicator found = soci::i_null;
            m_sql << "SELECT id FROM org_units WHERE path = :path", soci::use(paths[i]),
                soci::into(id, found);
            if (!m_sql.got_data()) {
                soci::indicator parent_indicator = i == 0 ? soci::i_null : soci::i_ok;
                m_sql << "INSERT INTO org_units (parent_id, name, path) VALUES (:parent, :name, :path) "
                         "RETURNING id",
                    soci::use(parent, parent_indicator), soci::use(names[i]), soci::use(paths[i]),
                    soci::into(id);
            }
            parent = id;
        }
        return domain::UnitId{parent};
    });
}

Result<std::vector<domain::OrgUnit>> SqlPeopleRepository::units() {
    return guarded("reading units", [&]() -> Result<std::vector<domain::OrgUnit>> {
        std::vector<domain::OrgUnit> units;
        long long id = 0;
        long long parent = 0;
        soci::indicator parent_indicator = soci::i_null;
        std::string name;
        std::string path;
        soci::statement statement =
            (m_sql.prepare << "SELECT id, parent_id, name, path FROM org_units ORDER BY path", soci::into(id),
             soci::into(parent, parent_indicator), soci::into(name), soci::into(path));
        statement.execute();
        while (statement.fetch()) {
            domain::OrgUnit unit{domain::UnitId{id}, std::nullopt, name, path};
            if (parent_indicator == soci::i_ok) {
                unit.parent = domain::UnitId{parent};
            }
            units.push_back(std::move(unit));
        }
        return units;
    });
}

Result<domain::PersonId> SqlPeopleRepository::save_person(const domain::Person& person) {
    return guarded("saving a person", [&]() -> Result<domain::PersonId> {
        long long unit = person.unit.value();
        long long manager = person.line_manager ? person.line_manager->value() : 0;
        soci::indicator manager_indicator = person.line_manager ? soci::i_ok : soci::i_null;
        long long left_at = person.left_at.value_or(0);
        soci::indicator left_indicator = person.left_at ? soci::i_ok : soci::i_null;
        long long id = 0;
        m_sql << "INSERT INTO people (email, name, grade, profession, region, unit_id, line_manager_id, "
                 "left_at) VALUES (:email, :name, :grade, :profession, :region, :unit, :manager, :left_at) "
                 "ON CONFLICT (email) DO UPDATE SET name = excluded.name, grade = excluded.grade, "
                 "profession = excluded.profession, region = excluded.region, unit_id = excluded.unit_id, "
                 "line_manager_id = excluded.line_manager_id, left_at = excluded.left_at RETURNING id",
            soci::use(person.email), soci::use(person.name), soci::use(person.grade),
            soci::use(person.profession), soci::use(person.region), soci::use(unit),
            soci::use(manager, manager_indicator), soci::use(left_at, left_indicator), soci::into(id);
        return domain::PersonId{id};
    });
}

Result<std::optional<domain::Person>> SqlPeopleRepository::find_person(std::string_view email) {
    return guarded("finding a person", [&]() -> Result<std::optional<domain::Person>> {
        PersonRow row;
        const std::string key(email);
        soci::statement statement(m_sql);
        row.bind(statement);
        statement.exchange(soci::use(key));
        statement.alloc();
        statement.prepare(std::string(person_columns) + " WHERE email = :email");
        statement.define_and_bind();
        statement.execute(true);
        if (!statement.got_data()) {
            return std::optional<domain::Person>{};
        }
        return std::optional<domain::Person>{row.person()};
    });
}

Result<std::optional<domain::Person>> SqlPeopleRepository::person(domain::PersonId id) {
    return guarded("finding a person", [&]() -> Result<std::optional<domain::Person>> {
        long long key = id.value();
        auto found = select_people(m_sql, " WHERE id = :id",
                                   [&](soci::statement& statement) { statement.exchange(soci::use(key)); });
        return found.empty() ? std::optional<domain::Person>{} : std::optional<domain::Person>{found.front()};
    });
}

Result<std::vector<domain::Person>> SqlPeopleRepository::people() {
    return guarded("reading people", [&]() -> Result<std::vector<domain::Person>> {
        return select_people(m_sql, " ORDER BY email", [](soci::statement&) {});
    });
}

Result<std::vector<domain::Person>> SqlPeopleRepository::managed_by(domain::PersonId manager) {
    return guarded("reading the people someone manages", [&]() -> Result<std::vector<domain::Person>> {
        long long manager_id = manager.value();
        return select_people(m_sql, " WHERE line_manager_id = :manager ORDER BY name",
                             [&](soci::statement& statement) { statement.exchange(soci::use(manager_id)); });
    });
}

Result<std::vector<domain::Person>> SqlPeopleRepository::search_people(const std::string& text, int limit) {
    return guarded("searching the people directory", [&]() -> Result<std::vector<domain::Person>> {
        // LIKE's wildcards in what was typed match themselves.
        std::string pattern = "%";
        for (const char c : text) {
            if (c == '%' || c == '_' || c == '!') {
                pattern += '!';
            }
            pattern += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        pattern += '%';
        return select_people(
            m_sql,
            " WHERE left_at IS NULL AND (LOWER(name) LIKE :name ESCAPE '!' OR email LIKE :email ESCAPE "
            "'!') ORDER BY name LIMIT :limit",
            [&](soci::statement& statement) {
                statement.exchange(soci::use(pattern));
                statement.exchange(soci::use(pattern));
                statement.exchange(soci::use(limit));
            });
    });
}

Result<void> SqlPeopleRepository::erase_person(domain::PersonId person, const std::string& placeholder) {
    return guarded("erasing a person", [&]() -> Result<void> {
        long long id = person.value();
        std::string email;
        m_sql << "SELECT email FROM people WHERE id = :id", soci::use(id), soci::into(email);
        if (!m_sql.got_data()) {
            return domain::fail(domain::ErrorCode::NotFound, "There is no such person in the directory.");
        }
        // As a rater: what they wrote goes; their ratings stay in others' figures, no longer theirs.
        m_sql << "DELETE FROM comments WHERE response_id IN (SELECT r.id FROM responses r JOIN invitations i "
                 "ON "
                 "i.id = r.invitation_id JOIN nominations n ON n.id = i.nomination_id WHERE "
                 "n.rater_person_id = "
                 ":id OR n.rater_email = :email)",
            soci::use(id), soci::use(email);
        // As a subject: everything others said about them, and everything about who was asked.
        const std::string as_subject = "SELECT id FROM nominations WHERE subject_id = :id";
        m_sql
            << "DELETE FROM responses WHERE invitation_id IN (SELECT id FROM invitations WHERE nomination_id "
               "IN (" +
                   as_subject + "))",
            soci::use(id);
        m_sql << "DELETE FROM invitation_links WHERE invitation_id IN (SELECT id FROM invitations WHERE "
                 "nomination_id IN (" +
                     as_subject + "))",
            soci::use(id);
        m_sql << "DELETE FROM invitations WHERE nomination_id IN (" + as_subject + ")", soci::use(id);
        m_sql << "DELETE FROM nominations WHERE subject_id = :id", soci::use(id);
        m_sql << "DELETE FROM cycle_subjects WHERE person_id = :id", soci::use(id);
        m_sql << "UPDATE nominations SET rater_person_id = NULL, rater_email = :placeholder WHERE "
                 "rater_person_id = :id OR rater_email = :email",
            soci::use(placeholder), soci::use(id), soci::use(email);
        m_sql << "DELETE FROM learning_set_members WHERE person_id = :id", soci::use(id);
        m_sql << "DELETE FROM equality_records WHERE person_id = :id", soci::use(id);
        // Talent reviews: everything about them goes, and the views they recorded on others; assessments
        // they wrote about others stay with those others' reviews.
        for (const auto* table : {"talent_pool_members", "talent_ratings", "talent_assessments",
                                  "talent_moves", "talent_disagreements", "talent_review_people"}) {
            m_sql << std::string("DELETE FROM ") + table + " WHERE person_id = :id", soci::use(id);
        }
        m_sql << "DELETE FROM talent_views WHERE person_id = :id OR reviewer_id = :again", soci::use(id),
            soci::use(id);
        // Their development plans: private to them, so nothing of them stays.
        for (const auto* table : {"habit_answers", "habit_weeks", "habit_picks", "plan_check_ins",
                                  "plan_ideas", "plan_focus_areas", "development_plans"}) {
            m_sql << std::string("DELETE FROM ") + table + " WHERE person_id = :id", soci::use(id);
        }
        // The pulse about them goes whole; as a rater, their pulse answers go with their links.
        const std::string their_pulse_links =
            "SELECT id FROM pulse_invitations WHERE subject_id = :id OR rater_email = :email";
        m_sql << "DELETE FROM pulse_ratings WHERE invitation_id IN (" + their_pulse_links + ")",
            soci::use(id), soci::use(email);
        m_sql << "DELETE FROM pulse_invitations WHERE subject_id = :id OR rater_email = :email",
            soci::use(id), soci::use(email);
        m_sql << "DELETE FROM pulse_added_raters WHERE subject_id = :id OR rater_email = :email",
            soci::use(id), soci::use(email);
        m_sql << "DELETE FROM pulse_items WHERE person_id = :id", soci::use(id);
        m_sql << "DELETE FROM mentor_pairs WHERE mentee_id = :mentee OR mentor_id = :mentor", soci::use(id),
            soci::use(id);
        m_sql << "DELETE FROM mentoring_choices WHERE person_id = :id", soci::use(id);
        m_sql << "UPDATE people SET line_manager_id = NULL WHERE line_manager_id = :id", soci::use(id);
        const std::string account = "SELECT id FROM users WHERE person_id = :id OR email = :email";
        m_sql << "DELETE FROM sessions WHERE user_id IN (" + account + ")", soci::use(id), soci::use(email);
        m_sql << "DELETE FROM sign_in_links WHERE user_id IN (" + account + ")", soci::use(id),
            soci::use(email);
        m_sql << "DELETE FROM users WHERE person_id = :id OR email = :email", soci::use(id), soci::use(email);
        m_sql << "DELETE FROM outbox WHERE to_email = :email", soci::use(email);
        m_sql
            << "UPDATE people SET email = :placeholder, name = 'Erased person', grade = '', profession = '', "
               "region = '' WHERE id = :id",
            soci::use(placeholder), soci::use(id);
        return {};
    });
}

} // namespace leadline::storage
