#include "web/handlers/admin_handler.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <spdlog/spdlog.h>

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/enrolment.hpp"
#include "app/feedback/invitations.hpp"
#include "app/reporting/organisation_heatmap.hpp"
#include "app/reporting/team_mix_report.hpp"
#include "web/handlers/account_handler.hpp"
#include "web/handlers/error_pages.hpp"
#include "web/views/directory_search.hpp"
#include "web/views/figures.hpp"
#include "web/views/team_mix_view.hpp"

namespace leadline::web {

namespace {

std::string state_label(domain::CycleState state) {
    switch (state) {
    case domain::CycleState::Draft:
        return "Draft";
    case domain::CycleState::Open:
        return "Open";
    case domain::CycleState::Closed:
        return "Closed";
    case domain::CycleState::Published:
        return "Published";
    }
    return "Draft";
}

std::string state_tag_colour(domain::CycleState state) {
    switch (state) {
    case domain::CycleState::Draft:
        return "govuk-tag--grey";
    case domain::CycleState::Open:
        return "govuk-tag--blue";
    case domain::CycleState::Closed:
        return "govuk-tag--orange";
    case domain::CycleState::Published:
        return "govuk-tag--green";
    }
    return "govuk-tag--grey";
}

std::optional<domain::CycleId> cycle_id(const std::string& text) {
    const auto id = positive_id(text);
    return id ? std::optional<domain::CycleId>(domain::CycleId{*id}) : std::nullopt;
}

std::string cycle_href(domain::CycleId id) {
    return "/admin/cycles/" + std::to_string(id.value());
}

} // namespace

Response AdminHandler::handle(const Request& request, app::Store& store, const app::SignedIn& who,
                              const std::vector<std::string>& segments) const {
    const bool reading = request.method != Method::Post;
    if (segments.empty() && reading) {
        return cycles(store, who);
    }
    if (segments.size() == 1 && segments[0] == "outbox" && reading) {
        return outbox(store, who);
    }
    if (!segments.empty() && segments[0] == "learning-sets" && reading) {
        if (segments.size() == 1) {
            return m_learning_sets.list(store, who);
        }
        const bool csv = segments.size() == 2 && segments[1].ends_with(".csv");
        const auto plan = segments.size() == 2
                              ? positive_id(csv ? segments[1].substr(0, segments[1].size() - 4) : segments[1])
                              : std::nullopt;
        return plan ? m_learning_sets.plan(store, who, *plan, csv) : not_found(who);
    }
    if (segments.size() == 2 && segments[0] == "cycles" && segments[1] == "new") {
        return reading ? new_cycle_form(who, app::default_cycle_form(), {})
                       : create_cycle(request, store, who);
    }
    if (segments.size() >= 2 && segments[0] == "cycles") {
        const auto id = cycle_id(segments[1]);
        if (!id) {
            return not_found(who);
        }
        if (segments.size() == 2 && reading) {
            return cycle(store, who, *id, query_value(request.query, "done"), {},
                         query_value(request.query, "email"), query_value(request.query, "q"));
        }
        if (segments.size() == 4 && reading && segments[2] == "reports") {
            const auto person = positive_id(segments[3]);
            if (!person) {
                return not_found(who);
            }
            return m_reports.page(store, who, *id, domain::PersonId{*person}, cycle_href(*id), "/admin");
        }
        if (segments.size() == 3 && reading && segments[2] == "team") {
            return team(request, store, who, *id);
        }
        if (segments.size() == 3 && reading && (segments[2] == "heatmap" || segments[2] == "heatmap.csv")) {
            return heatmap(request, store, who, *id, segments[2] == "heatmap.csv");
        }
        if (segments.size() == 3 && reading &&
            (segments[2] == "mentoring" || segments[2] == "mentoring.csv")) {
            return mentoring(request, store, who, *id, segments[2] == "mentoring.csv");
        }
        if (segments.size() == 3 && !reading && segments[2] == "subjects") {
            return add_subject(request, store, who, *id);
        }
        if (segments.size() == 3 && !reading && segments[2] == "remind") {
            return remind(store, who, *id);
        }
        if (segments.size() == 3 && !reading) {
            return advance(store, who, *id, segments[2]);
        }
    }
    return not_found(who);
}

Response AdminHandler::new_cycle_form(const app::SignedIn& who, const app::CycleFormInput& input,
                                      const std::vector<app::FieldProblem>& problems) const {
    ctemplate::TemplateDictionary page("admin_new_cycle");
    page.SetValue("CSRF", who.csrf_token);
    page.SetValue("NAME", input.name);
    std::vector<PageError> errors;
    // Shows a field's problems beside it and collects them for the summary, in the form's order.
    auto show_problems = [&](const std::string& field, ctemplate::TemplateDictionary* where,
                             const char* section) {
        for (const auto& problem : problems) {
            if (problem.field == field) {
                where->AddSectionDictionary(section)->SetValue("MESSAGE", problem.message);
                errors.push_back({problem.field, problem.message});
            }
        }
    };
    show_problems("name", &page, "NAME_ERROR");
    bool first = true;
    for (const auto& loaded : m_frameworks.frameworks()) {
        const auto& framework = loaded.framework;
        if (framework.use != domain::FrameworkUse::Feedback360) {
            continue;
        }
        auto* option = page.AddSectionDictionary("FRAMEWORK_OPTION");
        option->SetValue("OPTION_ID", first ? "framework" : "framework-" + framework.id.value());
        option->SetValue("ID", framework.id.value());
        option->SetValue("LABEL", framework.name);
        option->SetValue("DESCRIPTION", framework.description);
        if (input.framework == framework.id.value()) {
            option->ShowSection("CHECKED");
        }
        first = false;
    }
    show_problems("framework", &page, "FRAMEWORK_ERROR");
    struct DateBoxes {
        const char* prefix;
        const char* legend;
        const std::string& day;
        const std::string& month;
        const std::string& year;
    };
    for (const auto& date :
         {DateBoxes{"opens", "Opens on", input.opens_day, input.opens_month, input.opens_year},
          DateBoxes{"closes", "Closes on", input.closes_day, input.closes_month, input.closes_year}}) {
        auto* section = page.AddSectionDictionary("DATE");
        section->SetValue("PREFIX", date.prefix);
        section->SetValue("LEGEND", date.legend);
        section->SetValue("DAY", date.day);
        section->SetValue("MONTH", date.month);
        section->SetValue("YEAR", date.year);
        for (const char* part : {"-day", "-month", "-year"}) {
            show_problems(std::string(date.prefix) + part, section, "DATE_ERROR");
        }
    }
    for (auto group : domain::all_rater_groups) {
        if (group == domain::RaterGroup::Self) {
            continue;
        }
        const std::string id(domain::to_string(group));
        auto* option = page.AddSectionDictionary("GROUP");
        option->SetValue("ID", id);
        option->SetValue("LABEL", std::string(domain::display_name(group)));
        if (std::find(input.groups.begin(), input.groups.end(), id) != input.groups.end()) {
            option->ShowSection("CHECKED");
        }
    }
    show_problems("groups", &page, "GROUPS_ERROR");
    for (auto group : domain::all_rater_groups) {
        if (group == domain::RaterGroup::Self || group == domain::RaterGroup::LineManager) {
            continue;
        }
        const std::string id(domain::to_string(group));
        auto* minimum = page.AddSectionDictionary("MINIMUM");
        minimum->SetValue("ID", id);
        auto label = std::string(domain::display_name(group));
        label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        minimum->SetValue("LABEL", label);
        const auto typed = input.minimums.find(id);
        minimum->SetValue("VALUE", typed == input.minimums.end() ? "" : typed->second);
        show_problems("minimum-" + id, minimum, "MINIMUM_ERROR");
    }
    page.SetValue("COMMENT_MINIMUM", input.comment_minimum);
    show_problems("comment-minimum", &page, "COMMENT_ERROR");
    page.ShowSection(input.manager_identified == "no" ? "MANAGER_NO" : "MANAGER_YES");
    show_problems("manager-identified", &page, "MANAGER_ERROR");
    page.ShowSection(input.managers_see_reports == "yes" ? "MANAGERS_SEE_YES" : "MANAGERS_SEE_NO");
    show_problems("managers-see-reports", &page, "MANAGERS_SEE_ERROR");
    const auto viewer = viewer_for(who, "/admin");
    return m_pages.page(errors.empty() ? 200 : 400, "Create a feedback cycle", "admin_new_cycle.tpl", page,
                        errors, &viewer);
}

Response AdminHandler::create_cycle(const Request& request, app::Store& store,
                                    const app::SignedIn& who) const {
    const auto fields = parse_form(request.body).value_or(std::vector<FormField>{});
    app::CycleFormInput input;
    const std::map<std::string, std::string*> single{
        {"name", &input.name},
        {"framework", &input.framework},
        {"opens-day", &input.opens_day},
        {"opens-month", &input.opens_month},
        {"opens-year", &input.opens_year},
        {"closes-day", &input.closes_day},
        {"closes-month", &input.closes_month},
        {"closes-year", &input.closes_year},
        {"comment-minimum", &input.comment_minimum},
        {"manager-identified", &input.manager_identified},
        {"managers-see-reports", &input.managers_see_reports},
    };
    for (const auto& field : fields) {
        if (const auto target = single.find(field.name); target != single.end()) {
            *target->second = field.value;
        } else if (field.name == "group") {
            input.groups.push_back(field.value);
        } else if (field.name.rfind("minimum-", 0) == 0) {
            input.minimums[field.name.substr(8)] = field.value;
        } else if (field.name != "csrf") {
            return m_pages.message(400, "There is a problem with what was sent",
                                   {"The form sent a field it does not have (\"" + field.name +
                                    "\"). Go back, reload the page and try again."});
        }
    }
    std::map<std::string, std::string> offered;
    for (const auto& loaded : m_frameworks.frameworks()) {
        if (loaded.framework.use == domain::FrameworkUse::Feedback360) {
            offered.emplace(loaded.framework.id.value(), loaded.framework.version);
        }
    }
    auto outcome = app::read_cycle_form(input, offered);
    if (!outcome.settings) {
        return new_cycle_form(who, input, outcome.problems);
    }
    app::CycleAdministration administration(store);
    auto created = administration.create(*outcome.settings, m_frameworks.find(input.framework)->source_text);
    if (!created) {
        if (created.error().code == domain::ErrorCode::InvalidInput ||
            created.error().code == domain::ErrorCode::Conflict) {
            return new_cycle_form(who, input, {{"name", created.error().message}});
        }
        return problem_page(m_pages);
    }
    return Response::redirect(cycle_href(*created) + "?done=created");
}

Response AdminHandler::not_found(const app::SignedIn& who) const {
    const auto viewer = viewer_for(who, "/admin");
    return m_pages.message(404, "Page not found",
                           {"If you typed the web address, check it is correct.",
                            "If you followed a link, go back to your cycles."},
                           &viewer);
}

Response AdminHandler::add_subject(const Request& request, app::Store& store, const app::SignedIn& who,
                                   domain::CycleId id) const {
    std::string email;
    for (const auto& field : parse_form(request.body).value_or(std::vector<FormField>{})) {
        email = field.name == "email" ? field.value : email;
    }
    if (email.empty()) {
        return cycle(store, who, id, "", {{"subject-email", "Enter the email address of the person to add"}},
                     email);
    }
    auto added = app::Enrolment(store, m_clock, m_base_url).add_subject(id, email);
    if (!added) {
        switch (added.error().code) {
        case domain::ErrorCode::InvalidInput:
        case domain::ErrorCode::NotFound:
        case domain::ErrorCode::Conflict:
        case domain::ErrorCode::FailedPrecondition:
            return cycle(store, who, id, "", {{"subject-email", added.error().message}}, email);
        default:
            return problem_page(m_pages);
        }
    }
    return Response::redirect(cycle_href(id) + "?done=subject-added");
}

Response AdminHandler::remind(app::Store& store, const app::SignedIn& who, domain::CycleId id) const {
    auto reminded = app::Invitations(store, m_clock, m_base_url).remind_unanswered(id);
    if (!reminded) {
        if (reminded.error().code == domain::ErrorCode::NotFound) {
            return not_found(who);
        }
        if (reminded.error().code == domain::ErrorCode::FailedPrecondition) {
            return cycle(store, who, id, "", {{"progress", reminded.error().message}});
        }
        return problem_page(m_pages);
    }
    return Response::redirect(cycle_href(id) + "?done=reminded");
}

Response AdminHandler::outbox(app::Store& store, const app::SignedIn& who) const {
    constexpr int shown = 200;
    auto messages = store.outbox().recent(shown);
    if (!messages) {
        return problem_page(m_pages);
    }
    ctemplate::TemplateDictionary page("admin_outbox");
    if (messages->empty()) {
        page.ShowSection("EMPTY");
    }
    for (const auto& message : *messages) {
        auto* row = page.AddSectionDictionary("MESSAGE");
        row->SetValue("TO", message.to);
        row->SetValue("SUBJECT", message.subject);
        if (message.sent_at) {
            row->SetValue("STATUS", "Sent");
            row->SetValue("STATUS_COLOUR", "govuk-tag--green");
        } else if (!message.last_error.empty()) {
            row->SetValue("STATUS", "Not sent yet: " + message.last_error);
            row->SetValue("STATUS_COLOUR", "govuk-tag--red");
        } else {
            row->SetValue("STATUS", "Waiting");
            row->SetValue("STATUS_COLOUR", "govuk-tag--grey");
        }
        if (!message.sent_at) {
            row->AddSectionDictionary("BODY")->SetValue("TEXT", message.body);
        }
    }
    const auto viewer = viewer_for(who, "/admin/outbox");
    return m_pages.page(200, "Outbox", "admin_outbox.tpl", page, {}, &viewer);
}

Response AdminHandler::cycle(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                             const std::string& done, const std::vector<PageError>& errors,
                             const std::string& typed_email, const std::string& search) const {
    app::CycleAdministration administration(store);
    auto overview = administration.overview(id);
    if (!overview) {
        return overview.error().code == domain::ErrorCode::NotFound ? not_found(who) : problem_page(m_pages);
    }
    const auto& settings = overview->settings;
    ctemplate::TemplateDictionary page("admin_cycle");
    page.SetValue("NAME", settings.name);
    page.SetValue("STATE", state_label(overview->state));
    page.SetValue("STATE_COLOUR", state_tag_colour(overview->state));
    const auto* framework = m_frameworks.find(settings.framework.value());
    page.SetValue("FRAMEWORK",
                  (framework != nullptr ? framework->framework.name : settings.framework.value()) +
                      " (version " + settings.framework_version + ")");
    page.SetValue("OPENS_ON", settings.opens_on.display());
    page.SetValue("CLOSES_ON", settings.closes_on.display());
    page.SetIntValue("COMMENT_MINIMUM", settings.anonymity.comment_minimum());
    page.SetValue("MANAGER_VISIBILITY",
                  settings.anonymity.manager_visibility() == domain::ManagerVisibility::Identified
                      ? "Shown as the line manager's own answers"
                      : "Combined with other raters, not identified");
    if (overview->state == domain::CycleState::Published) {
        auto* analysis = page.AddSectionDictionary("HEATMAP");
        analysis->SetValue("HREF", cycle_href(id) + "/heatmap");
        analysis->SetValue("TEAM_HREF", cycle_href(id) + "/team");
        analysis->SetValue("MENTORING_HREF", cycle_href(id) + "/mentoring");
    }
    page.SetValue("MANAGERS_SEE_REPORTS", settings.line_managers_see_reports
                                              ? "Yes, once the cycle is published"
                                              : "No, only the person and the HR team");
    for (auto group : settings.rater_groups) {
        const int minimum = group == domain::RaterGroup::Self ? 1 : settings.anonymity.group_minimum(group);
        auto* setting = page.AddSectionDictionary("GROUP_SETTING");
        setting->SetValue("GROUP", std::string(domain::display_name(group)));
        setting->SetIntValue("MINIMUM", minimum);
        page.AddSectionDictionary("GROUP_HEADER")
            ->SetValue("GROUP", std::string(domain::display_name(group)));
    }
    page.SetIntValue("SUBJECT_COUNT", static_cast<long>(overview->subjects.size()));
    const int under = overview->subjects_under_minimum();
    page.SetValue("UNDER_MINIMUM_TEXT",
                  under == 0 ? "Every group has enough answers to be shown."
                             : std::to_string(under) + (under == 1 ? " subject has" : " subjects have") +
                                   " a group still under its minimum: it will be merged or left out of "
                                   "their report unless more answers come.");
    for (const auto& subject : overview->subjects) {
        auto* row = page.AddSectionDictionary("SUBJECT");
        row->SetValue("NAME", subject.name);
        row->SetValue("EMAIL", subject.email);
        if (overview->state == domain::CycleState::Published) {
            auto* report = row->AddSectionDictionary("REPORT");
            report->SetValue("HREF", cycle_href(id) + "/reports/" + std::to_string(subject.subject.value()));
            report->SetValue("NAME", subject.name);
        }
        for (const auto& group : subject.groups) {
            auto* cell = row->AddSectionDictionary("CELL");
            cell->SetIntValue("SUBMITTED", group.submitted);
            cell->SetIntValue("INVITED", group.invited);
            cell->SetIntValue("NOMINATED", group.nominated);
            if (group.under_minimum()) {
                cell->AddSectionDictionary("UNDER")->SetIntValue("MINIMUM", group.minimum);
            }
        }
    }
    struct Step {
        domain::CycleState from;
        const char* path;
        const char* label;
        const char* explanation;
    };
    for (const auto& step : {
             Step{domain::CycleState::Draft, "open", "Open the cycle",
                  "Opening lets raters answer. Every subject needs their self-assessment nominated first."},
             Step{domain::CycleState::Open, "close", "Close the cycle",
                  "Closing stops all answers, sent or not. It cannot be undone."},
             Step{domain::CycleState::Closed, "publish", "Publish the reports",
                  "Publishing fixes the reports and lets subjects see theirs. Later answers cannot change "
                  "them."},
         }) {
        if (step.from == overview->state) {
            auto* next = page.AddSectionDictionary("NEXT_STEP");
            next->SetValue("ACTION", cycle_href(id) + "/" + step.path);
            next->SetValue("CSRF", who.csrf_token);
            next->SetValue("LABEL", step.label);
            next->SetValue("EXPLANATION", step.explanation);
        }
    }
    if (overview->state == domain::CycleState::Draft || overview->state == domain::CycleState::Open) {
        auto* form = page.AddSectionDictionary("ADD_SUBJECT");
        form->SetValue("ACTION", cycle_href(id) + "/subjects");
        form->SetValue("CSRF", who.csrf_token);
        form->SetValue("EMAIL", typed_email);
        if (!show_directory_search(*form, store, search, cycle_href(id), "subject-email")) {
            return problem_page(m_pages);
        }
        for (const auto& error : errors) {
            if (error.field_id == "subject-email") {
                form->AddSectionDictionary("SUBJECT_ERROR")->SetValue("MESSAGE", error.message);
            }
        }
    }
    if (overview->state == domain::CycleState::Open) {
        int unanswered = 0;
        for (const auto& subject : overview->subjects) {
            for (const auto& group : subject.groups) {
                unanswered += group.invited - group.submitted;
            }
        }
        if (unanswered > 0) {
            auto* form = page.AddSectionDictionary("REMIND");
            form->SetValue("ACTION", cycle_href(id) + "/remind");
            form->SetValue("CSRF", who.csrf_token);
            form->SetIntValue("UNANSWERED", unanswered);
        }
    }
    const std::map<std::string, std::string> done_messages{
        {"subject-added", "The subject is added, with their self-assessment. They have an email to sign in."},
        {"reminded", "Reminders are in the outbox."},
        {"created", "The cycle is created as a draft. Add its subjects, then open it."},
        {"opened", "The cycle is open: invitations are in the outbox and raters can answer."},
        {"closed", "The cycle is closed: no more answers can be given."},
        {"published", "The reports are published."},
    };
    if (const auto message = done_messages.find(done); message != done_messages.end()) {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", message->second);
    }
    const auto viewer = viewer_for(who, "/admin");
    const bool typing_problem = std::any_of(
        errors.begin(), errors.end(), [](const auto& error) { return error.field_id == "subject-email"; });
    return m_pages.page(errors.empty()   ? 200
                        : typing_problem ? 400
                                         : 409,
                        settings.name, "admin_cycle.tpl", page, errors, &viewer);
}

Response AdminHandler::advance(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                               const std::string& step) const {
    const std::map<std::string, std::pair<app::CycleStep, std::string>> steps{
        {"open", {app::CycleStep::Open, "opened"}},
        {"close", {app::CycleStep::Close, "closed"}},
        {"publish", {app::CycleStep::Publish, "published"}},
    };
    const auto chosen = steps.find(step);
    if (chosen == steps.end()) {
        return not_found(who);
    }
    app::CycleAdministration administration(store);
    auto moved = administration.advance(id, chosen->second.first);
    if (moved && *moved == domain::CycleState::Open) {
        if (auto invited = app::Invitations(store, m_clock, m_base_url).invite_uninvited(id); !invited) {
            return problem_page(m_pages);
        }
    }
    if (moved && *moved == domain::CycleState::Published) {
        if (auto computed = m_reports.compute_at_publication(store, id); !computed) {
            // The cycle is published; its reports will be computed when first asked for instead.
            spdlog::error("computing cycle {}'s reports at publication failed: {}", id.value(),
                          computed.error().message);
        }
    }
    if (!moved) {
        switch (moved.error().code) {
        case domain::ErrorCode::NotFound:
            return not_found(who);
        case domain::ErrorCode::FailedPrecondition:
            return cycle(store, who, id, "", {{"progress", moved.error().message}});
        default:
            return problem_page(m_pages);
        }
    }
    return Response::redirect(cycle_href(id) + "?done=" + chosen->second.second);
}

namespace {

// How far a unit's figure sits from the whole organisation's for the same attribute, as a shade.
std::string heat_band(double mean, const domain::HeatmapCell& organisation) {
    if (!organisation.shown || organisation.subjects == 0) {
        return "none";
    }
    const double difference = mean - organisation.mean;
    return difference >= 0.3     ? "high-2"
           : difference >= 0.15  ? "high-1"
           : difference <= -0.3  ? "low-2"
           : difference <= -0.15 ? "low-1"
                                 : "mid";
}

} // namespace

Response AdminHandler::unpublished(const app::SignedIn& who, const domain::Error& error,
                                   const std::string& what) const {
    const auto viewer = viewer_for(who, "/admin");
    switch (error.code) {
    case domain::ErrorCode::NotFound:
        return not_found(who);
    case domain::ErrorCode::FailedPrecondition:
        return m_pages.message(
            409, "Not ready yet",
            {what + " is drawn from the reports, which are ready once the cycle is published."}, &viewer);
    default:
        return problem_page(m_pages);
    }
}

Response AdminHandler::heatmap(const Request& request, app::Store& store, const app::SignedIn& who,
                               domain::CycleId id, bool csv) const {
    const auto viewer = viewer_for(who, "/admin");
    auto reports = m_reports.published(store, id);
    if (!reports) {
        return unpublished(who, reports.error(), "The heatmap");
    }
    const auto typed = query_value(request.query, "k");
    const auto parsed = whole_number_between(typed, static_cast<long long>(app::smallest_heatmap_minimum),
                                             static_cast<long long>(app::largest_heatmap_minimum));
    const bool k_ok = typed.empty() || parsed;
    const std::size_t k = parsed ? static_cast<std::size_t>(*parsed) : app::default_heatmap_minimum;
    const auto k_message = "Enter a whole number from " + std::to_string(app::smallest_heatmap_minimum) +
                           " to " + std::to_string(app::largest_heatmap_minimum);
    if (csv && !k_ok) {
        return Response::text(400, k_message + ".\n");
    }
    auto map = app::organisation_heatmap(store, **reports, k);
    if (!map) {
        return problem_page(m_pages);
    }
    if (csv) {
        auto response = Response::text(200, app::heatmap_csv(*map));
        response.set_header("Content-Type", "text/csv; charset=utf-8");
        response.set_header("Content-Disposition",
                            "attachment; filename=\"heatmap-cycle-" + std::to_string(id.value()) + ".csv\"");
        return response;
    }
    ctemplate::TemplateDictionary page("admin_heatmap");
    page.SetValue("CYCLE", (*reports)->cycle_name);
    page.SetIntValue("LOWEST", (*reports)->framework->scale.lowest());
    page.SetIntValue("HIGHEST", (*reports)->framework->scale.highest());
    page.SetIntValue("K", static_cast<long>(k));
    page.SetIntValue("SMALLEST", static_cast<long>(app::smallest_heatmap_minimum));
    page.SetValue("K_TYPED", typed.empty() ? std::to_string(k) : typed);
    page.SetValue("PAGE", cycle_href(id) + "/heatmap");
    page.SetValue("BACK", cycle_href(id));
    std::vector<PageError> errors;
    if (!k_ok) {
        page.AddSectionDictionary("K_ERROR")->SetValue("MESSAGE", k_message);
        errors.push_back({"k", k_message});
    }
    auto* table = page.AddSectionDictionary("TABLE");
    table->SetValue("CSV", cycle_href(id) + "/heatmap.csv?k=" + std::to_string(k));
    for (const auto& column : map->columns) {
        table->AddSectionDictionary("COLUMN")->SetValue("NAME", column);
    }
    const auto& organisation = map->rows.front();
    for (const auto& row : map->rows) {
        auto* line = table->AddSectionDictionary("ROW");
        line->SetValue("LABEL", row.label);
        line->SetIntValue("DEPTH", std::min(row.depth, 5));
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const auto& cell = row.cells[c];
            auto* shown = line->AddSectionDictionary("CELL");
            if (!cell.shown) {
                shown->SetValue("BAND", "hidden");
                shown->ShowSection("HIDDEN");
            } else if (cell.subjects == 0) {
                shown->SetValue("BAND", "none");
                shown->ShowSection("EMPTY");
            } else {
                shown->SetValue("BAND", heat_band(cell.mean, organisation.cells[c]));
                auto* figures = shown->AddSectionDictionary("SHOWN");
                figures->SetValue("MEAN", two_places(cell.mean));
                figures->SetIntValue("SUBJECTS", static_cast<long>(cell.subjects));
            }
        }
    }
    const auto cells = map->rows.size() * map->columns.size();
    page.SetIntValue("HIDDEN", static_cast<long>(map->hidden_too_small + map->hidden_to_protect));
    page.SetIntValue("CELLS", static_cast<long>(cells));
    return m_pages.page(k_ok ? 200 : 400, "Organisation heatmap", "admin_heatmap.tpl", page, errors, &viewer);
}

