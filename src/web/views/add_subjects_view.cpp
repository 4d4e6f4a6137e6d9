#include "web/views/add_subjects_view.hpp"

#include <algorithm>

namespace leadline::web {

namespace {

// Problems listed on the page; a pasted list of thousands with a wrong column would otherwise bury it.
constexpr std::size_t problems_listed = 200;

// 2017 -> "2,017", as the rest of the page writes numbers.
std::string with_thousands(std::size_t number) {
    const auto digits = std::to_string(number);
    std::string written;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            written += ',';
        }
        written += digits[i];
    }
    return written;
}

} // namespace

std::string people_count(std::size_t count) {
    return with_thousands(count) + (count == 1 ? " person" : " people");
}

std::vector<PageError> fill_add_subjects(ctemplate::TemplateDictionary& page, const AddSubjectsForm& form) {
    page.SetValue("CYCLE_NAME", form.cycle_name);
    page.SetValue("CYCLE_HREF", form.cycle_href);
    page.SetValue("CSRF", form.csrf_token);
    page.SetValue("EMAILS", form.emails);
    for (const auto& unit : form.units) {
        auto* option = page.AddSectionDictionary("UNIT");
        option->SetValue("PATH", unit.path);
        option->SetValue("PEOPLE", people_count(unit.people));
        if (unit.path == form.unit) {
            option->ShowSection("SELECTED");
        }
    }
    std::vector<PageError> errors;
    if (!form.unit_problem.empty()) {
        page.AddSectionDictionary("UNIT_ERROR")->SetValue("MESSAGE", form.unit_problem);
        errors.push_back({"unit", form.unit_problem});
    }
    std::string emails_problem = form.emails_problem;
    if (!form.problems.empty()) {
        emails_problem = form.problems.size() == 1
                             ? "1 address cannot be added; nobody was added. Correct it or take it out."
                             : std::to_string(form.problems.size()) +
                                   " addresses cannot be added; nobody was added. Correct them or take "
                                   "them out.";
        auto* table = page.AddSectionDictionary("PROBLEMS");
        const auto listed = std::min(form.problems.size(), problems_listed);
        for (std::size_t p = 0; p < listed; ++p) {
            auto* row = table->AddSectionDictionary("PROBLEM");
            row->SetIntValue("LINE", static_cast<long>(form.problems[p].line));
            row->SetValue("EMAIL", form.problems[p].email);
            row->SetValue("MESSAGE", form.problems[p].message);
        }
        if (form.problems.size() > listed) {
            table->AddSectionDictionary("MORE")->SetValue(
                "TEXT",
                "And " + std::to_string(form.problems.size() - listed) + " more problems, not listed here.");
        }
    }
    if (!emails_problem.empty()) {
        page.AddSectionDictionary("EMAILS_ERROR")->SetValue("MESSAGE", emails_problem);
        errors.push_back({"emails", emails_problem});
    }
    return errors;
}

} // namespace leadline::web
