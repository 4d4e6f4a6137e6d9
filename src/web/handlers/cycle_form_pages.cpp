#include "web/handlers/cycle_form_pages.hpp"

#include <map>

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/cycle_form.hpp"
#include "app/ports/clock.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/admin_cycle_view.hpp"
#include "web/views/new_cycle_view.hpp"

namespace leadline::web {

namespace {

// The cycle form, for a new cycle or (with `cycle`) for changing a draft's settings.
Response new_cycle_form(const Exchange& exchange, const app::CycleFormInput& input,
                        const std::vector<app::FieldProblem>& problems,
                        std::optional<domain::CycleId> cycle = std::nullopt) {
    ctemplate::TemplateDictionary page("admin_new_cycle");
    const auto errors =
        fill_new_cycle(page, exchange.site.catalog, input, problems, exchange.signed_in().csrf_token);
    const std::string heading = cycle ? "Change the cycle's settings" : "Create a feedback cycle";
    page.SetValue("HEADING", heading);
    page.SetValue("ACTION",
                  cycle ? admin_cycle_href(*cycle) + "/settings" : std::string("/admin/cycles/new"));
    page.SetValue("BUTTON", cycle ? "Save settings" : "Create cycle");
    if (cycle) {
        page.AddSectionDictionary("BACK")->SetValue("HREF", admin_cycle_href(*cycle));
    }
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(errors.empty() ? 200 : 400, heading, "admin_new_cycle.tpl", page, errors,
                                 &viewer);
}

// Reads the new-cycle form as typed; the name of a field the form does not have, if one was sent.
std::pair<app::CycleFormInput, std::string> read_new_cycle_form(const std::vector<FormField>& fields) {
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
        {"approval", &input.approval},
    };
    for (const auto& field : fields) {
        if (const auto target = single.find(field.name); target != single.end()) {
            *target->second = field.value;
        } else if (field.name == "group") {
            input.groups.push_back(field.value);
        } else if (field.name.rfind("minimum-", 0) == 0) {
            input.minimums[field.name.substr(8)] = field.value;
        } else if (field.name != "csrf") {
            return {input, field.name};
        }
    }
    return {input, ""};
}

} // namespace

Response new_cycle_page(const Exchange& exchange) {
    return new_cycle_form(exchange, app::default_cycle_form(), {});
}

namespace {

// The 360 frameworks an admin may choose, by id, with their versions.
std::map<std::string, std::string> offered_frameworks(const Exchange& exchange) {
    std::map<std::string, std::string> offered;
    for (const auto& loaded : exchange.site.catalog.frameworks()) {
        if (loaded.framework.use == domain::FrameworkUse::Feedback360) {
            offered.emplace(loaded.framework.id.value(), loaded.framework.version);
        }
    }
    return offered;
}

} // namespace

Response create_cycle(const Exchange& exchange) {
    const auto [input, unknown] = read_new_cycle_form(exchange.form);
    if (!unknown.empty()) {
        return unexpected_field(exchange, unknown);
    }
    auto outcome = app::read_cycle_form(input, offered_frameworks(exchange), app::today(exchange.site.clock));
    if (!outcome.settings) {
        return new_cycle_form(exchange, input, outcome.problems);
    }
    auto created = app::CycleAdministration(exchange.store())
                       .create(*outcome.settings, exchange.site.catalog.find(input.framework)->source_text);
    if (!created) {
        const auto code = created.error().code;
        if (code == domain::ErrorCode::InvalidInput || code == domain::ErrorCode::Conflict) {
            return new_cycle_form(exchange, input, {{"name", created.error().message}});
        }
        return error_answer(exchange, created.error());
    }
    return Response::redirect(admin_cycle_href(*created) + "?done=created");
}

Response cycle_settings_page(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    auto cycle = exchange.store().cycles().load_cycle(id);
    if (!cycle) {
        return cycle.error().code == domain::ErrorCode::NotFound ? not_found(exchange)
                                                                 : error_answer(exchange, cycle.error());
    }
    if (cycle->state() != domain::CycleState::Draft) {
        return error_answer(exchange, {domain::ErrorCode::FailedPrecondition,
                                       "Only a draft cycle's settings can be changed. Once a cycle is open, "
                                       "raters answer the questions it was opened with; its closing date can "
                                       "still change, from the cycle's page."});
    }
    return new_cycle_form(exchange, app::cycle_form_of(cycle->settings()), {}, id);
}

Response save_cycle_settings(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    const auto [input, unknown] = read_new_cycle_form(exchange.form);
    if (!unknown.empty()) {
        return unexpected_field(exchange, unknown);
    }
    auto outcome = app::read_cycle_form(input, offered_frameworks(exchange), app::today(exchange.site.clock));
    if (!outcome.settings) {
        return new_cycle_form(exchange, input, outcome.problems, id);
    }
    auto saved =
        app::CycleAdministration(exchange.store())
            .change_settings(id, *outcome.settings, exchange.site.catalog.find(input.framework)->source_text);
    if (!saved) {
        const auto code = saved.error().code;
        if (code == domain::ErrorCode::InvalidInput || code == domain::ErrorCode::Conflict) {
            // The form checked every field: what is left is a group still in use, or a name already taken.
            const auto* field = code == domain::ErrorCode::InvalidInput ? "groups" : "name";
            return new_cycle_form(exchange, input, {{field, saved.error().message}}, id);
        }
        return error_answer(exchange, saved.error());
    }
    return Response::redirect(admin_cycle_href(id) + "?done=settings");
}

} // namespace leadline::web
