#include "web/views/rater_attribute_view.hpp"

namespace leadline::web {

namespace {

const app::FieldProblem* problem_for(const std::vector<app::FieldProblem>& problems,
                                     const std::string& field) {
    for (const auto& problem : problems) {
        if (problem.field == field) {
            return &problem;
        }
    }
    return nullptr;
}

void fill_behaviours(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& q,
                     const domain::Attribute& current, const app::AttributeAnswers& shown,
                     const std::vector<app::FieldProblem>& problems, bool every_choice_checked,
                     std::vector<PageError>& errors) {
    const auto& framework = *q.framework;
    for (const auto& behaviour : current.behaviours) {
        auto* group = page.AddSectionDictionary("BEHAVIOUR");
        const auto field = behaviour_field(behaviour);
        group->SetValue("FIELD_ID", field);
        group->SetValue("FIELD_NAME", field);
        group->SetValue("STATEMENT", q.is_self() ? behaviour.self_text : behaviour.rater_text);
        const auto answer = shown.ratings.find(behaviour.id);
        // Only others may say they have not seen something: a person always has a view of themselves.
        if (!q.is_self()) {
            auto* none = group->AddSectionDictionary("NOT_OBSERVED");
            none->SetValue("NOT_OBSERVED_LABEL", framework.scale.not_observed_label);
            if (every_choice_checked || (answer != shown.ratings.end() && !answer->second.observed())) {
                none->ShowSection("NOT_OBSERVED_CHECKED");
            }
        }
        bool first = true;
        for (const auto& point : framework.scale.points) {
            auto* option = group->AddSectionDictionary("OPTION");
            option->SetValue("FIELD_NAME", field);
            option->SetValue("OPTION_ID", first ? field : field + "-" + std::to_string(point.value));
            option->SetIntValue("VALUE", point.value);
            option->SetValue("LABEL", point.label);
            if (every_choice_checked ||
                (answer != shown.ratings.end() && answer->second == domain::Rating::of(point.value))) {
                option->ShowSection("CHECKED");
            }
            first = false;
        }
        if (const auto* problem = problem_for(problems, behaviour.id.value())) {
            auto* error = group->AddSectionDictionary("ERROR");
            error->SetValue("FIELD_ID", field);
            error->SetValue("MESSAGE", problem->message);
            errors.push_back({field, problem->message});
        }
    }
}

void fill_comments(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& q,
                   const AttributePageText& text, const std::vector<app::FieldProblem>& problems,
                   std::vector<PageError>& errors) {
    struct CommentBox {
        const char* field;
        const char* label;
        const char* hint;
        const std::string& value;
    };
    for (const auto& box :
         {CommentBox{"strength", "What is a strength here", "What should they keep doing?", text.strength},
          CommentBox{"to-develop", "What could be developed", "What would help them do more of this?",
                     text.to_develop}}) {
        auto* comment = page.AddSectionDictionary("COMMENT");
        comment->SetValue("FIELD_ID", box.field);
        comment->SetValue("FIELD_NAME", box.field);
        comment->SetValue("LABEL", box.label);
        comment->SetValue("HINT",
                          q.is_self() ? "Comments about yourself are for your own report." : box.hint);
        comment->SetValue("VALUE", box.value);
        if (const auto* problem = problem_for(problems, box.field)) {
            auto* error = comment->AddSectionDictionary("ERROR");
            error->SetValue("FIELD_ID", box.field);
            error->SetValue("MESSAGE", problem->message);
            errors.push_back({box.field, problem->message});
        }
    }
}

} // namespace

std::string behaviour_field(const domain::Behaviour& behaviour) {
    return "b-" + behaviour.id.value();
}

app::AttributeAnswers stored_answers(const app::RaterQuestionnaire& questionnaire, std::size_t attribute) {
    app::AttributeAnswers answers;
    const auto& framework_attribute = questionnaire.framework->attributes[attribute];
    for (const auto& behaviour : framework_attribute.behaviours) {
        const auto found = questionnaire.response.ratings().find(behaviour.id);
        if (found != questionnaire.response.ratings().end()) {
            answers.ratings.emplace(behaviour.id, found->second);
        }
    }
    const auto& comments = questionnaire.response.comments();
    const auto strength = comments.find({framework_attribute.id, domain::CommentKind::Strength});
    const auto develop = comments.find({framework_attribute.id, domain::CommentKind::ToDevelop});
    answers.strength = strength != comments.end() ? strength->second : "";
    answers.to_develop = develop != comments.end() ? develop->second : "";
    return answers;
}

std::vector<PageError> fill_rater_attribute(ctemplate::TemplateDictionary& page,
                                            const app::RaterQuestionnaire& q, std::size_t attribute,
                                            const AttributePageText& text, const app::AttributeAnswers& shown,
                                            const std::vector<app::FieldProblem>& problems,
                                            bool every_choice_checked) {
    const auto& framework = *q.framework;
    const auto& current = framework.attributes[attribute];
    page.SetValue("ACTION", "/r/" + text.token + "/a/" + std::to_string(attribute + 1));
    page.SetValue("CSRF", text.form_token);
    page.SetIntValue("POSITION", static_cast<long>(attribute + 1));
    page.SetIntValue("TOTAL", static_cast<long>(framework.attributes.size()));
    page.SetValue("ATTRIBUTE_NAME", current.name);
    page.SetValue("ATTRIBUTE_SUMMARY", current.summary);
    page.SetValue("QUESTION", q.is_self()
                                  ? "How often do you do each of these?"
                                  : "How often have you seen " + text.subject_name + " do each of these?");
    std::vector<PageError> errors;
    fill_behaviours(page, q, current, shown, problems, every_choice_checked, errors);
    fill_comments(page, q, text, problems, errors);
    if (attribute > 0) {
        page.AddSectionDictionary("BACK")->SetValue("BACK_HREF",
                                                    "/r/" + text.token + "/a/" + std::to_string(attribute));
    }
    return errors;
}

} // namespace leadline::web
