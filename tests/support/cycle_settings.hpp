#pragma once

#include "domain/feedback/cycle_settings.hpp"

namespace leadline::testing {

// A September 2026 cycle of the test framework asking self, peers (four needed) and partners (five).
inline domain::CycleSettings september_cycle() {
    domain::CycleSettings result;
    result.name = "Leaders 2026";
    result.framework = domain::FrameworkId("test-framework");
    result.framework_version = "1";
    result.opens_on = domain::Date::parse("2026-09-01").value();
    result.closes_on = domain::Date::parse("2026-09-30").value();
    result.rater_groups = {domain::RaterGroup::Self, domain::RaterGroup::Peer, domain::RaterGroup::Partner};
    result.anonymity = domain::AnonymityPolicy::create({{domain::RaterGroup::Peer, 4}}, 5,
                                                       domain::ManagerVisibility::Anonymous)
                           .value();
    return result;
}

} // namespace leadline::testing
