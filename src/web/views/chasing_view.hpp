#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/chasing.hpp"
#include "app/ports/response_repository.hpp"

namespace leadline::web {

// How many subjects, or raters, a page of the chasing lists shows.
inline constexpr std::size_t chasing_page_size = 50;

// Everything the chasing page shows: who is still to choose raters, who is still to answer, and which
// page of each list.
struct ChasingPage {
    const app::CycleOverview& overview;
    const std::vector<app::SubjectToChase>& subjects;
    const std::vector<app::RaterToContact>& raters;
    std::int64_t now = 0;
    std::size_t subjects_page = 1;
    std::size_t raters_page = 1;
    std::string done;    // "nudged", "none-due", "reminded": a confirmation; empty for none
    std::string problem; // why a nudge or reminder could not go; empty for none
    std::string csrf_token;
};

// The address of a cycle's chasing page.
[[nodiscard]] std::string chasing_href(domain::CycleId cycle);

// Fills admin_chasing.tpl: each list with how many are in it and how many can be written to now, a button
// for each while it applies, a page of each, and when each was last written to.
void fill_chasing(ctemplate::TemplateDictionary& page, const ChasingPage& shown);

} // namespace leadline::web
