#pragma once

#include <soci/soci.h>

#include "app/ports/habit_repository.hpp"

namespace leadline::storage {

class SqlHabitRepository final : public app::HabitRepository {
  public:
    explicit SqlHabitRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<void> set_habit_picks(domain::CycleId cycle, domain::PersonId person,
                                                       const std::vector<std::string>& picks,
                                                       std::int64_t now) override;
    [[nodiscard]] domain::Result<std::vector<std::string>> habit_picks(domain::CycleId cycle,
                                                                       domain::PersonId person) override;
    [[nodiscard]] domain::Result<void> set_habit_nudges(domain::CycleId cycle, domain::PersonId person,
                                                        bool on) override;
    [[nodiscard]] domain::Result<bool> start_habit_week(domain::CycleId cycle, domain::PersonId person,
                                                        domain::Date week_start,
                                                        const std::string& token_hash,
                                                        std::int64_t now) override;
    [[nodiscard]] domain::Result<std::optional<app::HabitWeekLink>>
    habit_week_by_token(const std::string& token_hash) override;
    [[nodiscard]] domain::Result<std::vector<domain::HabitWeek>>
    habit_weeks(domain::CycleId cycle, domain::PersonId person) override;
    [[nodiscard]] domain::Result<bool> answer_habit(domain::CycleId cycle, domain::PersonId person,
                                                    domain::Date week_start, const std::string& micro_action,
                                                    bool did, std::int64_t now) override;
    [[nodiscard]] domain::Result<std::vector<app::HabitNudgeDue>>
    habit_nudges_due(domain::Date week_start) override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
