#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/feedback/anonymity_policy.hpp"
#include "domain/feedback/rater_group.hpp"

namespace leadline::domain {

// Who approves each subject's list of raters before the raters are invited (self-assessments go at once).
enum class RaterListApproval {
    None,        // invitations go as raters are chosen
    LineManager, // the subject's line manager in the people directory (or the HR team) approves
    HrTeam,      // an admin approves
};

[[nodiscard]] std::string_view to_string(RaterListApproval approval);
[[nodiscard]] std::optional<RaterListApproval> rater_list_approval_from_string(std::string_view text);

// What an admin chooses when creating a cycle.
struct CycleSettings {
    std::string name;
    FrameworkId framework;
    std::string framework_version;
    Date opens_on;
    Date closes_on;
    std::vector<RaterGroup> rater_groups;
    AnonymityPolicy anonymity;
    // Whether a subject's line manager (in the people directory) may read the subject's report once
    // the cycle is published. Off unless the admin turns it on: the report is the subject's first.
    bool line_managers_see_reports = false;
    RaterListApproval approval = RaterListApproval::None;
};

} // namespace leadline::domain
