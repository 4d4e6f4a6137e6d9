#include "web/views/rater_pages_view.hpp"

#include <algorithm>
#include <cmath>

#include "web/http/form_tokens.hpp"

namespace leadline::web {

namespace {

constexpr double seconds_per_behaviour = 15.0;

std::string rating_label(const domain::Framework& framework, const domain::Rating& rating) {
    if (!rating.observed()) {
        return framework.scale.not_observed_label;
    }
    for (const auto& point : framework.scale.points) {
        if (point.value == rating.value()) {
            return point.label;
        }
    }
    return std::to_string(rating.value());
}

std::string anonymity_text(const app::RaterQuestionnaire& q) {
    std::string anonymity =
        q.is_self() ? "Your self-ratings appear in your report beside the views of others."
        : q.context.group == domain::RaterGroup::LineManager
            ? "As line manager, your answers may be shown as yours in the report."
            : "Your answers are combined with those of others in the same group. A group's answers are "
              "shown only when enough people have answered, so no one can tell which answers are yours. "
              "Comments are shown without names.";
    if (q.context.line_managers_see_reports) {
        anonymity += q.is_self()
                         ? " Your line manager will also be able to read your report."
                         : " The report goes to " + q.context.subject_name + " and their line manager.";
    }
    return anonymity;
}

} // namespace

std::string questionnaire_title(const app::RaterQuestionnaire& q) {
    return q.is_self() ? "Your self-assessment" : "Feedback for " + q.context.subject_name;
}

void fill_rater_intro(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& q,
                      const std::string& token, bool just_saved) {
    const auto& framework = *q.framework;
    page.SetValue("CYCLE_NAME", q.context.cycle_name);
    page.SetValue("HEADING", questionnaire_title(q));
    page.SetValue("WHY",
                  q.is_self()
                      ? "You are asked to rate yourself on the same behaviours as the colleagues who give "
                        "you feedback. Comparing the two views is often the most useful part of the "
                        "report."
                      : q.context.subject_name +
                            " has asked for feedback on their leadership. Your honest view of what you "
                            "have seen them do helps them decide what to keep doing and what to "
                            "develop.");
    page.SetValue("ANONYMITY", anonymity_text(q));
    page.SetIntValue("ATTRIBUTES", static_cast<long>(framework.attributes.size()));
    page.SetValue("FRAMEWORK_NAME", framework.name);
    const auto minutes = static_cast<long>(std::max(
        2.0, std::round(static_cast<double>(framework.behaviour_count()) * seconds_per_behaviour / 60.0)));
    page.SetIntValue("MINUTES", minutes);
    page.SetValue("CLOSES_ON", q.context.closes_on.display());
    if (q.submitted()) {
        page.ShowSection("SUBMITTED");
    }
    if (q.context.cycle_state == domain::CycleState::Open) {
        auto* start = page.AddSectionDictionary("CAN_ANSWER");
        const auto resume = q.resume_at();
        const bool complete = resume >= framework.attributes.size();
        start->SetValue("START_HREF",
                        "/r/" + token + (complete ? "/check" : "/a/" + std::to_string(resume + 1)));
        start->SetValue("START_LABEL",
                        q.response.ratings().empty() ? "Start now" : "Continue where you stopped");
    } else {
        page.AddSectionDictionary("CLOSED")->SetValue(
            "CLOSED_TEXT", q.context.cycle_state == domain::CycleState::Draft
                               ? "This feedback has not opened yet. Come back to this link when it opens."
                               : "This feedback has closed, so answers can no longer be given or changed.");
    }
    if (just_saved) {
        page.ShowSection("SAVED");
    }
}

void fill_rater_check(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& q,
                      const std::string& token) {
    const auto& framework = *q.framework;
    page.SetValue("ACTION", "/r/" + token + "/submit");
    page.SetValue("CSRF", rater_form_token(token));
    page.SetValue("CLOSES_ON", q.context.closes_on.display());
    for (std::size_t i = 0; i < framework.attributes.size(); ++i) {
        const auto& attribute = framework.attributes[i];
        auto* section = page.AddSectionDictionary("ATTRIBUTE");
        section->SetValue("NAME", attribute.name);
        for (const auto& behaviour : attribute.behaviours) {
            auto* row = section->AddSectionDictionary("ROW");
            row->SetValue("STATEMENT", q.is_self() ? behaviour.self_text : behaviour.rater_text);
            const auto answer = q.response.ratings().find(behaviour.id);
            row->SetValue("ANSWER", answer == q.response.ratings().end()
                                        ? "Not answered yet"
                                        : rating_label(framework, answer->second));
            row->SetValue("CHANGE_HREF", "/r/" + token + "/a/" + std::to_string(i + 1));
        }
    }
}

void fill_rater_done(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& q,
                     const std::string& token) {
    page.SetValue("THANKS", q.is_self()
                                ? "Your self-assessment is saved. It will appear beside others' views in "
                                  "your report."
                                : "Your feedback for " + q.context.subject_name +
                                      " is saved. It will be combined with others' answers in their "
                                      "report.");
    page.SetValue("CLOSES_ON", q.context.closes_on.display());
    page.SetValue("CHECK_HREF", "/r/" + token + "/check");
}

} // namespace leadline::web
