#pragma once

#include <cstddef>
#include <vector>

#include "app/demo/demo_data.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// Equality information for the demo's people, drawn from its own random stream (so the rest of the demo
// does not change with it) in proportions like a large public employer's, with about one person in
// twelve having nothing recorded, as in real directories. Returns how many people have some recorded.
[[nodiscard]] domain::Result<std::size_t> write_demo_equality(Store& store, const DemoData& demo,
                                                              const std::vector<domain::PersonId>& ids);

} // namespace leadline::app
