#include "app/feedback/progress_selection.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "app/text/csv_reader.hpp"
#include "domain/people/org_unit.hpp"

namespace leadline::app {

namespace {

constexpr std::array all_standings{
    domain::SubjectStanding::NotNominated, domain::SubjectStanding::TooFewAsked,
    domain::SubjectStanding::WaitingForAnswers, domain::SubjectStanding::Complete};

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

constexpr std::array<std::pair<ProgressSort, std::string_view>, 4> sort_names{{
    {ProgressSort::Name, "name"},
    {ProgressSort::Standing, "standing"},
    {ProgressSort::FewestAnswers, "fewest-answers"},
    {ProgressSort::Unit, "unit"},
}};

bool selected(const domain::SubjectProgress& subject, const ProgressQuery& query, const std::string& find) {
    if (query.standing && subject.standing() != *query.standing) {
        return false;
    }
    if (!(query.unit.empty() || domain::unit_holds(query.unit, subject.unit))) {
        return false;
    }
    return find.empty() || lower(subject.name).find(find) != std::string::npos ||
           lower(subject.email).find(find) != std::string::npos;
}

ProgressTotals totals_of(const std::vector<domain::SubjectProgress>& subjects) {
    ProgressTotals totals;
    totals.subjects = subjects.size();
    for (const auto& subject : subjects) {
        for (const auto& group : subject.groups) {
            totals.nominated += group.nominated;
            totals.invited += group.invited;
            totals.submitted += group.submitted;
        }
        totals.under_minimum += subject.any_under_minimum() ? 1U : 0U;
        ++totals.by_standing.at(static_cast<std::size_t>(subject.standing()));
    }
    return totals;
}

// The subjects a query selects, in its order. The subjects come ordered by name, and every order keeps
// name order among equals.
std::vector<const domain::SubjectProgress*> matching(const std::vector<domain::SubjectProgress>& subjects,
                                                     const ProgressQuery& query) {
    const auto find = lower(query.find);
    std::vector<const domain::SubjectProgress*> found;
    for (const auto& subject : subjects) {
        if (selected(subject, query, find)) {
            found.push_back(&subject);
        }
    }
    switch (query.sort) {
    case ProgressSort::Name:
        break;
    case ProgressSort::Standing:
        std::stable_sort(found.begin(), found.end(),
                         [](const auto* a, const auto* b) { return a->standing() < b->standing(); });
        break;
    case ProgressSort::FewestAnswers:
        std::stable_sort(found.begin(), found.end(),
                         [](const auto* a, const auto* b) { return a->submitted() < b->submitted(); });
        break;
    case ProgressSort::Unit:
        std::stable_sort(found.begin(), found.end(),
                         [](const auto* a, const auto* b) { return a->unit < b->unit; });
        break;
    }
    return found;
}

} // namespace

std::vector<UnitCount> units_of(const std::vector<domain::SubjectProgress>& subjects) {
    std::map<std::string, std::size_t> counts;
    for (const auto& subject : subjects) {
        for (std::size_t slash = subject.unit.find('/'); slash != std::string::npos;
             slash = subject.unit.find('/', slash + 1)) {
            ++counts[subject.unit.substr(0, slash)];
        }
        ++counts[subject.unit];
    }
    std::vector<UnitCount> units;
    units.reserve(counts.size());
    for (auto& [path, count] : counts) {
        units.push_back({path, count});
    }
    return units;
}

std::string_view to_string(ProgressSort sort) {
    for (const auto& [value, name] : sort_names) {
        if (value == sort) {
            return name;
        }
    }
    return "name";
}

ProgressSort progress_sort_from_string(std::string_view text) {
    for (const auto& [value, name] : sort_names) {
        if (name == text) {
            return value;
        }
    }
    return ProgressSort::Name;
}

std::optional<domain::SubjectStanding> standing_from_string(std::string_view text) {
    for (const auto standing : all_standings) {
        if (domain::to_string(standing) == text) {
            return standing;
        }
    }
    return std::nullopt;
}

ProgressSelection select_progress(const std::vector<domain::SubjectProgress>& subjects,
                                  const ProgressQuery& query) {
    ProgressSelection selection;
    selection.totals = totals_of(subjects);
    const auto found = matching(subjects, query);
    selection.matching = found.size();
    selection.pages = std::max<std::size_t>(1, (found.size() + progress_page_size - 1) / progress_page_size);
    selection.page = std::clamp<std::size_t>(query.page, 1, selection.pages);
    const auto first = (selection.page - 1) * progress_page_size;
    const auto last = std::min(found.size(), first + progress_page_size);
    selection.shown.assign(found.begin() + static_cast<std::ptrdiff_t>(first),
                           found.begin() + static_cast<std::ptrdiff_t>(last));
    return selection;
}

std::string progress_csv(const std::vector<domain::SubjectProgress>& subjects, const ProgressQuery& query) {
    std::string csv = "name,email,unit,standing";
    if (!subjects.empty()) {
        for (const auto& group : subjects.front().groups) {
            const std::string name(domain::to_string(group.group));
            for (const char* figure : {"_answered", "_invited", "_nominated", "_minimum"}) {
                csv.append(",").append(name).append(figure);
            }
        }
    }
    csv += "\n";
    for (const auto* subject : matching(subjects, query)) {
        csv += csv_field(subject->name) + "," + csv_field(subject->email) + "," + csv_field(subject->unit) +
               "," + std::string(domain::to_string(subject->standing()));
        for (const auto& group : subject->groups) {
            for (const int figure : {group.submitted, group.invited, group.nominated, group.minimum}) {
                csv.append(",").append(std::to_string(figure));
            }
        }
        csv += "\n";
    }
    return csv;
}

} // namespace leadline::app
