#include "app/development/mentor_planning.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "app/development/directory.hpp"
#include "app/development/mentoring_choices.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "app/text/csv_reader.hpp"
#include "domain/people/grade.hpp"

namespace leadline::app {

using domain::Result;

namespace {

// Others' average per attribute across the cycle's subjects: a mentor's strength is how far above it
// others rate them.
std::map<domain::AttributeId, double> attribute_averages(const CycleReportSet& set) {
    std::map<domain::AttributeId, std::pair<double, int>> sums;
    for (const auto& subject : set.subjects) {
        for (const auto& attribute : subject.report.attributes) {
            if (attribute.others.shown) {
                auto& [sum, count] = sums[attribute.id];
                sum += attribute.others.score.mean;
                ++count;
            }
        }
    }
    std::map<domain::AttributeId, double> averages;
    for (const auto& [id, sum] : sums) {
        averages.emplace(id, sum.first / sum.second);
    }
    return averages;
}

std::string department_of(const Directory& directory, const domain::Person& person) {
    const auto units = directory.units_of(person);
    return units.empty() ? std::string() : units.front();
}

std::string fit_text(double fit) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", fit);
    return text;
}

} // namespace

Result<MentoringPlan> plan_mentoring(Store& store, FrameworkCache& frameworks,
                                     const MentoringSettings& settings) {
    auto set = CycleReports(store, frameworks).all(settings.cycle);
    if (!set) {
        return domain::fail(set.error());
    }
    return plan_mentoring(store, *set, settings);
}

Result<MentoringPlan> plan_mentoring(Store& store, const CycleReportSet& reports,
                                     const MentoringSettings& settings) {
    if (settings.capacity < 1) {
        return domain::fail(domain::ErrorCode::InvalidInput, "A mentor's capacity must be at least 1.");
    }
    auto cycle = store.cycles().load_cycle(reports.cycle);
    if (!cycle) {
        return domain::fail(cycle.error());
    }
    auto directory = read_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    const auto averages = attribute_averages(reports);
    std::map<domain::AttributeId, std::string> attribute_names;
    for (const auto& attribute : reports.framework->attributes) {
        attribute_names.emplace(attribute.id, attribute.name);
    }

    std::vector<MentoringChoice> choices;
    if (!settings.choices_csv.empty()) {
        auto read = read_mentoring_choices(*directory, *reports.framework, settings.choices_csv);
        if (!read) {
            return domain::fail(read.error());
        }
        choices = std::move(*read);
    }

    // Everyone who may take part, in the order they come: the cycle's subjects, then the others the
    // choices file names.
    std::vector<std::int64_t> people;
    std::map<std::int64_t, const domain::IndividualReport*> report_of;
    for (const auto& subject : reports.subjects) {
        if (directory->by_id.count(subject.subject.value()) > 0) {
            people.push_back(subject.subject.value());
            report_of.emplace(subject.subject.value(), &subject.report);
        }
    }
    std::map<std::int64_t, const MentoringChoice*> choice_of;
    for (const auto& choice : choices) {
        choice_of.emplace(choice.person, &choice);
        if (report_of.count(choice.person) == 0) {
            people.push_back(choice.person);
        }
    }

    domain::MatchingProblem problem;
    problem.preferences.different_department = settings.prefer_other_department;
    problem.preferences.more_senior = settings.prefer_more_senior;
    std::vector<const domain::Person*> mentee_people;
    std::vector<bool> mentee_chose;
    std::vector<const domain::Person*> mentor_people;
    std::vector<std::set<domain::AttributeId>> mentor_declared_only;
    for (const auto id : people) {
        const auto& person = directory->by_id.at(id);
        const auto found_report = report_of.find(id);
        const auto* report = found_report == report_of.end() ? nullptr : found_report->second;
        const auto found_choice = choice_of.find(id);
        const auto* choice = found_choice == choice_of.end() ? nullptr : found_choice->second;
        const auto department = department_of(*directory, person);
        const auto rank = domain::grade_rank(person.grade);

        domain::Mentee mentee{person.id, {}, department, rank};
        const bool chose = choice != nullptr && !choice->develop.empty();
        if (chose) {
            mentee.to_develop = choice->develop;
        } else if (report != nullptr) {
            for (const auto& focus : report->focus) {
                mentee.to_develop.push_back(focus.attribute);
            }
        }
        if (!mentee.to_develop.empty() && (choice == nullptr || choice->wants_mentor)) {
            problem.mentees.push_back(std::move(mentee));
            mentee_people.push_back(&person);
            mentee_chose.push_back(chose);
        }

        const int capacity = choice != nullptr && choice->capacity ? *choice->capacity : settings.capacity;
        domain::Mentor mentor{person.id, {}, capacity, department, rank};
        if (report != nullptr) {
            for (const auto& attribute : report->attributes) {
                const auto average = averages.find(attribute.id);
                if (attribute.others.shown && average != averages.end() &&
                    attribute.others.score.mean > average->second) {
                    mentor.strengths.emplace(attribute.id, attribute.others.score.mean - average->second);
                }
            }
        }
        std::set<domain::AttributeId> declared_only;
        if (choice != nullptr) {
            for (const auto& attribute : choice->strengths) {
                auto& strength = mentor.strengths[attribute];
                if (strength < declared_strength) {
                    strength = declared_strength;
                    declared_only.insert(attribute);
                }
            }
        }
        if (!mentor.strengths.empty() && capacity > 0) {
            problem.mentors.push_back(std::move(mentor));
            mentor_people.push_back(&person);
            mentor_declared_only.push_back(std::move(declared_only));
        }
    }

    // Who must never be paired: the line chain either way, the same team, a nominated rater.
    std::set<std::pair<std::int64_t, std::int64_t>> rated; // (subject, rater)
    for (const auto& nomination : cycle->nominations()) {
        if (nomination.rater.person) {
            rated.emplace(nomination.subject.value(), nomination.rater.person->value());
        }
    }
    std::vector<std::vector<std::string>> mentor_chains;
    mentor_chains.reserve(mentor_people.size());
    for (const auto* mentor : mentor_people) {
        mentor_chains.push_back(directory->line_chain(*mentor));
    }
    for (const auto* mentee : mentee_people) {
        const auto mentee_chain = directory->line_chain(*mentee);
        for (std::size_t m = 0; m < mentor_people.size(); ++m) {
            const auto* mentor = mentor_people[m];
            const auto& mentor_chain = mentor_chains[m];
            const bool in_line =
                std::find(mentee_chain.begin(), mentee_chain.end(), mentor->email) != mentee_chain.end() ||
                std::find(mentor_chain.begin(), mentor_chain.end(), mentee->email) != mentor_chain.end();
            if (in_line || mentee->unit == mentor->unit ||
                rated.count({mentee->id.value(), mentor->id.value()}) > 0) {
                problem.excluded.emplace(mentee->id, mentor->id);
            }
        }
    }

    auto result = domain::match_mentors(problem);
    if (!result) {
        return domain::fail(result.error());
    }
    MentoringPlan plan;
    plan.cycle_name = reports.cycle_name;
    plan.mentors = problem.mentors.size();
    for (const auto& match : result->matches) {
        const auto& mentee = *mentee_people[match.mentee];
        const auto& mentor = *mentor_people[match.mentor];
        const auto area = attribute_names.find(match.reason.area);
        const domain::ReasonSources sources{mentee_chose[match.mentee],
                                            mentor_declared_only[match.mentor].count(match.reason.area) > 0};
        plan.matches.push_back(
            {mentee.name, mentee.email, mentor.name, mentor.email, match.fit,
             domain::describe_reason(match.reason,
                                     area == attribute_names.end() ? match.reason.area.value() : area->second,
                                     mentee.name, sources)});
    }
    for (const auto index : result->unmatched) {
        plan.unmatched.push_back(
            {mentee_people[index]->name, mentee_people[index]->email, "", "", 0.0,
             "No mentor who is allowed and has room is strong where they want to grow."});
    }
    return plan;
}

