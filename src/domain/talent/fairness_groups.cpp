#include "domain/talent/fairness_groups.hpp"

#include <algorithm>
#include <iterator>

namespace leadline::domain {

std::pair<bool, bool> counted(const ReviewedPerson& person, ReviewOutcome outcome) {
    const bool placed = person.now.status == PlacementStatus::Placed;
    if (outcome == ReviewOutcome::TopBox) {
        return {placed, placed && is_top_box(person.now.box)};
    }
    if (outcome == ReviewOutcome::HighPotential) {
        return {placed, placed && person.now.box.potential == Band::High};
    }
    const bool proposed = person.before.status == PlacementStatus::Placed;
    return {proposed, proposed && move_direction(person.before, person.now) == MoveDirection::Down};
}

std::vector<GroupCount> group_counts(std::span<const ReviewedPerson> people,
                                     const std::unordered_map<std::int64_t, EqualityRecord>& records,
                                     EqualityField field, const EqualityCategories& categories,
                                     OutcomeKind kind) {
    return group_counts(people, records, field, categories,
                        kind == OutcomeKind::Favourable ? ReviewOutcome::TopBox : ReviewOutcome::MovedDown);
}

std::vector<GroupCount> group_counts(std::span<const ReviewedPerson> people,
                                     const std::unordered_map<std::int64_t, EqualityRecord>& records,
                                     EqualityField field, const EqualityCategories& categories,
                                     ReviewOutcome outcome) {
    std::vector<GroupCount> groups;
    for (const auto& value : categories.of(field)) {
        groups.push_back(GroupCount{value, 0, 0});
    }
    GroupCount unrecorded{std::string(not_recorded_group), 0, 0};
    for (const auto& person : people) {
        const auto [counts, had] = counted(person, outcome);
        if (!counts) {
            continue;
        }
        GroupCount* group = &unrecorded;
        const auto record = records.find(person.person.value());
        if (record != records.end() && record->second.count(field) != 0) {
            const auto& value = record->second.at(field);
            auto found = std::find_if(groups.begin(), groups.end(),
                                      [&](const GroupCount& each) { return each.group == value; });
            if (found == groups.end()) {
                groups.push_back(GroupCount{value, 0, 0});
                found = std::prev(groups.end());
            }
            group = &*found;
        }
        ++group->people;
        group->with_outcome += had ? 1 : 0;
    }
    groups.push_back(unrecorded);
    std::erase_if(groups, [](const GroupCount& group) { return group.people == 0; });
    return groups;
}

} // namespace leadline::domain
