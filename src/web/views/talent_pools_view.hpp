#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/frameworks/framework_catalog.hpp"
#include "app/talent/talent_pools.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The search as it came in the address, kept in the filters.
struct TypedPoolSearch {
    std::string pool;
    std::string profession;
    std::string region;
    std::string indicator; // "<indicator id>:<level>", or "" for any
    bool include_expired = false;
};

// The new-pool form as typed.
struct TypedPool {
    std::string name;
    std::string purpose;
};

struct PoolsPage {
    const app::PoolSearchResult* result = nullptr;
    // The indicators of talent-review frameworks with their scale, for the "at least" filter.
    std::vector<const app::LoadedFramework*> frameworks;
    domain::Date today;
    bool removed = false;
    bool created = false;
};

// Fills admin_talent_pools.tpl: the filters, the people who match, and the form to start a pool (field
// ids name and purpose).
void fill_talent_pools(ctemplate::TemplateDictionary& page, const PoolsPage& shown,
                       const TypedPoolSearch& search, const TypedPool& typed,
                       const std::vector<PageError>& errors, const std::string& csrf_token);

// "/admin/talent/pools".
[[nodiscard]] std::string talent_pools_href();

} // namespace leadline::web
