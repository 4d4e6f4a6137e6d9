#include "app/feedback/cycle_form.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>

namespace leadline::app {

namespace {

constexpr std::size_t longest_name = 120;

std::optional<int> whole_number(const std::string& text) {
    int value = 0;
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    if (first == std::string::npos) {
        return std::nullopt;
    }
    const auto* begin = text.data() + first;
    const auto* end = text.data() + last + 1;
    if (std::from_chars(begin, end, value).ptr != end) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<domain::Date> read_date_called(const std::string& prefix, const std::string& what,
                                             const std::string& day, const std::string& month,
                                             const std::string& year, std::vector<FieldProblem>& problems) {
    std::string sentence = what;
    if (!sentence.empty()) {
        sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
    }
    if (day.empty() && month.empty() && year.empty()) {
        problems.push_back({prefix + "-day", "Enter " + what});
        return std::nullopt;
    }
    const auto d = whole_number(day);
    const auto m = whole_number(month);
    const auto y = whole_number(year);
    if (!d || !m || !y || *y < 2000 || *y > 2100) {
        const auto* field = !d ? "-day" : !m ? "-month" : "-year";
        problems.push_back(
            {prefix + field, sentence + " must be a real date, with a 4-digit year, like 27 3 2027"});
        return std::nullopt;
    }
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *y, *m, *d);
    auto date = domain::Date::parse(iso);
    if (!date) {
        problems.push_back({prefix + "-day", sentence + " must be a real date"});
        return std::nullopt;
    }
    return *date;
}

std::optional<domain::Date> read_date(const std::string& prefix, const std::string& label,
                                      const std::string& day, const std::string& month,
                                      const std::string& year, std::vector<FieldProblem>& problems) {
    return read_date_called(prefix, "the date the cycle " + label, day, month, year, problems);
}

CycleFormInput default_cycle_form() {
    CycleFormInput input;
    input.groups = {"line-manager", "peer", "direct-report"};
    for (const auto* group : {"peer", "direct-report", "partner", "service-user", "other"}) {
        input.minimums[group] = "3";
    }
    input.comment_minimum = "4";
    input.manager_identified = "yes";
    input.managers_see_reports = "no";
    input.approval = "none";
    return input;
}

namespace {

void set_date_fields(domain::Date date, std::string& day, std::string& month, std::string& year) {
    const std::chrono::year_month_day parts(date.day());
    day = std::to_string(static_cast<unsigned>(parts.day()));
    month = std::to_string(static_cast<unsigned>(parts.month()));
    year = std::to_string(static_cast<int>(parts.year()));
}

} // namespace

CycleFormInput cycle_form_of(const domain::CycleSettings& settings) {
    auto input = default_cycle_form();
    input.name = settings.name;
    input.framework = settings.framework.value();
    set_date_fields(settings.opens_on, input.opens_day, input.opens_month, input.opens_year);
    set_date_fields(settings.closes_on, input.closes_day, input.closes_month, input.closes_year);
    input.groups.clear();
    for (auto group : settings.rater_groups) {
        if (group != domain::RaterGroup::Self) {
            input.groups.emplace_back(domain::to_string(group));
        }
    }
    for (auto& [group, minimum] : input.minimums) {
        if (auto parsed = domain::rater_group_from_string(group)) {
            minimum = std::to_string(settings.anonymity.group_minimum(*parsed));
        }
    }
    input.comment_minimum = std::to_string(settings.anonymity.comment_minimum());
    input.manager_identified =
        settings.anonymity.manager_visibility() == domain::ManagerVisibility::Identified ? "yes" : "no";
    input.managers_see_reports = settings.line_managers_see_reports ? "yes" : "no";
    input.approval = std::string(domain::to_string(settings.approval));
    return input;
}

CycleFormOutcome read_cycle_form(const CycleFormInput& input,
                                 const std::map<std::string, std::string>& frameworks, domain::Date today) {
    CycleFormOutcome outcome;
    auto& problems = outcome.problems;
    domain::CycleSettings settings;

    settings.name = input.name;
    settings.name.erase(0, settings.name.find_first_not_of(' '));
    settings.name.erase(settings.name.find_last_not_of(' ') + 1);
    if (settings.name.empty()) {
        problems.push_back({"name", "Enter a name for the cycle, for example \"Senior leaders 2027\""});
    } else if (settings.name.size() > longest_name) {
        problems.push_back({"name", "The name must be 120 characters or fewer"});
    }

    const auto framework = frameworks.find(input.framework);
    if (framework == frameworks.end()) {
        problems.push_back({"framework", "Choose the framework raters will answer on"});
    } else {
        settings.framework = domain::FrameworkId(framework->first);
        settings.framework_version = framework->second;
    }

    const auto opens =
        read_date("opens", "opens", input.opens_day, input.opens_month, input.opens_year, problems);
    const auto closes =
        read_date("closes", "closes", input.closes_day, input.closes_month, input.closes_year, problems);
    if (opens && closes && *closes <= *opens) {
        problems.push_back({"closes-day", "The closing date must be after the opening date"});
    } else if (closes && *closes < today) {
        problems.push_back({"closes-day", "The closing date must be today or later"});
    }

    settings.rater_groups = {domain::RaterGroup::Self};
    std::map<domain::RaterGroup, int> minimums;
    int largest_minimum = 1;
    for (auto group : domain::all_rater_groups) {
        const std::string id(domain::to_string(group));
        if (group == domain::RaterGroup::Self) {
            continue;
        }
        const bool chosen = std::find(input.groups.begin(), input.groups.end(), id) != input.groups.end();
        if (chosen) {
            settings.rater_groups.push_back(group);
        }
        if (group == domain::RaterGroup::LineManager) {
            continue; // one manager: shown alone or merged, as the cycle says
        }
        const auto typed = input.minimums.find(id);
        const auto minimum = whole_number(typed == input.minimums.end() ? "3" : typed->second);
        if (!chosen) {
            continue;
        }
        if (!minimum || *minimum < smallest_anonymous_minimum || *minimum > 50) {
            problems.push_back(
                {"minimum-" + id, "The minimum for " + std::string(domain::display_name(group)) +
                                      " must be a whole number from 3 to 50, so no one's answers "
                                      "can be picked out"});
            continue;
        }
        minimums[group] = *minimum;
        largest_minimum = std::max(largest_minimum, *minimum);
    }
    if (settings.rater_groups.size() < 2) {
        problems.push_back({"groups", "Choose at least one group of raters besides the subject"});
    }

    const auto comment_minimum = whole_number(input.comment_minimum);
    if (!comment_minimum || *comment_minimum < largest_minimum || *comment_minimum > 50) {
        problems.push_back(
            {"comment-minimum",
             "The comment minimum must be a whole number at least as large as the largest group "
             "minimum (" +
                 std::to_string(largest_minimum) + "), and at most 50"});
    }
    if (input.manager_identified != "yes" && input.manager_identified != "no") {
        problems.push_back(
            {"manager-identified", "Say whether the line manager's answers are shown as theirs"});
    }
    if (input.managers_see_reports != "yes" && input.managers_see_reports != "no") {
        problems.push_back({"managers-see-reports",
                            "Say whether line managers may read the reports of the people they manage"});
    }
    const auto approval = input.approval.empty() ? domain::RaterListApproval::None
                                                 : domain::rater_list_approval_from_string(input.approval);
    if (!approval) {
        problems.push_back({"approval", "Say who approves each subject's rater list, or that nobody does"});
    }

    if (!problems.empty()) {
        return outcome;
    }
    auto policy = domain::AnonymityPolicy::create(minimums, *comment_minimum,
                                                  input.manager_identified == "yes"
                                                      ? domain::ManagerVisibility::Identified
                                                      : domain::ManagerVisibility::Anonymous);
    if (!policy) {
        problems.push_back({"comment-minimum", policy.error().message});
        return outcome;
    }
    settings.anonymity = *policy;
    settings.line_managers_see_reports = input.managers_see_reports == "yes";
    settings.approval = *approval;
    settings.opens_on = *opens;
    settings.closes_on = *closes;
    outcome.settings = std::move(settings);
    return outcome;
}

} // namespace leadline::app
