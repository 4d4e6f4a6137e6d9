#pragma once

#include <string>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/feedback/anonymity_policy.hpp"
#include "domain/feedback/rater_group.hpp"

namespace leadline::domain {

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
};

} // namespace leadline::domain
