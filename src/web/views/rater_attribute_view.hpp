#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/rater_journey.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// What differs between two views of the same attribute page: whose link it is, whose feedback, and
// the comments shown. (The ratings shown are choices; see RaterPageSkeletons.)
struct AttributePageText {
    std::string token;
    std::string form_token;
    std::string subject_name;
    std::string strength;
    std::string to_develop;
};

// Fills rater_attribute.tpl for one attribute (0-based) of a questionnaire, showing `shown` and the
// problems found in it; returns those problems as the page's error summary. every_choice_checked marks
// every radio button checked, as the page's skeleton needs (see RaterPageSkeletons).
[[nodiscard]] std::vector<PageError>
fill_rater_attribute(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& questionnaire,
                     std::size_t attribute, const AttributePageText& text, const app::AttributeAnswers& shown,
                     const std::vector<app::FieldProblem>& problems, bool every_choice_checked);

// The answers already stored for one attribute, to fill in its page.
[[nodiscard]] app::AttributeAnswers stored_answers(const app::RaterQuestionnaire& questionnaire,
                                                   std::size_t attribute);

// The form field of one behaviour's rating: "b-" and the behaviour's id.
[[nodiscard]] std::string behaviour_field(const domain::Behaviour& behaviour);

} // namespace leadline::web
