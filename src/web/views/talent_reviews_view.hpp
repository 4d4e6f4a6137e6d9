#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/cycle_repository.hpp"
#include "app/ports/talent_review_repository.hpp"
#include "domain/people/org_unit.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The start form as typed, kept when it is refused.
struct TypedTalentReview {
    std::string name;
    std::string framework = "indicators-of-potential";
    std::string population = "unit"; // unit, grade, cycle, everyone
    std::string unit;
    std::string grade;
    std::string cycle;
    std::string minimum = "5";
};

struct TalentReviewChoices {
    std::vector<const app::LoadedFramework*> frameworks; // talent-review frameworks only
    std::vector<domain::OrgUnit> units;
    std::vector<app::CycleSummary> cycles;
};

// Fills admin_talent_reviews.tpl: every review, and the form to start one with what was typed and its
// problems (field ids: name, framework, population, minimum).
void fill_talent_reviews(ctemplate::TemplateDictionary& page, const std::vector<app::TalentReview>& reviews,
                         const TalentReviewChoices& choices, const TypedTalentReview& typed,
                         const std::vector<PageError>& errors, const std::string& csrf_token);

} // namespace leadline::web
