#pragma once

#include <cstddef>
#include <cstdint>

#include "app/ports/store.hpp"

namespace leadline::app {

struct DemoPool {
    std::int64_t pool = 0;
    std::size_t current = 0; // places that have not expired
    std::size_t expired = 0;
};

// The demo's talent pool: a scheme for people a closed review placed high on potential, each approved
// for a year and a half, and one older approval that has run out, so that the pools page shows both.
[[nodiscard]] domain::Result<DemoPool> write_demo_pool(Store& store, std::int64_t closed_review,
                                                       std::int64_t now);

} // namespace leadline::app
