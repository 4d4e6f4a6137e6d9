#pragma once

#include <map>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "domain/people/equality.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The categories as the form shows them: each field's values, one per line.
[[nodiscard]] std::map<domain::EqualityField, std::string>
typed_form_of(const domain::EqualityCategories& categories);

// Fills admin_equality.tpl: one text area per characteristic with its values as saved or as typed, each
// field's problems beside it, and a confirmation once saved. Returns the problems for the error summary.
[[nodiscard]] std::vector<PageError> fill_equality_form(
    ctemplate::TemplateDictionary& page, const std::map<domain::EqualityField, std::string>& shown,
    const std::vector<domain::CategoryProblem>& problems, bool saved, const std::string& csrf_token);

} // namespace leadline::web
