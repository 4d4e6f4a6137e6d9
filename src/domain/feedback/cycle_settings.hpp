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
};

} // namespace leadline::domain