Response AdminHandler::team(const Request& request, app::Store& store, const app::SignedIn& who,
                            domain::CycleId id) const {
    const auto viewer = viewer_for(who, "/admin");
    auto reports = m_reports.published(store, id);
    if (!reports) {
        return unpublished(who, reports.error(), "A team's mix");
    }
    auto units = store.people().units();
    if (!units) {
        return problem_page(m_pages);
    }
    const auto chosen = positive_id(query_value(request.query, "unit"));
    ctemplate::TemplateDictionary page("team_mix");
    page.SetValue("CYCLE", (*reports)->cycle_name);
    page.SetValue("HEADING", "A team's right mix");
    page.SetValue("BACK", cycle_href(id));
    auto* choose = page.AddSectionDictionary("CHOOSE");
    choose->SetValue("PAGE", cycle_href(id) + "/team");
    std::sort(units->begin(), units->end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    std::string chosen_name;
    for (const auto& unit : *units) {
        auto* option = choose->AddSectionDictionary("UNIT");
        option->SetIntValue("ID", unit.id.value());
        option->SetValue("NAME", unit.path);
        if (chosen && unit.id.value() == *chosen) {
            option->ShowSection("SELECTED");
            chosen_name = unit.name;
        }
    }
    if (chosen && !chosen_name.empty()) {
        auto members = app::subjects_in_unit(store, **reports, domain::UnitId{*chosen});
        if (!members) {
            return problem_page(m_pages);
        }
        if (members->empty()) {
            page.AddSectionDictionary("NOT_ENOUGH")
                ->SetValue("TEXT", "No one in " + chosen_name + " has a report in this cycle.");
        } else {
            page.SetValue("HEADING", "The right mix: " + chosen_name);
            fill_team_mix(page, **reports, app::team_mix_of(**reports, *members));
        }
    } else if (chosen) {
        return not_found(who);
    }
    return m_pages.page(200, "A team's right mix", "team_mix.tpl", page, {}, &viewer);
}

Response AdminHandler::cycles(app::Store& store, const app::SignedIn& who) const {
    auto all = store.cycles().cycles();
    if (!all) {
        return problem_page(m_pages);
    }
    ctemplate::TemplateDictionary page("admin_cycles");
    if (all->empty()) {
        page.ShowSection("NO_CYCLES");
    }
    for (const auto& cycle : *all) {
        auto* row = page.AddSectionDictionary("CYCLE");
        row->SetValue("NAME", cycle.name);
        row->SetValue("HREF", "/admin/cycles/" + std::to_string(cycle.id.value()));
        row->SetValue("FRAMEWORK", cycle.framework);
        row->SetValue("STATE", state_label(cycle.state));
        row->SetValue("STATE_COLOUR", state_tag_colour(cycle.state));
        row->SetIntValue("SUBJECTS", static_cast<long>(cycle.subjects));
    }
    const auto viewer = viewer_for(who, "/admin");
    return m_pages.page(200, "Feedback cycles", "admin_cycles.tpl", page, {}, &viewer);
}

} // namespace leadline::web
