#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/development/development_plan.hpp"

namespace leadline::app {

// People's development plans and their check-ins, one plan per person per cycle.
class DevelopmentPlanRepository {
  public:
    virtual ~DevelopmentPlanRepository() = default;

    [[nodiscard]] virtual domain::Result<std::optional<domain::DevelopmentPlan>>
    development_plan(domain::CycleId cycle, domain::PersonId person) = 0;
    // Saves the plan's focus areas as the whole of it, if its stored revision is still `plan.revision`
    // (0: there is none yet); returns the new revision. Conflict when it changed in between, so that a
    // form opened before another save cannot silently undo it. Keeps when it was started and shared.
    [[nodiscard]] virtual domain::Result<std::int64_t>
    save_development_plan(const domain::DevelopmentPlan& plan, std::int64_t now) = 0;
    // Shares the plan with the person's line manager, or stops sharing it. NotFound without a plan.
    [[nodiscard]] virtual domain::Result<void>
    share_development_plan(domain::CycleId cycle, domain::PersonId person, bool shared, std::int64_t now) = 0;
    // Shares the plan with the person's confirmed mentor, or stops sharing it. NotFound without a plan.
    [[nodiscard]] virtual domain::Result<void> share_with_mentor(domain::CycleId cycle,
                                                                 domain::PersonId person, bool shared) = 0;
    // Adds a check-in and returns its id.
    [[nodiscard]] virtual domain::Result<std::int64_t>
    add_check_in(domain::CycleId cycle, domain::PersonId person, const domain::CheckIn& check_in) = 0;
    // The plan's check-ins by the day they happened, then as written.
    [[nodiscard]] virtual domain::Result<std::vector<domain::CheckIn>> check_ins(domain::CycleId cycle,
                                                                                 domain::PersonId person) = 0;
    // The plans that people this person line-manages share with them: (cycle, owner) pairs.
    [[nodiscard]] virtual domain::Result<std::vector<std::pair<domain::CycleId, domain::PersonId>>>
    plans_shared_with(domain::PersonId manager) = 0;
    // Every plan of a cycle (for the people who run the programme, and the demo).
    [[nodiscard]] virtual domain::Result<std::vector<domain::DevelopmentPlan>>
    development_plans(domain::CycleId cycle) = 0;
};

} // namespace leadline::app
