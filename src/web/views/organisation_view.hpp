#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "domain/people/organisation_details.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Fills admin_organisation.tpl with the details as saved or as typed, each field's problem beside it,
// and a confirmation once saved. Returns the problems for the error summary, in the form's order.
[[nodiscard]] std::vector<PageError>
fill_organisation_form(ctemplate::TemplateDictionary& page, const domain::OrganisationDetails& shown,
                       const std::string& retention_typed, const std::vector<domain::DetailProblem>& problems,
                       bool saved, const std::string& csrf_token);

} // namespace leadline::web
