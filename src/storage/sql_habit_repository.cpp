#include "storage/sql_habit_repository.hpp"

#include <chrono>

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::ErrorCode;
using domain::Result;

Result<void> SqlHabitRepository::set_habit_picks(domain::CycleId cycle, domain::PersonId person,
                                                 const std::vector<std::string>& picks, std::int64_t now) {
    return guarded("saving the micro-actions picked", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        long long at = now;
        // A pick kept from before keeps when it was first made, which decides its first email.
        std::vector<std::string> kept;
        std::vector<long long> kept_at;
        {
            std::string text;
            long long picked = 0;
            soci::statement rows =
                (m_sql.prepare << "SELECT micro_action, picked_at FROM habit_picks WHERE "
                                  "cycle_id = :cycle AND person_id = :person",
                 soci::use(cycle_id), soci::use(person_id), soci::into(text), soci::into(picked));
            rows.execute();
            while (rows.fetch()) {
                kept.push_back(text);
                kept_at.push_back(picked);
            }
        }
        m_sql << "DELETE FROM habit_picks WHERE cycle_id = :cycle AND person_id = :person",
            soci::use(cycle_id), soci::use(person_id);
        std::string text;
        long long picked = 0;
        soci::statement insert =
            (m_sql.prepare << "INSERT INTO habit_picks (cycle_id, person_id, micro_action, picked_at) VALUES "
                              "(:cycle, :person, :text, :at)",
             soci::use(cycle_id), soci::use(person_id), soci::use(text), soci::use(picked));
        for (const auto& pick : picks) {
            text = pick;
            picked = at;
            for (std::size_t k = 0; k < kept.size(); ++k) {
                if (kept[k] == pick) {
                    picked = kept_at[k];
                }
            }
            insert.execute(true);
        }
        return {};
    });
}

Result<std::vector<std::string>> SqlHabitRepository::habit_picks(domain::CycleId cycle,
                                                                 domain::PersonId person) {
    return guarded("reading the micro-actions picked", [&]() -> Result<std::vector<std::string>> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        std::string text;
        soci::statement rows =
            (m_sql.prepare << "SELECT micro_action FROM habit_picks WHERE cycle_id = :cycle AND "
                              "person_id = :person ORDER BY picked_at, micro_action",
             soci::use(cycle_id), soci::use(person_id), soci::into(text));
        rows.execute();
        std::vector<std::string> picks;
        while (rows.fetch()) {
            picks.push_back(text);
        }
        return picks;
    });
}

Result<void> SqlHabitRepository::set_habit_nudges(domain::CycleId cycle, domain::PersonId person, bool on) {
    return guarded("changing the weekly email", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        int flag = on ? 1 : 0;
        soci::statement update =
            (m_sql.prepare << "UPDATE development_plans SET nudges = :on WHERE cycle_id = "
                              ":cycle AND person_id = :person",
             soci::use(flag), soci::use(cycle_id), soci::use(person_id));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            return domain::fail(ErrorCode::NotFound, "There is no plan here.");
        }
        return {};
    });
}

Result<bool> SqlHabitRepository::start_habit_week(domain::CycleId cycle, domain::PersonId person,
                                                  domain::Date week_start, const std::string& token_hash,
                                                  std::int64_t now) {
    return guarded("starting a week of micro-actions", [&]() -> Result<bool> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        std::string week = week_start.iso();
        long long at = now;
        long long existing = 0;
        m_sql << "SELECT COUNT(*) FROM habit_weeks WHERE cycle_id = :cycle AND person_id = :person AND "
                 "week_start = :week",
            soci::use(cycle_id), soci::use(person_id), soci::use(week), soci::into(existing);
        if (existing > 0) {
            return false;
        }
        m_sql << "INSERT INTO habit_weeks (cycle_id, person_id, week_start, token_hash, started_at) VALUES "
                 "(:cycle, :person, :week, :hash, :at)",
            soci::use(cycle_id), soci::use(person_id), soci::use(week), soci::use(token_hash), soci::use(at);
        m_sql << "INSERT INTO habit_answers (cycle_id, person_id, week_start, micro_action) SELECT cycle_id, "
                 "person_id, :week, micro_action FROM habit_picks WHERE cycle_id = :cycle AND person_id = "
                 ":person",
            soci::use(week), soci::use(cycle_id), soci::use(person_id);
        return true;
    });
}

