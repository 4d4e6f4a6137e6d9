#include "web/handlers/rater_handler.hpp"

#include <charconv>
#include <cmath>
#include <mutex>
#include <set>

#include "app/security/invitation_token.hpp"
#include "web/handlers/error_pages.hpp"

namespace leadline::web {

using domain::ErrorCode;

namespace {

constexpr double seconds_per_behaviour = 15.0;

std::string behaviour_field(const domain::Behaviour& behaviour) {
    return "b-" + behaviour.id.value();
}

std::optional<std::size_t> page_number(const std::string& text, std::size_t pages) {
    std::size_t number = 0;
    const auto* end = text.data() + text.size();
    if (std::from_chars(text.data(), end, number).ptr != end || number < 1 || number > pages) {
        return std::nullopt;
    }
    return number - 1;
}

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

// The answers already stored for one attribute, to fill in its page.
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

// Reads an attribute page's form. Unknown or repeated fields are refused: a rater's browser never
// sends them, so they mean a stale page or tampering.
domain::Result<std::pair<app::AttributeAnswers, std::string>>
read_attribute_form(const std::vector<FormField>& fields, const domain::Attribute& attribute,
                    std::vector<app::FieldProblem>& problems) {
    app::AttributeAnswers answers;
    std::string action;
    std::set<std::string> seen;
    for (const auto& field : fields) {
        if (!seen.insert(field.name).second) {
            return domain::fail(ErrorCode::InvalidInput, "The form sent \"" + field.name + "\" twice.");
        }
        if (field.name == "csrf") {
            continue;
        }
        if (field.name == "action") {
            action = field.value;
        } else if (field.name == "strength") {
            answers.strength = field.value;
        } else if (field.name == "to-develop") {
            answers.to_develop = field.value;
        } else {
            const domain::Behaviour* behaviour = nullptr;
            for (const auto& candidate : attribute.behaviours) {
                behaviour = behaviour_field(candidate) == field.name ? &candidate : behaviour;
            }
            if (behaviour == nullptr) {
                return domain::fail(ErrorCode::InvalidInput,
                                    "The form sent a field this page does not have (\"" + field.name +
                                        "\").");
            }
            if (field.value == "not-observed") {
                answers.ratings.emplace(behaviour->id, domain::Rating::not_observed());
                continue;
            }
            int value = 0;
            const auto* end = field.value.data() + field.value.size();
            if (std::from_chars(field.value.data(), end, value).ptr != end || field.value.empty()) {
                problems.push_back(
                    {behaviour->id.value(), "Choose one of the answers given for this question"});
                continue;
            }
            answers.ratings.emplace(behaviour->id, domain::Rating::of(value));
        }
    }
    return std::pair{std::move(answers), std::move(action)};
}

} // namespace

std::string rater_form_token(std::string_view token) {
    return app::hash_token(std::string("form|") + std::string(token)).substr(0, 32);
}

Response RaterHandler::not_found() const {
    return not_found_page(m_pages);
}

Response RaterHandler::failure(const domain::Error& error) const {
    switch (error.code) {
    case ErrorCode::NotFound:
        return not_found();
    case ErrorCode::FailedPrecondition:
    case ErrorCode::PermissionDenied:
        return m_pages.message(409, "You cannot change these answers now",
                               {error.message,
                                "If you think this is wrong, contact the person who asked you for "
                                "feedback."});
    case ErrorCode::InvalidInput:
        return m_pages.message(400, "There is a problem with what was sent",
                               {error.message, "Go back, check your answers and try again. Nothing you saved "
                                               "earlier has been lost."});
    default:
        return problem_page(m_pages);
    }
}

Response RaterHandler::handle(const Request& request, app::Store& store, app::GroupCommit* writer,
                              const std::vector<std::string>& segments) {
    if (segments.empty()) {
        return not_found();
    }
    const std::string& token = segments[0];
    app::RaterJourney journey(store, m_frameworks, writer,
                              m_kept != nullptr ? app::RaterJourney::FeedPosition::Read
                                                : app::RaterJourney::FeedPosition::Skip);
    const bool post = request.method == Method::Post;
    auto questionnaire =
        journey.open(token, post ? app::RaterJourney::Answers::Skip : app::RaterJourney::Answers::Load);
    if (!questionnaire) {
        return failure(questionnaire.error());
    }
    const auto& q = *questionnaire;
    const std::size_t pages = q.framework->attributes.size();

    if (post) {
        auto fields = parse_form(request.body);
        if (!fields) {
            return failure({ErrorCode::InvalidInput, "The form could not be read."});
        }
        std::string csrf;
        for (const auto& field : *fields) {
            csrf = field.name == "csrf" ? field.value : csrf;
        }
        if (csrf != rater_form_token(token)) {
            return m_pages.message(
                403, "This form has expired",
                {"The page you sent it from is out of date. Open your link again; what you saved "
                 "before is kept."});
        }
    }

    if (!post) {
        keep(token, q);
        return show(q, token, segments, request.query);
    }
    if (segments.size() == 3 && segments[1] == "a") {
        const auto attribute = page_number(segments[2], pages);
        if (!attribute) {
            return not_found();
        }
        return save_attribute(request, journey, q, token, *attribute);
    }
    if (segments.size() == 2 && segments[1] == "submit") {
        auto submitted = journey.submit(token);
        if (!submitted) {
            auto with_answers = journey.open(token);
            if (submitted.error().code == ErrorCode::InvalidInput && with_answers) {
                return check_page(*with_answers, token, {{"answers", submitted.error().message}});
            }
            return failure(submitted.error());
        }
        keep(token, *submitted);
        return Response::redirect("/r/" + token + "/done");
    }
    return not_found();
}

Response RaterHandler::show(const app::RaterQuestionnaire& q, const std::string& token,
                            const std::vector<std::string>& segments, const std::string& query) const {
    if (segments.size() == 1) {
        return introduction(q, token, query == "saved=1");
    }
    if (segments.size() == 3 && segments[1] == "a") {
        const auto attribute = page_number(segments[2], q.framework->attributes.size());
        if (!attribute) {
            return not_found();
        }
        return attribute_page(q, token, *attribute, stored_answers(q, *attribute), {});
    }
    if (segments.size() == 2 && segments[1] == "check") {
        return check_page(q, token, {});
    }
    if (segments.size() == 2 && segments[1] == "done") {
        return done_page(q, token);
    }
    return not_found();
}

std::optional<Response> RaterHandler::from_memory(const Request& request,
                                                  const std::vector<std::string>& segments) const {
    if (m_kept == nullptr || segments.empty() || request.method == Method::Post) {
        return std::nullopt;
    }
    const auto kept = m_kept->find(app::hash_token(segments[0]));
    if (!kept) {
        return std::nullopt;
    }
    return show(*kept, segments[0], segments, request.query);
}

void RaterHandler::keep(const std::string& token, const app::RaterQuestionnaire& questionnaire) const {
    if (m_kept != nullptr) {
        m_kept->keep(app::hash_token(token), questionnaire);
    }
}

Response RaterHandler::save_attribute(const Request& request, app::RaterJourney& journey,
                                      const app::RaterQuestionnaire& q, const std::string& token,
                                      std::size_t attribute) const {
    std::vector<app::FieldProblem> problems;
    const auto fields = parse_form(request.body).value_or(std::vector<FormField>{});
    auto form = read_attribute_form(fields, q.framework->attributes[attribute], problems);
    if (!form) {
        return failure(form.error());
    }
    auto& [answers, action] = *form;
    const auto completeness = action == "later" ? app::Completeness::Partial : app::Completeness::Required;
    auto checked = app::check_attribute_answers(*q.framework, attribute, answers, completeness,
                                                q.is_self() ? app::Voice::Self : app::Voice::Rater);
    problems.insert(problems.end(), checked.begin(), checked.end());
    if (!problems.empty()) {
        return attribute_page(q, token, attribute, answers, problems);
    }
    auto saved = journey.save_attribute(token, attribute, answers);
    if (!saved) {
        return failure(saved.error());
    }
    keep(token, *saved);
    if (action == "later") {
        return Response::redirect("/r/" + token + "?saved=1");
    }
    const auto next = saved->resume_at();
    if (attribute + 1 < q.framework->attributes.size() && !saved->attribute_complete(attribute + 1)) {
        return Response::redirect("/r/" + token + "/a/" + std::to_string(attribute + 2));
    }
    if (next < q.framework->attributes.size()) {
        return Response::redirect("/r/" + token + "/a/" + std::to_string(next + 1));
    }
    return Response::redirect("/r/" + token + "/check");
}

Response RaterHandler::introduction(const app::RaterQuestionnaire& q, const std::string& token,
                                    bool just_saved) const {
    ctemplate::TemplateDictionary page("rater_intro");
    const auto& framework = *q.framework;
    page.SetValue("CYCLE_NAME", q.context.cycle_name);
    page.SetValue("HEADING", q.is_self() ? "Your self-assessment" : "Feedback for " + q.context.subject_name);
    page.SetValue(
        "WHY", q.is_self()
                   ? "You are asked to rate yourself on the same behaviours as the colleagues who give you "
                     "feedback. Comparing the two views is often the most useful part of the report."
                   : q.context.subject_name +
                         " has asked for feedback on their leadership. Your honest view of what you have "
                         "seen them do helps them decide what to keep doing and what to develop.");
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
    page.SetValue("ANONYMITY", anonymity);
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
    return m_pages.page(200, q.is_self() ? "Your self-assessment" : "Feedback for " + q.context.subject_name,
                        "rater_intro.tpl", page);
}

// What differs between two views of the same attribute page: whose link it is, whose feedback, and
// the answers shown.
struct AttributePageText {
    std::string token;
    std::string form_token;
    std::string subject_name;
    std::string strength;
    std::string to_develop;
};

namespace {

// The slots of an attribute page's skeleton, in the order of AttributePageText.
enum AttributeSlot : std::size_t {
    TokenSlot,
    FormTokenSlot,
    SubjectSlot,
    StrengthSlot,
    ToDevelopSlot,
    Slots
};

} // namespace

Response RaterHandler::attribute_page(const app::RaterQuestionnaire& q, const std::string& token,
                                      std::size_t attribute, const app::AttributeAnswers& shown,
                                      const std::vector<app::FieldProblem>& problems) const {
    const AttributePageText text{token, rater_form_token(token), q.context.subject_name, shown.strength,
                                 shown.to_develop};
    const auto& framework = *q.framework;
    if (problems.empty()) {
        if (const auto skeleton = attribute_skeleton(q, attribute)) {
            std::vector<bool> chosen;
            for (const auto& behaviour : framework.attributes[attribute].behaviours) {
                const auto answer = shown.ratings.find(behaviour.id);
                const bool answered = answer != shown.ratings.end();
                for (const auto& point : framework.scale.points) {
                    chosen.push_back(answered && answer->second == domain::Rating::of(point.value));
                }
                chosen.push_back(answered && !answer->second.observed());
            }
            if (chosen.size() == skeleton->choices()) {
                return Response::html(200, skeleton->fill({text.token, text.form_token, text.subject_name,
                                                           text.strength, text.to_develop},
                                                          chosen));
            }
        }
    }
    return render_attribute_page(q, attribute, text, shown, problems, false);
}

std::shared_ptr<const PageSkeleton> RaterHandler::attribute_skeleton(const app::RaterQuestionnaire& q,
                                                                     std::size_t attribute) const {
    const SkeletonKey key{q.context.framework_id, q.context.framework_version, attribute, q.is_self()};
    {
        std::shared_lock lock(m_skeletons_mutex);
        const auto found = m_skeletons.find(key);
        if (found != m_skeletons.end()) {
            return found->second;
        }
    }
    const AttributePageText markers{
        PageSkeleton::slot_marker(TokenSlot), PageSkeleton::slot_marker(FormTokenSlot),
        PageSkeleton::slot_marker(SubjectSlot), PageSkeleton::slot_marker(StrengthSlot),
        PageSkeleton::slot_marker(ToDevelopSlot)};
    const auto rendered = render_attribute_page(q, attribute, markers, {}, {}, true);
    std::shared_ptr<const PageSkeleton> skeleton;
    if (auto split = PageSkeleton::split(rendered.body, Slots)) {
        skeleton = std::make_shared<const PageSkeleton>(std::move(*split));
    }
    // A page that cannot be split (nothing is cached) is rendered in full each time instead.
    std::unique_lock lock(m_skeletons_mutex);
    return m_skeletons.try_emplace(key, skeleton).first->second;
}

Response RaterHandler::render_attribute_page(const app::RaterQuestionnaire& q, std::size_t attribute,
                                             const AttributePageText& text,
                                             const app::AttributeAnswers& shown,
                                             const std::vector<app::FieldProblem>& problems,
                                             bool every_choice_checked) const {
    const auto& framework = *q.framework;
    const auto& current = framework.attributes[attribute];
    const auto& token = text.token;
    ctemplate::TemplateDictionary page("rater_attribute");
    page.SetValue("ACTION", "/r/" + token + "/a/" + std::to_string(attribute + 1));
    page.SetValue("CSRF", text.form_token);
    page.SetIntValue("POSITION", static_cast<long>(attribute + 1));
    page.SetIntValue("TOTAL", static_cast<long>(framework.attributes.size()));
    page.SetValue("ATTRIBUTE_NAME", current.name);
    page.SetValue("ATTRIBUTE_SUMMARY", current.summary);
    page.SetValue("QUESTION", q.is_self()
                                  ? "How often do you do each of these?"
                                  : "How often have you seen " + text.subject_name + " do each of these?");
    std::vector<PageError> errors;
    auto problem_for = [&](const std::string& field) -> const app::FieldProblem* {
        for (const auto& problem : problems) {
            if (problem.field == field) {
                return &problem;
            }
        }
        return nullptr;
    };
    for (const auto& behaviour : current.behaviours) {
        auto* group = page.AddSectionDictionary("BEHAVIOUR");
        const auto field = behaviour_field(behaviour);
        group->SetValue("FIELD_ID", field);
        group->SetValue("FIELD_NAME", field);
        group->SetValue("STATEMENT", q.is_self() ? behaviour.self_text : behaviour.rater_text);
        group->SetValue("NOT_OBSERVED_LABEL", framework.scale.not_observed_label);
        const auto answer = shown.ratings.find(behaviour.id);
        if (every_choice_checked || (answer != shown.ratings.end() && !answer->second.observed())) {
            group->ShowSection("NOT_OBSERVED_CHECKED");
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
        if (const auto* problem = problem_for(behaviour.id.value())) {
            auto* error = group->AddSectionDictionary("ERROR");
            error->SetValue("FIELD_ID", field);
            error->SetValue("MESSAGE", problem->message);
            errors.push_back({field, problem->message});
        }
    }
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
        if (const auto* problem = problem_for(box.field)) {
            auto* error = comment->AddSectionDictionary("ERROR");
            error->SetValue("FIELD_ID", box.field);
            error->SetValue("MESSAGE", problem->message);
            errors.push_back({box.field, problem->message});
        }
    }
    if (attribute > 0) {
        page.AddSectionDictionary("BACK")->SetValue("BACK_HREF",
                                                    "/r/" + token + "/a/" + std::to_string(attribute));
    }
    return m_pages.page(errors.empty() ? 200 : 400, current.name, "rater_attribute.tpl", page, errors);
}

Response RaterHandler::check_page(const app::RaterQuestionnaire& q, const std::string& token,
                                  const std::vector<PageError>& errors) const {
    const auto& framework = *q.framework;
    ctemplate::TemplateDictionary page("rater_check");
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
    return m_pages.page(errors.empty() ? 200 : 400, "Check your answers", "rater_check.tpl", page, errors);
}

Response RaterHandler::done_page(const app::RaterQuestionnaire& q, const std::string& token) const {
    if (!q.submitted()) {
        return Response::redirect("/r/" + token);
    }
    ctemplate::TemplateDictionary page("rater_done");
    page.SetValue("THANKS",
                  q.is_self() ? "Your self-assessment is saved. It will appear beside others' views in your "
                                "report."
                              : "Your feedback for " + q.context.subject_name +
                                    " is saved. It will be combined with others' answers in their report.");
    page.SetValue("CLOSES_ON", q.context.closes_on.display());
    page.SetValue("CHECK_HREF", "/r/" + token + "/check");
    return m_pages.page(200, "Feedback sent", "rater_done.tpl", page);
}

} // namespace leadline::web
