#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/ports/store.hpp"
#include "web/views/directory_search.hpp"

namespace leadline::web {

// The people a directory search on a form finds, with their units' paths to tell namesakes apart;
// nothing for no text. Up to directory_search_counted are read, so the page can say how many more
// there are than it shows.
[[nodiscard]] domain::Result<DirectoryMatches> search_directory(app::Store& store, const std::string& search);

} // namespace leadline::web
