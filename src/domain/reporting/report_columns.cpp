#include "domain/reporting/report_columns.hpp"

#include <algorithm>
#include <map>

namespace leadline::domain {

std::string label_of(const ReportedGroup& group) {
    return group.group ? std::string(display_name(*group.group))
                       : std::string(display_name(RaterGroup::Other));
}

namespace {

// "Other raters" must protect whoever is in it as well as the strictest group would.
int strictest_minimum(const AnonymityPolicy& policy) {
    int strictest = 1;
    for (auto group : all_rater_groups) {
        if (group != RaterGroup::Self && group != RaterGroup::LineManager) {
            strictest = std::max(strictest, policy.group_minimum(group));
        }
    }
    return strictest;
}

} // namespace

ReportColumns assign_columns(std::span<const SubmittedAnswers> responses, const AnonymityPolicy& policy) {
    ReportColumns columns;
    columns.column_of.assign(responses.size(), std::nullopt);
    std::map<RaterGroup, int> counts;
    for (std::size_t i = 0; i < responses.size(); ++i) {
        if (responses[i].group == RaterGroup::Self) {
            if (!columns.self) {
                columns.self = i;
            }
            continue;
        }
        ++counts[responses[i].group];
    }
    std::map<RaterGroup, int> column_of_group;
    std::vector<RaterGroup> merged;
    int merged_count = 0;
    for (auto group : all_rater_groups) {
        const int count = counts[group];
        if (group == RaterGroup::Self || count == 0) {
            continue;
        }
        const bool alone = (group != RaterGroup::LineManager ||
                            policy.manager_visibility() == ManagerVisibility::Identified) &&
                           policy.group_can_be_shown(group, count);
        if (alone) {
            column_of_group[group] = static_cast<int>(columns.groups.size());
            columns.groups.push_back({group, count});
            columns.minimums.push_back(policy.group_minimum(group));
        } else {
            merged.push_back(group);
            merged_count += count;
        }
    }
    if (!merged.empty()) {
        const int minimum = strictest_minimum(policy);
        if (merged_count >= minimum) {
            columns.some_group_merged = true;
            for (auto group : merged) {
                column_of_group[group] = static_cast<int>(columns.groups.size());
            }
            columns.groups.push_back({std::nullopt, merged_count});
            columns.minimums.push_back(minimum);
        } else {
            columns.some_group_left_out = true;
        }
    }
    for (std::size_t i = 0; i < responses.size(); ++i) {
        if (responses[i].group == RaterGroup::Self) {
            continue;
        }
        if (const auto found = column_of_group.find(responses[i].group); found != column_of_group.end()) {
            columns.column_of[i] = found->second;
        }
    }
    return columns;
}

} // namespace leadline::domain
