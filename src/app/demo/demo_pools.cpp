#include "app/demo/demo_pools.hpp"

#include <chrono>

#include "app/talent/talent_pools.hpp"

namespace leadline::app {

namespace {

constexpr std::int64_t day = 86'400;

} // namespace

domain::Result<DemoPool> write_demo_pool(Store& store, std::int64_t closed_review, std::int64_t now) {
    auto pool = create_talent_pool(
        store, "Future Leaders Scheme",
        "Eighteen months of stretch assignments in another directorate, a senior mentor, and a place on the "
        "council's leadership programme.",
        now);
    auto members = store.talent_reviews().members(closed_review);
    if (!pool || !members) {
        return domain::fail(!pool ? pool.error() : members.error());
    }
    DemoPool written{*pool, 0, 0};
    const auto today = domain::day_of(now);
    const domain::Date in_eighteen_months(today.day() + std::chrono::days{548});
    for (const auto& member : *members) {
        if (member.now.status != domain::PlacementStatus::Placed) {
            continue;
        }
        const auto box = member.now.box;
        if (box.potential == domain::Band::High && written.current < 6) {
            if (auto added =
                    add_to_talent_pool(store, closed_review, member.person, *pool, in_eighteen_months, now);
                !added) {
                return domain::fail(added.error());
            }
            ++written.current;
        } else if (box.potential == domain::Band::Moderate && box.performance == domain::Band::High &&
                   written.expired == 0) {
            // An approval from an earlier round that ran out last month: written as it was then, since
            // nobody can approve a date already past today.
            const domain::Date last_month(today.day() - std::chrono::days{30});
            if (auto added = store.talent_pools().add_member(
                    {*pool, member.person, closed_review, last_month, now - 400 * day});
                !added) {
                return domain::fail(added.error());
            }
            ++written.expired;
        }
    }
    return written;
}

} // namespace leadline::app
