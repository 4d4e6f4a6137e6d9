#pragma once

#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/ports/talent_review_repository.hpp"
#include "app/talent/talent_board.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::web {

// One assessment as it is read: who wrote it, and each indicator's level, what the level means and the
// evidence written for it.
struct AssessmentToRead {
    std::string who; // "Line manager: Sam Khan", "Their own"
    const app::StoredAssessment* assessment = nullptr;
};

// Fills the include `name` with talent_assessment_read.tpl: the assessments given (or `none_text` when
// there are none) and the person's 360 figures, when there are any.
void fill_assessments_read(ctemplate::TemplateDictionary& where, const std::string& name,
                           const domain::Framework& framework,
                           const std::vector<AssessmentToRead>& assessments, const std::string& none_text,
                           const std::optional<app::ThreeSixtyFigures>& figures);

// The placement choices as radios, 9 boxes highest potential first, then "too new to assess"; `chosen` is
// a placement_value.
void fill_placement_options(ctemplate::TemplateDictionary& where, const std::string& chosen);

} // namespace leadline::web
