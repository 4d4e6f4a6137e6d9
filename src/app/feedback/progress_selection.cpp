#include "app/feedback/progress_selection.hpp"

#include <algorithm>
#include <cctype>

#include "app/text/csv_reader.hpp"

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

bool selected(const domain::SubjectProgress& subject, const ProgressQuery& query, const std::string& find) {
    if (query.standing && subject.standing() != *query.standing) {
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

} // namespace

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
    const auto find = lower(query.find);
    std::vector<const domain::SubjectProgress*> matching;
    for (const auto& subject : subjects) {
        if (selected(subject, query, find)) {
            matching.push_back(&subject);
        }
    }
    selection.matching = matching.size();
    selection.pages =
        std::max<std::size_t>(1, (matching.size() + progress_page_size - 1) / progress_page_size);
    selection.page = std::clamp<std::size_t>(query.page, 1, selection.pages);
    const auto first = (selection.page - 1) * progress_page_size;
    const auto last = std::min(matching.size(), first + progress_page_size);
    selection.shown.assign(matching.begin() + static_cast<std::ptrdiff_t>(first),
                           matching.begin() + static_cast<std::ptrdiff_t>(last));
    return selection;
}

std::string progress_csv(const std::vector<domain::SubjectProgress>& subjects, const ProgressQuery& query) {
    std::string csv = "name,email,standing";
    if (!subjects.empty()) {
        for (const auto& group : subjects.front().groups) {
            const std::string name(domain::to_string(group.group));
            for (const char* figure : {"_answered", "_invited", "_nominated", "_minimum"}) {
                csv.append(",").append(name).append(figure);
            }
        }
    }
    csv += "\n";
    const auto find = lower(query.find);
    for (const auto& subject : subjects) {
        if (!selected(subject, query, find)) {
            continue;
        }
        csv += csv_field(subject.name) + "," + csv_field(subject.email) + "," +
               std::string(domain::to_string(subject.standing()));
        for (const auto& group : subject.groups) {
            for (const int figure : {group.submitted, group.invited, group.nominated, group.minimum}) {
                csv.append(",").append(std::to_string(figure));
            }
        }
        csv += "\n";
    }
    return csv;
}

} // namespace leadline::app
