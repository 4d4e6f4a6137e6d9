#pragma once

#include <string>

#include <ctemplate/template.h>

#include "app/feedback/rater_journey.hpp"

namespace leadline::web {

// The rater's pages other than the attribute page (rater_attribute_view.hpp): each fills its template
// from the questionnaire as read or kept.

// The title of a questionnaire's pages: "Your self-assessment" or "Feedback for Sam Jones".
[[nodiscard]] std::string questionnaire_title(const app::RaterQuestionnaire& questionnaire);
// rater_intro.tpl: why, who sees what, how long, and a way in while the cycle is open.
void fill_rater_intro(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& questionnaire,
                      const std::string& token, bool just_saved);
// rater_check.tpl: every answer, with a link to change it.
void fill_rater_check(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& questionnaire,
                      const std::string& token);
// rater_done.tpl: thanks, and until when the answers can change.
void fill_rater_done(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& questionnaire,
                     const std::string& token);

} // namespace leadline::web
