#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/cycles/{cycle}/add-subjects: the form for adding everyone in a unit, or a list of addresses.
[[nodiscard]] Response add_subjects_page(const Exchange& exchange);

// POST /admin/cycles/{cycle}/add-subjects: says how many people that is and asks first; once confirmed,
// adds them all or, when any address cannot be added, nobody.
[[nodiscard]] Response add_subjects(const Exchange& exchange);

} // namespace leadline::web
