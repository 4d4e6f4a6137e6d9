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

// Why answers cannot be given now, for a cycle that is not open.
std::string closed_text(domain::CycleState state) {
    return state == domain::CycleState::Draft
               ? "This feedback has not opened yet. Come back to this link when it opens."
               : "This feedback has closed, so answers can no longer be given or changed.";
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

// Who is asking, whom to ask, and their privacy notice, once the organisation has been named.
void fill_organisation(ctemplate::TemplateDictionary& page, const domain::OrganisationDetails& organisation) {
    if (organisation.name.empty()) {
        return;
    }
    auto* who = page.AddSectionDictionary("ORGANISATION");
    who->SetValue("NAME", organisation.name);
    if (!organisation.contact_email.empty()) {
        who->AddSectionDictionary("CONTACT")->SetValue("EMAIL", organisation.contact_email);
    }
    if (!organisation.privacy_url.empty()) {
        auto* privacy = who->AddSectionDictionary("PRIVACY");
        privacy->SetValue("HREF", organisation.privacy_url);
        privacy->SetValue("NAME", organisation.name);
    }
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
    fill_organisation(page, q.context.organisation);
    page.SetIntValue("ATTRIBUTES", static_cast<long>(framework.attributes.size()));
    page.SetValue("FRAMEWORK_NAME", framework.name);
    const auto minutes = static_cast<long>(std::max(
        2.0, std::round(static_cast<double>(framework.behaviour_count()) * seconds_per_behaviour / 60.0)));
    page.SetIntValue("MINUTES", minutes);
    page.SetValue("CLOSES_ON", q.context.closes_on.display());
    const bool open = q.context.cycle_state == domain::CycleState::Open;
    if (q.submitted()) {
        page.AddSectionDictionary("SUBMITTED")
            ->SetValue("SUBMITTED_TEXT",
                       open ? "You have sent your answers. You can change them until " +
                                  q.context.closes_on.display() + "."
                            : "You sent your answers before the feedback closed. Thank you.");
    }
    if (open || q.context.cycle_state == domain::CycleState::Draft) {
        page.ShowSection("INVOLVES");
    }
    if (open) {
        auto* start = page.AddSectionDictionary("CAN_ANSWER");
        const auto resume = q.resume_at();
        const bool complete = resume >= framework.attributes.size();
        start->SetValue("START_HREF",
                        "/r/" + token + (complete ? "/check" : "/a/" + std::to_string(resume + 1)));
        start->SetValue("START_LABEL", q.submitted()                  ? "Check or change your answers"
                                       : q.response.ratings().empty() ? "Start now"
                                                                      : "Continue where you stopped");
    } else {
        page.AddSectionDictionary("CLOSED")->SetValue("CLOSED_TEXT", closed_text(q.context.cycle_state));
    }
    if (just_saved) {
        page.ShowSection("SAVED");
    }
}

void fill_rater_check(ctemplate::TemplateDictionary& page, const app::RaterQuestionnaire& q,
                      const std::string& token) {
    const auto& framework = *q.framework;
    const bool open = q.context.cycle_state == domain::CycleState::Open;
    page.SetValue("HEADING", open ? "Check your answers before sending" : "Your answers");
    if (open) {
        auto* send = page.AddSectionDictionary("SEND");
        send->SetValue("ACTION", "/r/" + token + "/submit");
        send->SetValue("CSRF", rater_form_token(token));
        send->SetValue("CLOSES_ON", q.context.closes_on.display());
    } else {
        page.AddSectionDictionary("CLOSED")->SetValue("CLOSED_TEXT", closed_text(q.context.cycle_state));
    }
    auto add_row = [&](ctemplate::TemplateDictionary& section, const std::string& statement,
                       const std::string& answer, std::size_t attribute) {
        auto* row = section.AddSectionDictionary("ROW");
        row->SetValue("STATEMENT", statement);
        row->SetValue("ANSWER", answer);
        if (open) {
            auto* change = row->AddSectionDictionary("CHANGE");
            change->SetValue("CHANGE_HREF", "/r/" + token + "/a/" + std::to_string(attribute + 1));
            change->SetValue("STATEMENT", statement);
        }
    };
    const auto& comments = q.response.comments();
    for (std::size_t i = 0; i < framework.attributes.size(); ++i) {
        const auto& attribute = framework.attributes[i];
        auto* section = page.AddSectionDictionary("ATTRIBUTE");
        section->SetValue("NAME", attribute.name);
        for (const auto& behaviour : attribute.behaviours) {
            const auto answer = q.response.ratings().find(behaviour.id);
            add_row(*section, q.is_self() ? behaviour.self_text : behaviour.rater_text,
                    answer == q.response.ratings().end() ? "Not answered yet"
                                                         : rating_label(framework, answer->second),
                    i);
        }
        // Comments are what could most identify a rater: they are shown for review like the ratings.
        for (const auto& [kind, label] :
             {std::pair{domain::CommentKind::Strength, "What is a strength here"},
              std::pair{domain::CommentKind::ToDevelop, "What could be developed"}}) {
            const auto found = comments.find({attribute.id, kind});
            add_row(*section, label,
                    found == comments.end() || found->second.empty() ? "No comment" : found->second, i);
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
    if (q.context.cycle_state == domain::CycleState::Open) {
        auto* change = page.AddSectionDictionary("CAN_CHANGE");
        change->SetValue("CLOSES_ON", q.context.closes_on.display());
        change->SetValue("CHECK_HREF", "/r/" + token + "/check");
    }
}

} // namespace leadline::web
