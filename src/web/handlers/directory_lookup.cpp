#include "web/handlers/directory_lookup.hpp"

namespace leadline::web {

domain::Result<DirectoryMatches> search_directory(app::Store& store, const std::string& search) {
    DirectoryMatches matches;
    if (search.empty()) {
        return matches;
    }
    auto people = store.people().search_people(search, directory_search_counted);
    if (!people) {
        return domain::fail(people.error());
    }
    auto units = store.people().units();
    if (!units) {
        return domain::fail(units.error());
    }
    for (const auto& unit : *units) {
        matches.unit_paths.emplace(unit.id.value(), unit.path);
    }
    matches.people = std::move(*people);
    return matches;
}

} // namespace leadline::web
