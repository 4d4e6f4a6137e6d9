#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/people: how many are in the directory, and the form to upload a people file.
[[nodiscard]] Response people_page(const Exchange& exchange);

// GET /admin/people.csv: the directory as a people file, to edit and upload again.
[[nodiscard]] Response people_csv_download(const Exchange& exchange);

// POST /admin/people/check: reads an uploaded file and shows what it would change, or every problem in it
// by line and column. Saves nothing.
[[nodiscard]] Response check_people_file(const Exchange& exchange);

// POST /admin/people/apply: saves a checked file, all or nothing.
[[nodiscard]] Response apply_people_file(const Exchange& exchange);

} // namespace leadline::web
