#include "web/views/talent_reviews_view.hpp"

#include "web/views/talent_labels.hpp"

namespace leadline::web {

namespace {

void fill_choices(ctemplate::TemplateDictionary& page, const TalentReviewChoices& choices,
                  const TypedTalentReview& typed) {
    for (const auto* framework : choices.frameworks) {
        auto* option = page.AddSectionDictionary("FRAMEWORK");
        option->SetValue("ID", framework->framework.id.value());
        option->SetValue("NAME",
                         framework->framework.name + " (version " + framework->framework.version + ")");
        if (typed.framework == framework->framework.id.value()) {
            option->ShowSection("CHOSEN");
        }
    }
    for (const auto& unit : choices.units) {
        auto* option = page.AddSectionDictionary("UNIT");
        option->SetIntValue("ID", unit.id.value());
        option->SetValue("PATH", unit.path);
        if (typed.unit == std::to_string(unit.id.value())) {
            option->ShowSection("CHOSEN");
        }
    }
    for (const auto& cycle : choices.cycles) {
        auto* option = page.AddSectionDictionary("CYCLE");
        option->SetIntValue("ID", cycle.id.value());
        option->SetValue("NAME", cycle.name);
        if (typed.cycle == std::to_string(cycle.id.value())) {
            option->ShowSection("CHOSEN");
        }
    }
    const std::pair<const char*, const char*> populations[] = {{"unit", "UNIT_CHOSEN"},
                                                               {"grade", "GRADE_CHOSEN"},
                                                               {"cycle", "CYCLE_CHOSEN"},
                                                               {"everyone", "EVERYONE_CHOSEN"}};
    for (const auto& [value, section] : populations) {
        if (typed.population == value) {
            page.ShowSection(section);
        }
    }
}

} // namespace

void fill_talent_reviews(ctemplate::TemplateDictionary& page, const std::vector<app::TalentReview>& reviews,
                         const TalentReviewChoices& choices, const TypedTalentReview& typed,
                         const std::vector<PageError>& errors, const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    if (reviews.empty()) {
        page.ShowSection("NONE");
    } else {
        page.ShowSection("HAS_REVIEWS");
    }
    for (const auto& review : reviews) {
        auto* line = page.AddSectionDictionary("REVIEW");
        line->SetValue("HREF", talent_review_href(review.id));
        line->SetValue("NAME", review.name);
        line->SetValue("POPULATION", review.population);
        line->SetValue("STAGE", stage_label(review.stage));
    }
    page.SetValue("TYPED_NAME", typed.name);
    page.SetValue("TYPED_GRADE", typed.grade);
    page.SetValue("TYPED_MINIMUM", typed.minimum);
    fill_choices(page, choices, typed);
    for (const auto& error : errors) {
        const auto section = error.field_id == "name"        ? "NAME_ERROR"
                             : error.field_id == "framework" ? "FRAMEWORK_ERROR"
                             : error.field_id == "minimum"   ? "MINIMUM_ERROR"
                                                             : "POPULATION_ERROR";
        page.AddSectionDictionary(section)->SetValue("MESSAGE", error.message);
    }
}

} // namespace leadline::web
