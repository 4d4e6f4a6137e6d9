#include "domain/feedback/anonymity_policy.hpp"

#include <algorithm>
#include <string>

namespace leadline::domain {

AnonymityPolicy::AnonymityPolicy()
    : m_group_minimums{{RaterGroup::Self, 1}, {RaterGroup::LineManager, 1}},
      m_comment_minimum(default_comment_minimum), m_manager(ManagerVisibility::Identified) {}

Result<AnonymityPolicy> AnonymityPolicy::create(const std::map<RaterGroup, int>& group_minimums,
                                                int comment_minimum, ManagerVisibility manager) {
    AnonymityPolicy policy;
    int largest = 1;
    for (const auto& [group, minimum] : group_minimums) {
        if (minimum < 1) {
            return fail(ErrorCode::InvalidInput,
                        "The minimum for " + std::string(display_name(group)) + " must be at least 1.");
        }
        policy.m_group_minimums[group] = minimum;
        if (group != RaterGroup::Self && group != RaterGroup::LineManager) {
            largest = std::max(largest, minimum);
        }
    }
    for (auto group : all_rater_groups) {
        if (group != RaterGroup::Self && group != RaterGroup::LineManager) {
            largest = std::max(largest, policy.group_minimum(group));
        }
    }
    if (comment_minimum < largest) {
        return fail(ErrorCode::InvalidInput, "The minimum for comments (" + std::to_string(comment_minimum) +
                                                 ") must be at least the largest group minimum (" +
                                                 std::to_string(largest) + ").");
    }
    policy.m_comment_minimum = comment_minimum;
    policy.m_manager = manager;
    return policy;
}

int AnonymityPolicy::group_minimum(RaterGroup group) const {
    const auto found = m_group_minimums.find(group);
    return found == m_group_minimums.end() ? default_group_minimum : found->second;
}

} // namespace leadline::domain
