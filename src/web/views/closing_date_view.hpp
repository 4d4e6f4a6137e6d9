#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/cycle_administration.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// What was typed into the closing date form, shown again with its problem.
struct TypedDate {
    std::string day;
    std::string month;
    std::string year;
};

// The heading of the page for changing a cycle's closing date: "Reopen the cycle" for a closed one.
[[nodiscard]] std::string closing_date_heading(domain::CycleState state);

// Fills admin_closing_date.tpl: the cycle's closing date now, what a new one does (a closed cycle opens
// again until then), the date boxes as typed, and their problem.
void fill_closing_date(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
                       const TypedDate& typed, const std::vector<PageError>& errors,
                       const std::string& csrf_token);

} // namespace leadline::web
