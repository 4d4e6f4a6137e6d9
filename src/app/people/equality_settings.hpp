#pragma once

#include "app/ports/store.hpp"
#include "domain/people/equality.hpp"

namespace leadline::app {

// The values the organisation records for each protected characteristic: those it saved, or the
// defaults until it saves its own.
[[nodiscard]] domain::Result<domain::EqualityCategories> equality_categories_in_use(Store& store);

} // namespace leadline::app
