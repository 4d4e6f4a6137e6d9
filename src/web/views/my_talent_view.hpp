#pragma once

#include <map>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/ports/talent_review_repository.hpp"
#include "app/talent/talent_pools.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// One review as a participant sees it on their list: the people they assess in it, and whether they are
// in it themselves.
struct MyTalentReview {
    app::TalentReview review;
    struct Managed {
        app::ReviewMember member;
        std::string name;
        bool assessed = false;
    };
    std::vector<Managed> managed;
    bool own = false;
};

// Fills me_talent.tpl.
void fill_my_talent(ctemplate::TemplateDictionary& page, const std::vector<MyTalentReview>& reviews,
                    domain::PersonId me);

// An assessment form as typed: per indicator a level ("" for none yet, else its number) and evidence, and
// the proposed placement (a placement_value).
struct TypedAssessment {
    std::map<std::string, std::string> levels;
    std::map<std::string, std::string> evidence;
    std::string placement;
};

struct AssessmentForm {
    const app::TalentReview* review = nullptr;
    std::string person_name;
    bool about_self = false;
    bool editable = false;
    std::string action;
    std::string suggestion; // the box the saved ratings suggest, in words; empty when none
};

// Fills me_talent_assessment.tpl: the form while the review is assessing (each indicator's levels with
// what they mean, the evidence, and for a line manager the proposed placement), else a note saying why
// it cannot change; `errors` name fields as level-<indicator> and placement.
void fill_assessment_form(ctemplate::TemplateDictionary& page, const AssessmentForm& form,
                          const domain::Framework& framework, const TypedAssessment& typed,
                          const std::vector<PageError>& errors, const std::string& csrf_token);

// Fills a person's places in pools that this review approved (POOL, or POOL_ENDED once expired).
void fill_own_pool_places(ctemplate::TemplateDictionary& section,
                          const std::vector<app::OwnPoolPlace>& places, std::int64_t review);

} // namespace leadline::web
