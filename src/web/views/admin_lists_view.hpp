#pragma once

#include <vector>

#include <ctemplate/template.h>

#include "app/ports/cycle_repository.hpp"
#include "app/ports/outbox_repository.hpp"

namespace leadline::web {

// Fills admin_cycles.tpl: each cycle with its framework, state and number of subjects.
void fill_admin_cycles(ctemplate::TemplateDictionary& page, const std::vector<app::CycleSummary>& cycles);
// Fills admin_outbox.tpl: each message with whether it was sent, and the text of those still waiting.
void fill_admin_outbox(ctemplate::TemplateDictionary& page, const std::vector<app::OutboxMessage>& messages,
                       const std::string& done, const std::string& csrf_token);

} // namespace leadline::web
