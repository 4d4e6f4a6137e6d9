#include "web/views/my_talent_view.hpp"

#include "web/views/talent_evidence_view.hpp"
#include "web/views/talent_labels.hpp"

namespace leadline::web {

void fill_my_talent(ctemplate::TemplateDictionary& page, const std::vector<MyTalentReview>& reviews,
                    domain::PersonId me) {
    if (reviews.empty()) {
        page.ShowSection("NONE");
    }
    for (const auto& entry : reviews) {
        const auto href = my_talent_href(entry.review.id);
        if (!entry.managed.empty()) {
            auto* section = page.AddSectionDictionary("MANAGED");
            section->SetValue("NAME", entry.review.name);
            section->SetValue("STAGE", stage_label(entry.review.stage));
            section->SetValue("HELP", stage_help(entry.review.stage));
            section->SetValue("MEETING_HREF", href + "/meeting");
            if (entry.review.stage == app::TalentReviewStage::Assessing) {
                section->ShowSection("BEFORE");
            }
            for (const auto& managed : entry.managed) {
                auto* line = section->AddSectionDictionary("PERSON");
                line->SetValue("HREF", href + "/people/" + std::to_string(managed.member.person.value()));
                line->SetValue("NAME", managed.name);
                line->SetValue("ASSESSED", managed.assessed ? "Saved" : "Not started");
                line->SetValue("PROPOSED", domain::placement_description(managed.member.proposed));
            }
        }
        if (entry.own) {
            auto* section = page.AddSectionDictionary("OWN");
            section->SetValue("NAME", entry.review.name);
            section->SetValue("HREF", href);
            if (entry.review.stage == app::TalentReviewStage::Closed) {
                section->ShowSection("CLOSED");
            }
            if (entry.review.stage == app::TalentReviewStage::Assessing) {
                section->AddSectionDictionary("CAN_PUT_FORWARD")
                    ->SetValue("SELF_HREF", href + "/people/" + std::to_string(me.value()));
            }
        }
    }
}

namespace {

void fill_indicator(ctemplate::TemplateDictionary& form, const domain::Attribute& indicator,
                    const domain::RatingScale& scale, const TypedAssessment& typed,
                    const std::vector<PageError>& errors) {
    const auto id = indicator.id.value();
    const auto field = "level-" + id;
    auto* section = form.AddSectionDictionary("INDICATOR");
    section->SetValue("FIELD", field);
    section->SetValue("EVIDENCE_FIELD", "evidence-" + id);
    section->SetValue("NAME", indicator.name);
    section->SetValue("DESCRIPTION", indicator.evidence_prompt.value_or(indicator.summary));
    const auto typed_level = typed.levels.find(id);
    const auto chosen = typed_level == typed.levels.end() ? std::string() : typed_level->second;
    bool first = true;
    const auto add = [&](const std::string& value, const std::string& label, const std::string& meaning) {
        auto* level = section->AddSectionDictionary("LEVEL");
        level->SetValue("ID", first ? field : field + "-" + (value.empty() ? "none" : value));
        first = false;
        level->SetValue("FIELD", field);
        level->SetValue("VALUE", value);
        level->SetValue("LABEL", label);
        level->SetValue("MEANING", meaning);
        if (value == chosen) {
            level->ShowSection("CHOSEN");
        }
    };
    for (const auto& level : indicator.levels) {
        std::string label = "Level " + std::to_string(level.value);
        for (const auto& point : scale.points) {
            if (point.value == level.value) {
                label += ": " + point.label;
            }
        }
        add(std::to_string(level.value), label, level.meaning);
    }
    add("", scale.not_observed_label, "Write what you have seen so far; it does not count towards a box.");
    const auto evidence = typed.evidence.find(id);
    section->SetValue("EVIDENCE", evidence == typed.evidence.end() ? std::string() : evidence->second);
    for (const auto& error : errors) {
        if (error.field_id == field) {
            section->ShowSection("HAS_ERROR");
            section->AddSectionDictionary("ERROR")->SetValue("MESSAGE", error.message);
        }
    }
}

} // namespace

void fill_assessment_form(ctemplate::TemplateDictionary& page, const AssessmentForm& form,
                          const domain::Framework& framework, const TypedAssessment& typed,
                          const std::vector<PageError>& errors, const std::string& csrf_token) {
    page.SetValue("REVIEW", form.review->name);
    page.SetValue("HEADING", form.about_self ? "Your own assessment" : form.person_name);
    if (!form.editable) {
        page.AddSectionDictionary("READ_ONLY")
            ->SetValue("TEXT", "Calibration has begun, so this assessment can no longer change.");
        return;
    }
    auto* edit = page.AddSectionDictionary("EDIT");
    edit->SetValue("CSRF", csrf_token);
    edit->SetValue("ACTION", form.action);
    edit->SetValue("INTRO",
                   form.about_self
                       ? "Putting yourself forward is optional. Rate yourself on each indicator and "
                         "say what you did; your line manager and the meeting will read it."
                       : "Rate each indicator from what you have seen, with the evidence. Each level "
                         "says what it means; choose the one the evidence supports.");
    for (const auto& indicator : framework.attributes) {
        fill_indicator(*edit, indicator, framework.scale, typed, errors);
    }
    if (!form.about_self) {
        auto* placement = edit->AddSectionDictionary("PLACEMENT");
        placement->SetValue("SUGGESTION",
                            form.suggestion.empty()
                                ? std::string("Once every indicator has a level, the ratings suggest a box.")
                                : "The saved ratings suggest: " + form.suggestion + ".");
        fill_placement_options(*placement, typed.placement);
        for (const auto& error : errors) {
            if (error.field_id == "placement") {
                placement->AddSectionDictionary("PLACEMENT_ERROR")->SetValue("MESSAGE", error.message);
            }
        }
    }
}

void fill_own_pool_places(ctemplate::TemplateDictionary& section,
                          const std::vector<app::OwnPoolPlace>& places, std::int64_t review) {
    for (const auto& place : places) {
        if (place.review == review) {
            auto* shown = section.AddSectionDictionary(place.expired ? "POOL_ENDED" : "POOL");
            shown->SetValue("NAME", place.pool_name);
            shown->SetValue("PURPOSE", place.purpose);
            shown->SetValue("UNTIL", place.expires_on.display());
        }
    }
}

} // namespace leadline::web
