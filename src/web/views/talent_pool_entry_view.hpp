#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/talent/talent_pools.hpp"
#include "web/views/closing_date_view.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Who is being added, from which review.
struct PoolEntry {
    const app::TalentReview* review = nullptr;
    const app::ReviewMember* member = nullptr;
    std::string name;
    const std::vector<app::TalentPool>* pools = nullptr;
    const std::vector<app::OwnPoolPlace>* places = nullptr; // their places now, in any pool
    domain::Date today;
};

struct TypedPoolEntry {
    std::string pool;
    TypedDate expires;
};

// Fills admin_talent_pool_entry.tpl: their places now, and the form (field ids pool and expires-day)
// while the review is closed and placed them; otherwise why they cannot join yet.
void fill_talent_pool_entry(ctemplate::TemplateDictionary& page, const PoolEntry& entry,
                            const TypedPoolEntry& typed, const std::vector<PageError>& errors,
                            const std::string& csrf_token);

} // namespace leadline::web
