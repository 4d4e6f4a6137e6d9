#pragma once

#include <cstdint>

#include "app/demo/demo_data.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::app {

struct DemoOptions {
    std::size_t people = 400;
    std::uint64_t seed = 1;
};

// Builds a synthetic organisation (three departments with directorates and teams, a line-management
// tree, grades, professions, regions) and a 360 cycle on the framework with simulated raters.
// Method: docs/methodology/demo.md. The same options give the same data.
[[nodiscard]] domain::Result<DemoData> generate_demo(const DemoOptions& options,
                                                     const domain::Framework& framework);

} // namespace leadline::app
