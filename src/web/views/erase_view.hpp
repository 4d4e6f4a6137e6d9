#pragma once

#include <string>

#include <ctemplate/template.h>

namespace leadline::web {

// Fills admin_erase.tpl: what erasing does, and the email as typed with its problem beside it.
void fill_erase_form(ctemplate::TemplateDictionary& page, const std::string& email,
                     const std::string& problem, const std::string& csrf_token);

} // namespace leadline::web
