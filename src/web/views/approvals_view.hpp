#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/rater_list_approval.hpp"

namespace leadline::web {

// Fills me_approvals.tpl: each list waiting for the line manager, with its raters and an approve button.
void fill_approvals(ctemplate::TemplateDictionary& page, const std::vector<app::RaterListToApprove>& lists,
                    bool just_approved, const std::string& csrf_token);

// On someone's own page: a link to the lists waiting for them, when there are any.
void fill_approvals_waiting(ctemplate::TemplateDictionary& page, std::size_t waiting);

// Where a subject's rater list stands, in words for them and for the HR team; empty when the cycle asks
// for no approval.
[[nodiscard]] std::string approval_in_words(const app::RaterListStanding& standing);

} // namespace leadline::web
