#pragma once

#include <optional>
#include <string>

#include <ctemplate/template.h>

#include "app/development/habit_weeks.hpp"

namespace leadline::web {

// What was said of a micro-action in a week: "Did it", "Not yet" or "Not said yet".
[[nodiscard]] std::string habit_answer_words(const std::optional<bool>& did);

// Fills habit_week.tpl: the week's micro-actions through the weekly email's private link, each with what
// was said and, while the week lasts, "did it" and "not yet"; and the choice to stop the email.
// `done`: what was just done ("answered", "nudges-off", "nudges-on"), or empty.
void fill_habit_week(ctemplate::TemplateDictionary& page, const app::HabitWeekView& view,
                     const std::string& token, const std::string& form_token, const std::string& done);

} // namespace leadline::web
