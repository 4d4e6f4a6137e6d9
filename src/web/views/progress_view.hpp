#pragma once

#include <string>

#include <ctemplate/template.h>

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/progress_selection.hpp"

namespace leadline::web {

// The address of a cycle's progress for a query: "/admin/cycles/3?standing=waiting&find=sam&page=2#progress".
[[nodiscard]] std::string progress_href(domain::CycleId cycle, const app::ProgressQuery& query,
                                        const std::string& suffix = "");

// Fills admin_cycle.tpl's progress: the whole cycle's figures, a filter by where subjects stand (with how
// many are in each), the search, one page of subjects with their groups, the pages, and the CSV link. Each
// subject's name links to their admin page when `subject_links` (not for an HR viewer, who may not use it).
void fill_progress(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
                   const app::ProgressQuery& query, bool subject_links);

} // namespace leadline::web
