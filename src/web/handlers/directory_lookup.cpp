#include "web/handlers/directory_lookup.hpp"

#include "web/views/directory_search.hpp"

namespace leadline::web {

domain::Result<std::vector<domain::Person>> search_directory(app::Store& store, const std::string& search) {
    if (search.empty()) {
        return std::vector<domain::Person>{};
    }
    return store.people().search_people(search, directory_search_shown);
}

} // namespace leadline::web
