#include "domain/feedback/cycle_progress.hpp"

#include <algorithm>
#include <map>

namespace leadline::domain {

bool SubjectProgress::any_under_minimum() const {
    return std::any_of(groups.begin(), groups.end(), [](const auto& group) { return group.under_minimum(); });
}

SubjectStanding SubjectProgress::standing() const {
    const bool asked_anyone = std::any_of(groups.begin(), groups.end(), [](const auto& group) {
        return group.group != RaterGroup::Self && group.nominated > 0;
    });
    if (!asked_anyone) {
        return SubjectStanding::NotNominated;
    }
    const bool too_few = std::any_of(groups.begin(), groups.end(), [](const auto& group) {
        return group.group != RaterGroup::Self && group.asked() && group.nominated < group.minimum;
    });
    if (too_few) {
        return SubjectStanding::TooFewAsked;
    }
    return any_under_minimum() ? SubjectStanding::WaitingForAnswers : SubjectStanding::Complete;
}

std::string_view to_string(SubjectStanding standing) {
    switch (standing) {
    case SubjectStanding::NotNominated:
        return "not-nominated";
    case SubjectStanding::TooFewAsked:
        return "too-few-asked";
    case SubjectStanding::WaitingForAnswers:
        return "waiting";
    case SubjectStanding::Complete:
        return "complete";
    }
    return "waiting";
}

int SubjectProgress::nominated() const {
    int total = 0;
    for (const auto& group : groups) {
        total += group.nominated;
    }
    return total;
}

int SubjectProgress::submitted() const {
    int total = 0;
    for (const auto& group : groups) {
        total += group.submitted;
    }
    return total;
}

std::vector<SubjectProgress> summarise_progress(const CycleSettings& settings,
                                                const std::vector<ProgressCounts>& counts) {
    std::map<PersonId, SubjectProgress> subjects;
    for (const auto& row : counts) {
        auto& subject = subjects[row.subject];
        if (subject.groups.empty()) {
            subject.subject = row.subject;
            subject.name = row.name;
            subject.email = row.email;
            subject.unit = row.unit;
            for (auto group : all_rater_groups) {
                if (std::find(settings.rater_groups.begin(), settings.rater_groups.end(), group) !=
                    settings.rater_groups.end()) {
                    // The self-assessment is one answer from the subject, whatever the group minimums say.
                    const int minimum =
                        group == RaterGroup::Self ? 1 : settings.anonymity.group_minimum(group);
                    subject.groups.push_back({group, 0, 0, 0, minimum});
                }
            }
        }
        if (!row.group) {
            continue;
        }
        for (auto& group : subject.groups) {
            if (group.group == *row.group) {
                group.nominated += row.nominated;
                group.invited += row.invited;
                group.submitted += row.submitted;
            }
        }
    }
    std::vector<SubjectProgress> ordered;
    ordered.reserve(subjects.size());
    for (auto& [id, subject] : subjects) {
        ordered.push_back(std::move(subject));
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.name < b.name; });
    return ordered;
}

} // namespace leadline::domain
