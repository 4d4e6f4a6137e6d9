#pragma once

#include <soci/soci.h>

#include "app/ports/development_plan_repository.hpp"

namespace leadline::storage {

class SqlDevelopmentPlanRepository final : public app::DevelopmentPlanRepository {
  public:
    explicit SqlDevelopmentPlanRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<std::optional<domain::DevelopmentPlan>>
    development_plan(domain::CycleId cycle, domain::PersonId person) override;
    [[nodiscard]] domain::Result<std::int64_t> save_development_plan(const domain::DevelopmentPlan& plan,
                                                                     std::int64_t now) override;
    [[nodiscard]] domain::Result<void> share_development_plan(domain::CycleId cycle, domain::PersonId person,
                                                              bool shared, std::int64_t now) override;
    [[nodiscard]] domain::Result<void> share_with_mentor(domain::CycleId cycle, domain::PersonId person,
                                                         bool shared) override;
    [[nodiscard]] domain::Result<std::int64_t> add_check_in(domain::CycleId cycle, domain::PersonId person,
                                                            const domain::CheckIn& check_in) override;
    [[nodiscard]] domain::Result<std::vector<domain::CheckIn>> check_ins(domain::CycleId cycle,
                                                                         domain::PersonId person) override;
    [[nodiscard]] domain::Result<std::vector<std::pair<domain::CycleId, domain::PersonId>>>
    plans_shared_with(domain::PersonId manager) override;
    [[nodiscard]] domain::Result<std::vector<domain::DevelopmentPlan>>
    development_plans(domain::CycleId cycle) override;

  private:
    // The focus areas of the plans read, filled in from their rows.
    void read_focus_areas(std::vector<domain::DevelopmentPlan>& plans, domain::CycleId cycle,
                          std::optional<domain::PersonId> person);

    soci::session& m_sql;
};

} // namespace leadline::storage