Result<domain::CycleId> latest_published_cycle(Store& store) {
    auto cycles = store.cycles().cycles();
    if (!cycles) {
        return domain::fail(cycles.error());
    }
    std::optional<domain::CycleId> latest;
    for (const auto& cycle : *cycles) {
        if (cycle.state == domain::CycleState::Published && (!latest || cycle.id.value() > latest->value())) {
            latest = cycle.id;
        }
    }
    if (!latest) {
        return domain::fail(
            domain::ErrorCode::NotFound,
            "No cycle is published yet; matching uses published reports. Publish a cycle first.");
    }
    return *latest;
}

std::string mentoring_text(const MentoringPlan& plan) {
    std::string text = plan.cycle_name + ": " + std::to_string(plan.matches.size()) +
                       " mentees matched with " + std::to_string(plan.mentors) + " possible mentors\n";
    for (const auto& match : plan.matches) {
        text += match.mentee_name + " <" + match.mentee_email + "> with " + match.mentor_name + " <" +
                match.mentor_email + ">, fit " + fit_text(match.fit) + ": " + match.reason + "\n";
    }
    for (const auto& mentee : plan.unmatched) {
        text += mentee.mentee_name + " <" + mentee.mentee_email + ">: " + mentee.reason + "\n";
    }
    return text;
}

std::string mentoring_csv(const MentoringPlan& plan) {
    std::string csv = "mentee_email,mentee_name,mentor_email,mentor_name,fit,reason\n";
    auto rows = plan.matches;
    rows.insert(rows.end(), plan.unmatched.begin(), plan.unmatched.end());
    for (const auto& match : rows) {
        csv += csv_field(match.mentee_email) + "," + csv_field(match.mentee_name) + "," +
               csv_field(match.mentor_email) + "," + csv_field(match.mentor_name) + "," +
               (match.mentor_email.empty() ? "" : fit_text(match.fit)) + "," + csv_field(match.reason) + "\n";
    }
    return csv;
}

} // namespace leadline::app