Result<std::optional<app::HabitWeekLink>>
SqlHabitRepository::habit_week_by_token(const std::string& token_hash) {
    return guarded("reading a week's link", [&]() -> Result<std::optional<app::HabitWeekLink>> {
        long long cycle_id = 0;
        long long person_id = 0;
        std::string week;
        m_sql << "SELECT cycle_id, person_id, week_start FROM habit_weeks WHERE token_hash = :hash",
            soci::use(token_hash), soci::into(cycle_id), soci::into(person_id), soci::into(week);
        if (!m_sql.got_data()) {
            return std::optional<app::HabitWeekLink>();
        }
        auto day = domain::Date::parse(week);
        if (!day) {
            return domain::fail(ErrorCode::Internal, "A stored week has an unreadable day.");
        }
        return std::optional<app::HabitWeekLink>(
            app::HabitWeekLink{domain::CycleId{cycle_id}, domain::PersonId{person_id}, *day});
    });
}

Result<std::vector<domain::HabitWeek>> SqlHabitRepository::habit_weeks(domain::CycleId cycle,
                                                                       domain::PersonId person) {
    return guarded("reading weeks of micro-actions", [&]() -> Result<std::vector<domain::HabitWeek>> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        std::vector<domain::HabitWeek> weeks;
        {
            std::string week;
            soci::statement rows =
                (m_sql.prepare
                     << "SELECT week_start FROM habit_weeks WHERE cycle_id = :cycle AND person_id = "
                        ":person ORDER BY week_start",
                 soci::use(cycle_id), soci::use(person_id), soci::into(week));
            rows.execute();
            while (rows.fetch()) {
                auto day = domain::Date::parse(week);
                if (!day) {
                    return domain::fail(ErrorCode::Internal, "A stored week has an unreadable day.");
                }
                weeks.push_back({*day, {}});
            }
        }
        std::string week;
        std::string text;
        int did = 0;
        soci::indicator did_indicator = soci::i_null;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT week_start, micro_action, did FROM habit_answers WHERE cycle_id = :cycle AND "
                    "person_id = :person ORDER BY week_start, micro_action",
             soci::use(cycle_id), soci::use(person_id), soci::into(week), soci::into(text),
             soci::into(did, did_indicator));
        rows.execute();
        while (rows.fetch()) {
            for (auto& entry : weeks) {
                if (entry.week_start.iso() == week) {
                    entry.answers.push_back(
                        {text, did_indicator == soci::i_ok ? std::optional<bool>(did != 0) : std::nullopt});
                }
            }
        }
        return weeks;
    });
}

Result<bool> SqlHabitRepository::answer_habit(domain::CycleId cycle, domain::PersonId person,
                                              domain::Date week_start, const std::string& micro_action,
                                              bool did, std::int64_t now) {
    return guarded("saving a micro-action's answer", [&]() -> Result<bool> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        std::string week = week_start.iso();
        int flag = did ? 1 : 0;
        long long at = now;
        soci::statement update =
            (m_sql.prepare
                 << "UPDATE habit_answers SET did = :did, answered_at = :at WHERE cycle_id = :cycle AND "
                    "person_id = :person AND week_start = :week AND micro_action = :text",
             soci::use(flag), soci::use(at), soci::use(cycle_id), soci::use(person_id), soci::use(week),
             soci::use(micro_action));
        update.execute(true);
        return update.get_affected_rows() == 1;
    });
}

Result<std::vector<app::HabitNudgeDue>> SqlHabitRepository::habit_nudges_due(domain::Date week_start) {
    return guarded("finding weekly emails due", [&]() -> Result<std::vector<app::HabitNudgeDue>> {
        std::string week = week_start.iso();
        long long week_began = std::chrono::sys_seconds(week_start.day()).time_since_epoch().count();
        long long cycle_id = 0;
        long long person_id = 0;
        std::string email;
        std::string name;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT d.cycle_id, d.person_id, p.email, p.name FROM development_plans d JOIN people p "
                    "ON p.id "
                    "= d.person_id WHERE d.nudges = 1 AND p.left_at IS NULL AND EXISTS (SELECT 1 FROM "
                    "habit_picks "
                    "h WHERE h.cycle_id = d.cycle_id AND h.person_id = d.person_id AND h.picked_at < :began) "
                    "AND "
                    "NOT EXISTS (SELECT 1 FROM habit_weeks w WHERE w.cycle_id = d.cycle_id AND w.person_id = "
                    "d.person_id AND w.week_start = :week) ORDER BY d.cycle_id, d.person_id",
             soci::use(week_began), soci::use(week), soci::into(cycle_id), soci::into(person_id),
             soci::into(email), soci::into(name));
        rows.execute();
        std::vector<app::HabitNudgeDue> due;
        while (rows.fetch()) {
            due.push_back({domain::CycleId{cycle_id}, domain::PersonId{person_id}, email, name});
        }
        return due;
    });
}

} // namespace leadline::storage
