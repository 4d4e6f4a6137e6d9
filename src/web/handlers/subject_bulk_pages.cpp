#include "web/handlers/subject_bulk_pages.hpp"

#include "app/feedback/enrolment.hpp"
#include "domain/people/org_unit.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/add_subjects_view.hpp"
#include "web/views/admin_cycle_view.hpp"

namespace leadline::web {

namespace {

// Every unit of the directory with how many people work in it or below it, today.
domain::Result<std::vector<UnitChoice>> unit_choices(app::Store& store) {
    auto units = store.people().units();
    if (!units) {
        return domain::fail(units.error());
    }
    auto everyone = store.people().people();
    if (!everyone) {
        return domain::fail(everyone.error());
    }
    std::map<domain::UnitId, std::size_t> working;
    for (const auto& person : *everyone) {
        if (!person.left_at) {
            ++working[person.unit];
        }
    }
    std::vector<UnitChoice> choices;
    for (const auto& unit : *units) {
        UnitChoice choice{unit.path, 0};
        for (const auto& other : *units) {
            if (domain::unit_holds(unit.path, other.path)) {
                const auto count = working.find(other.id);
                choice.people += count == working.end() ? 0 : count->second;
            }
        }
        choices.push_back(std::move(choice));
    }
    std::sort(choices.begin(), choices.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return choices;
}

Response add_subjects_form(const Exchange& exchange, AddSubjectsForm form) {
    const auto id = exchange.parameters.cycle();
    auto heading = exchange.store().cycles().cycle_heading(id);
    if (!heading) {
        return error_answer(exchange, heading.error());
    }
    auto units = unit_choices(exchange.store());
    if (!units) {
        return error_answer(exchange, units.error());
    }
    form.cycle_name = heading->settings.name;
    form.cycle_href = admin_cycle_href(id);
    form.csrf_token = exchange.signed_in().csrf_token;
    form.units = std::move(*units);
    ctemplate::TemplateDictionary page("admin_add_subjects");
    const auto errors = fill_add_subjects(page, form);
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Add several subjects", "admin_add_subjects.tpl",
                                 page, errors, &viewer);
}

// The form again with the problem beside the part that was used.
Response refused(const Exchange& exchange, const app::SubjectsToAdd& who, const std::string& message,
                 std::vector<app::SubjectProblem> problems = {}) {
    AddSubjectsForm form;
    form.unit = who.unit;
    form.emails = who.emails;
    (who.unit.empty() ? form.emails_problem : form.unit_problem) = message;
    form.problems = std::move(problems);
    return add_subjects_form(exchange, std::move(form));
}

bool told_in_the_form(domain::ErrorCode code) {
    return code == domain::ErrorCode::InvalidInput || code == domain::ErrorCode::FailedPrecondition ||
           code == domain::ErrorCode::NotFound;
}

Response confirm(const Exchange& exchange, const app::SubjectsToAdd& who, const app::SubjectsAdded& counted,
                 const std::string& cycle_name) {
    const auto id = exchange.parameters.cycle();
    const auto chosen = who.unit.empty() ? std::string("the addresses you gave") : who.unit;
    StepToConfirm question{
        cycle_name,
        "Add " + people_count(counted.added) + " as subjects?",
        {"From " + chosen + ", " + people_count(counted.added) + " will be added to " + cycle_name +
         ", each with their self-assessment and, "
         "where the cycle asks line managers, their line manager from the directory."},
        "Each of them is sent an email now, asking them to sign in and choose their raters.",
        "Add " + people_count(counted.added)};
    if (counted.already > 0) {
        question.paragraphs.push_back(people_count(counted.already) +
                                      (counted.already == 1 ? " is" : " are") +
                                      " already a subject and will be left as they are.");
    }
    question.action = admin_cycle_href(id) + "/add-subjects";
    question.csrf_token = exchange.signed_in().csrf_token;
    question.back = admin_cycle_href(id) + "/add-subjects";
    question.back_label = "Cancel and go back";
    question.fields = {
        {"by", who.unit.empty() ? "emails" : "unit"}, {"unit", who.unit}, {"emails", who.emails}};
    ctemplate::TemplateDictionary page("admin_confirm");
    fill_confirm_step(page, question);
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(200, question.heading, "admin_confirm.tpl", page, {}, &viewer);
}

} // namespace

Response add_subjects_page(const Exchange& exchange) {
    return add_subjects_form(exchange, {});
}

Response add_subjects(const Exchange& exchange) {
    const bool by_unit = exchange.field("by") == "unit";
    const app::SubjectsToAdd who{by_unit ? exchange.field("unit") : "",
                                 by_unit ? "" : exchange.field("emails")};
    if (by_unit && who.unit.empty()) {
        return refused(exchange, who, "Choose the unit whose people to add");
    }
    const auto id = exchange.parameters.cycle();
    app::Enrolment enrolment(exchange.store(), exchange.site.clock, exchange.site.base_url);
    const bool confirmed = exchange.field("confirmed") == "yes";
    auto outcome = enrolment.add_subjects(
        id, who, confirmed ? app::AddingSubjects::Add : app::AddingSubjects::CountOnly);
    if (!outcome) {
        return told_in_the_form(outcome.error().code) ? refused(exchange, who, outcome.error().message)
                                                      : error_answer(exchange, outcome.error());
    }
    if (!outcome->problems.empty()) {
        return refused(exchange, who, "", std::move(outcome->problems));
    }
    if (confirmed) {
        return Response::redirect(admin_cycle_href(id) + "?done=subjects-added");
    }
    if (outcome->added == 0) {
        return refused(exchange, who,
                       by_unit ? "Everyone working in " + who.unit + " is already a subject of this cycle"
                               : "Everyone listed is already a subject of this cycle");
    }
    auto heading = exchange.store().cycles().cycle_heading(id);
    if (!heading) {
        return error_answer(exchange, heading.error());
    }
    return confirm(exchange, who, *outcome, heading->settings.name);
}

} // namespace leadline::web
