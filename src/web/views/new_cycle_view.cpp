#include "web/views/new_cycle_view.hpp"

#include <algorithm>
#include <cctype>

namespace leadline::web {

namespace {

// Shows a field's problems beside it and collects them for the summary, in the form's order.
class ProblemShower {
  public:
    ProblemShower(const std::vector<app::FieldProblem>& problems, std::vector<PageError>& errors)
        : m_problems(problems), m_errors(errors) {}

    void show(const std::string& field, ctemplate::TemplateDictionary* where, const char* section) {
        for (const auto& problem : m_problems) {
            if (problem.field == field) {
                where->AddSectionDictionary(section)->SetValue("MESSAGE", problem.message);
                m_errors.push_back({problem.field, problem.message});
            }
        }
    }

  private:
    const std::vector<app::FieldProblem>& m_problems;
    std::vector<PageError>& m_errors;
};

void fill_frameworks(ctemplate::TemplateDictionary& page, const app::FrameworkCatalog& frameworks,
                     const app::CycleFormInput& input) {
    bool first = true;
    for (const auto& loaded : frameworks.frameworks()) {
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
}

void fill_dates(ctemplate::TemplateDictionary& page, const app::CycleFormInput& input,
                ProblemShower& problems) {
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
            problems.show(std::string(date.prefix) + part, section, "DATE_ERROR");
        }
    }
}

void fill_groups(ctemplate::TemplateDictionary& page, const app::CycleFormInput& input,
                 ProblemShower& problems) {
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
    problems.show("groups", &page, "GROUPS_ERROR");
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
        problems.show("minimum-" + id, minimum, "MINIMUM_ERROR");
    }
}

} // namespace

std::vector<PageError> fill_new_cycle(ctemplate::TemplateDictionary& page,
                                      const app::FrameworkCatalog& frameworks,
                                      const app::CycleFormInput& input,
                                      const std::vector<app::FieldProblem>& problems,
                                      const std::string& csrf_token) {
    std::vector<PageError> errors;
    ProblemShower shower(problems, errors);
    page.SetValue("CSRF", csrf_token);
    page.SetValue("NAME", input.name);
    shower.show("name", &page, "NAME_ERROR");
    fill_frameworks(page, frameworks, input);
    shower.show("framework", &page, "FRAMEWORK_ERROR");
    fill_dates(page, input, shower);
    fill_groups(page, input, shower);
    page.SetValue("COMMENT_MINIMUM", input.comment_minimum);
    shower.show("comment-minimum", &page, "COMMENT_ERROR");
    page.ShowSection(input.manager_identified == "no" ? "MANAGER_NO" : "MANAGER_YES");
    shower.show("manager-identified", &page, "MANAGER_ERROR");
    page.ShowSection(input.managers_see_reports == "yes" ? "MANAGERS_SEE_YES" : "MANAGERS_SEE_NO");
    shower.show("managers-see-reports", &page, "MANAGERS_SEE_ERROR");
    page.ShowSection(input.approval == "line-manager" ? "APPROVAL_MANAGER"
                     : input.approval == "hr"         ? "APPROVAL_HR"
                                                      : "APPROVAL_NONE");
    shower.show("approval", &page, "APPROVAL_ERROR");
    return errors;
}

} // namespace leadline::web
