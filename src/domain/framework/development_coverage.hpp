#pragma once

#include <string>
#include <vector>

#include "domain/framework/framework.hpp"

namespace leadline::domain {

// What a 360 framework lacks for development to follow feedback: a report suggests each focus area's
// stretch experiences and micro-actions, so an attribute without them leaves a leader with nothing to
// do. One sentence per gap, in the framework's attribute order; none for frameworks not used for 360s.
[[nodiscard]] std::vector<std::string> development_gaps(const Framework& framework);

} // namespace leadline::domain
