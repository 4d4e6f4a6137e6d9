#pragma once

#include <string>

#include <ctemplate/template.h>

#include "domain/feedback/feedback_cycle.hpp"

namespace leadline::web {

// Whose words a cycle's state is shown in: the HR team's ("Draft"), or a participant's ("Not open yet").
enum class StateWords { Admin, Participant };

// Sets STATE and STATE_COLOUR (a GOV.UK tag class) for a cycle's state.
void set_cycle_state_tag(ctemplate::TemplateDictionary& where, domain::CycleState state, StateWords words);

} // namespace leadline::web
