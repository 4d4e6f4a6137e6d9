#include "app/demo/demo_mentoring.hpp"

#include <chrono>

#include "app/development/mentor_planning.hpp"
#include "app/frameworks/framework_cache.hpp"

namespace leadline::app {

domain::Result<DemoMentoring> write_demo_mentoring(Store& store, domain::CycleId cycle) {
    FrameworkCache frameworks;
    MentoringSettings settings;
    settings.cycle = cycle;
    auto plan = plan_mentoring(store, frameworks, settings);
    if (!plan) {
        return domain::fail(plan.error());
    }
    const auto confirmed_on = domain::Date::parse("2026-10-12").value();
    const auto confirmed_at =
        std::chrono::sys_seconds(confirmed_on.day()).time_since_epoch().count() + 10 * 3600;
    std::vector<MentorPair> pairs;
    for (const auto& match : plan->matches) {
        auto mentee = store.people().find_person(match.mentee_email);
        auto mentor = store.people().find_person(match.mentor_email);
        if (!mentee || !mentor) {
            return domain::fail(!mentee ? mentee.error() : mentor.error());
        }
        if (*mentee && *mentor) {
            pairs.push_back({cycle, (*mentee)->id, (*mentor)->id, match.fit, match.reason, confirmed_at});
        }
    }
    if (auto saved = store.mentoring().save_mentor_pairs(cycle, pairs); !saved) {
        return domain::fail(saved.error());
    }
    DemoMentoring written;
    written.pairs = pairs.size();
    std::size_t with_plan = 0;
    for (const auto& pair : pairs) {
        auto plan_of = store.development_plans().development_plan(cycle, pair.mentee);
        if (!plan_of) {
            return domain::fail(plan_of.error());
        }
        if (!*plan_of || with_plan++ % 3 != 0) {
            continue;
        }
        if (auto shared = store.development_plans().share_with_mentor(cycle, pair.mentee, true); !shared) {
            return domain::fail(shared.error());
        }
        ++written.plans_shared;
    }
    return written;
}

} // namespace leadline::app
