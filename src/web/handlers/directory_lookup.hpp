#pragma once

#include <string>
#include <vector>

#include "app/ports/store.hpp"

namespace leadline::web {

// The people a directory search on a form finds: none for no text, at most directory_search_shown.
[[nodiscard]] domain::Result<std::vector<domain::Person>> search_directory(app::Store& store,
                                                                           const std::string& search);

} // namespace leadline::web
