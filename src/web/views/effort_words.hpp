#pragma once

#include <string>

#include "domain/framework/framework.hpp"

namespace leadline::web {

// How long a development idea takes, as a reader says it: "a minute", "half a day", "a few months".
[[nodiscard]] std::string effort_words(domain::Effort effort);

} // namespace leadline::web
