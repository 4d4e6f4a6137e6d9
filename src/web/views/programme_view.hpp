#pragma once

#include <ctemplate/template.h>

#include "app/development/programme.hpp"

namespace leadline::web {

// Fills admin_programme.tpl: plans started and shared, check-ins, micro-actions tried, focus areas chosen by
// attribute, and each closed pulse round across subjects (an attribute's figure only from the minimum
// number of subjects).
void fill_programme(ctemplate::TemplateDictionary& page, const app::ProgrammeOverview& overview);

} // namespace leadline::web
