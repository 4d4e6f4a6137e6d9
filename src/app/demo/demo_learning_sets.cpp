#include "app/demo/demo_learning_sets.hpp"

#include <chrono>

#include "app/development/learning_set_planning.hpp"
#include "domain/grouping/learning_sets.hpp"

namespace leadline::app {

domain::Result<DemoLearningSets> write_demo_learning_sets(Store& store, domain::CycleId cycle) {
    auto candidates = candidates_from_cycle(store, cycle);
    if (!candidates) {
        return domain::fail(candidates.error());
    }
    DemoLearningSets written;
    if (candidates->participants.size() < 12) {
        return written; // too few people for two sets: a small demo goes without
    }
    domain::GroupingSearch search;
    search.seed = 2026;
    // One short walk: the demo is written every time a test builds a demo site (and for 5,000 people in
    // the browser tests, under the sanitizers), and a single walk already mixes sets far better than
    // chance; the admin's own searches run for their full time.
    search.most_local_searches = 1;
    search.walk_patience = 50;
    auto plan = domain::form_learning_sets(candidates->participants, {6, 8}, {}, search);
    if (!plan) {
        return domain::fail(plan.error());
    }
    // Saved a few days before they were confirmed, as an admin would: formed, checked, then confirmed.
    const auto confirmed_on = domain::Date::parse("2026-10-12").value();
    const auto confirmed_at =
        std::chrono::sys_seconds(confirmed_on.day()).time_since_epoch().count() + 11 * 3600;
    SavedLearningSets sets;
    sets.name = "Leadership programme learning sets, autumn 2026";
    sets.created_at = confirmed_at - 3 * 24 * 3600;
    sets.cycle = cycle;
    for (const auto& set : plan->sets) {
        auto& people = sets.sets.emplace_back();
        for (const auto m : set.members) {
            people.push_back(candidates->people[m]);
        }
    }
    auto saved = store.learning_sets().save_learning_sets(sets);
    if (!saved) {
        return domain::fail(saved.error());
    }
    if (auto confirmed = store.learning_sets().confirm_learning_sets(*saved, confirmed_at); !confirmed) {
        return domain::fail(confirmed.error());
    }
    written.sets = plan->sets.size();
    written.people = candidates->participants.size();
    return written;
}

} // namespace leadline::app
