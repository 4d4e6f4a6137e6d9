#include "app/talent/talent_pools.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "domain/core/text.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::PersonId;
using domain::Result;

Result<std::int64_t> create_talent_pool(Store& store, const std::string& name, const std::string& purpose,
                                        std::int64_t now) {
    if (const auto problem = domain::pool_name_problem(name)) {
        return domain::fail(ErrorCode::InvalidInput, *problem);
    }
    const auto said = std::string(domain::trimmed_view(purpose));
    if (domain::written_length(said) > 1000) {
        return domain::fail(ErrorCode::InvalidInput, "Describe the scheme in 1,000 characters or fewer.");
    }
    return store.talent_pools().create_pool({0, std::string(domain::trimmed_view(name)), said, now});
}

Result<void> add_to_talent_pool(Store& store, std::int64_t review, PersonId person, std::int64_t pool,
                                const domain::Date& expires_on, std::int64_t now) {
    auto found = store.talent_reviews().review(review);
    auto member = store.talent_reviews().member(review, person);
    auto pools = store.talent_pools().pools();
    if (!found || !member || !pools) {
        return domain::fail(!found ? found.error() : !member ? member.error() : pools.error());
    }
    if (!*found || !*member) {
        return domain::fail(ErrorCode::NotFound, "There is no such person in this talent review.");
    }
    if (std::none_of(pools->begin(), pools->end(), [&](const TalentPool& each) { return each.id == pool; })) {
        return domain::fail(ErrorCode::NotFound, "There is no such pool.");
    }
    if ((*found)->stage != TalentReviewStage::Closed) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "People join a pool once the review has closed and their placement is final.");
    }
    if ((*member)->now.status != domain::PlacementStatus::Placed) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "This review did not place them in a box, so it cannot approve them for a pool.");
    }
    if (const auto problem = domain::pool_expiry_problem(expires_on, domain::day_of(now))) {
        return domain::fail(ErrorCode::InvalidInput, *problem);
    }
    return store.talent_pools().add_member({pool, person, review, expires_on, now});
}

namespace {

// What one review said of its people: where each was placed and their line manager's levels.
struct ReviewFacts {
    std::string name;
    std::map<std::int64_t, domain::Placement> placements;
    std::map<std::int64_t, std::map<std::string, int>> levels;
};

Result<ReviewFacts> facts_of(Store& store, std::int64_t review) {
    auto found = store.talent_reviews().review(review);
    auto members = store.talent_reviews().members(review);
    auto assessments = store.talent_reviews().assessments(review);
    if (!found || !members || !assessments) {
        return domain::fail(!found ? found.error() : !members ? members.error() : assessments.error());
    }
    ReviewFacts facts;
    facts.name = *found ? (*found)->name : "";
    for (const auto& member : *members) {
        facts.placements[member.person.value()] = member.now;
    }
    for (const auto& assessment : *assessments) {
        if (assessment.role != domain::AssessorRole::LineManager) {
            continue;
        }
        auto& levels = facts.levels[assessment.person.value()];
        for (const auto& rating : assessment.ratings) {
            if (rating.level) {
                levels[rating.indicator.value()] = *rating.level;
            }
        }
    }
    return facts;
}

std::vector<std::string> sorted_distinct(const std::set<std::string>& values) {
    std::vector<std::string> sorted;
    for (const auto& value : values) {
        if (!domain::trimmed_view(value).empty()) {
            sorted.push_back(value);
        }
    }
    return sorted;
}

} // namespace

Result<PoolSearchResult> search_talent_pools(Store& store, const domain::PoolSearch& search,
                                             const domain::Date& today) {
    auto pools = store.talent_pools().pools();
    auto members = store.talent_pools().members();
    auto people = store.people().people();
    auto units = store.people().units();
    if (!pools || !members || !people || !units) {
        return domain::fail(!pools     ? pools.error()
                            : !members ? members.error()
                            : !people  ? people.error()
                                       : units.error());
    }
    std::unordered_map<std::int64_t, const domain::Person*> by_id;
    for (const auto& person : *people) {
        by_id[person.id.value()] = &person;
    }
    std::unordered_map<std::int64_t, std::string> unit_names;
    for (const auto& unit : *units) {
        unit_names[unit.id.value()] = unit.name;
    }
    std::map<std::int64_t, ReviewFacts> reviews;
    PoolSearchResult result{std::move(*pools), {}, {}, {}, members->size()};
    std::set<std::string> professions;
    std::set<std::string> regions;
    for (const auto& membership : *members) {
        const auto person = by_id.find(membership.person.value());
        if (person == by_id.end()) {
            continue;
        }
        if (!reviews.contains(membership.review)) {
            auto facts = facts_of(store, membership.review);
            if (!facts) {
                return domain::fail(facts.error());
            }
            reviews.emplace(membership.review, std::move(*facts));
        }
        const auto& facts = reviews.at(membership.review);
        const auto& who = *person->second;
        professions.insert(who.profession);
        regions.insert(who.region);
        domain::PoolCandidate candidate{
            membership.person, membership.pool, membership.expires_on, who.profession, who.region, {}, {}};
        if (const auto placed = facts.placements.find(who.id.value()); placed != facts.placements.end()) {
            candidate.placement = placed->second;
        }
        if (const auto levels = facts.levels.find(who.id.value()); levels != facts.levels.end()) {
            candidate.levels = levels->second;
        }
        const bool left = who.left_at.has_value();
        if (left && !search.include_expired) {
            continue;
        }
        if (!domain::matches_pool_search(candidate, search, today)) {
            continue;
        }
        const auto pool = std::find_if(result.pools.begin(), result.pools.end(),
                                       [&](const TalentPool& each) { return each.id == membership.pool; });
        const auto unit = unit_names.find(who.unit.value());
        const bool expired = domain::pool_membership_expired(candidate, today);
        result.rows.push_back({std::move(candidate), who.name, unit == unit_names.end() ? "" : unit->second,
                               pool == result.pools.end() ? "" : pool->name, membership.review, facts.name,
                               expired, left});
    }
    result.professions = sorted_distinct(professions);
    result.regions = sorted_distinct(regions);
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const PoolRow& a, const PoolRow& b) { return a.name < b.name; });
    return result;
}

Result<std::vector<OwnPoolPlace>> own_pool_places(Store& store, PersonId person, const domain::Date& today) {
    auto pools = store.talent_pools().pools();
    auto memberships = store.talent_pools().memberships_of(person);
    if (!pools || !memberships) {
        return domain::fail(!pools ? pools.error() : memberships.error());
    }
    std::vector<OwnPoolPlace> places;
    for (const auto& membership : *memberships) {
        const auto pool = std::find_if(pools->begin(), pools->end(),
                                       [&](const TalentPool& each) { return each.id == membership.pool; });
        if (pool == pools->end()) {
            continue;
        }
        places.push_back({pool->name, pool->purpose, membership.review, membership.expires_on,
                          membership.expires_on < today});
    }
    return places;
}

} // namespace leadline::app
