#pragma once

#include <optional>
#include <string>

#include "app/demo/demo_data.hpp"
#include "app/demo/demo_learning_sets.hpp"
#include "app/demo/demo_mentoring.hpp"
#include "app/demo/demo_plans.hpp"
#include "app/demo/demo_pulse.hpp"
#include "app/demo/demo_talent.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

struct DemoSummary {
    std::size_t people = 0;
    std::size_t units = 0;
    std::size_t people_with_equality = 0; // people with some equality information recorded
    domain::CycleId cycle;
    std::size_t subjects = 0;
    std::size_t nominations = 0;
    std::size_t responses = 0;
    std::size_t ratings = 0;
    DemoPlans plans;                  // development plans after the published cycle
    DemoPulse pulse;                  // the pulse after it
    DemoMentoring mentoring;          // mentoring pairs confirmed after it
    DemoLearningSets learning_sets;   // learning sets of its subjects, confirmed
    std::optional<DemoTalent> talent; // talent reviews, when a talent-review framework was given
    domain::CycleId open_cycle;
    // A draft cycle whose rater lists line managers approve, and a line manager with lists waiting; none
    // when the organisation is too small to spare its subjects.
    std::optional<domain::CycleId> approval_cycle = std::nullopt;
    std::string approver_email = {};
};

// Writes the demo into an empty database in one transaction, going through the same rules as real
// use: the cycle is created, opened, answered, closed and published. A database that already has
// people is refused, so a demo never mixes with real data.
// With a talent-review framework, the demo has talent reviews too (app/demo/demo_talent.hpp).
[[nodiscard]] domain::Result<DemoSummary> seed_demo(Store& store, const DemoData& demo,
                                                    const LoadedFramework& framework,
                                                    const LoadedFramework* talent_framework = nullptr);

// The simulation's ground truth as JSON, for checking that reports recover it.
[[nodiscard]] std::string demo_truth_json(const DemoData& demo);

} // namespace leadline::app
