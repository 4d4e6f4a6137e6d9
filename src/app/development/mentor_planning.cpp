#include "app/development/mentor_planning.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "app/development/directory.hpp"
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

    domain::MatchingProblem problem;
    problem.preferences.different_department = settings.prefer_other_department;
    problem.preferences.more_senior = settings.prefer_more_senior;
    std::vector<const domain::Person*> mentee_people;
    std::vector<const domain::Person*> mentor_people;
    for (const auto& subject : reports.subjects) {
        const auto person = directory->by_id.find(subject.subject.value());
        if (person == directory->by_id.end()) {
            continue;
        }
        const auto department = department_of(*directory, person->second);
        const auto rank = domain::grade_rank(person->second.grade);
        domain::Mentee mentee{subject.subject, {}, department, rank};
        for (const auto& focus : subject.report.focus) {
            mentee.to_develop.push_back(focus.attribute);
        }
        if (!mentee.to_develop.empty()) {
            problem.mentees.push_back(std::move(mentee));
            mentee_people.push_back(&person->second);
        }
        domain::Mentor mentor{subject.subject, {}, settings.capacity, department, rank};
        for (const auto& attribute : subject.report.attributes) {
            const auto average = averages.find(attribute.id);
            if (attribute.others.shown && average != averages.end() &&
                attribute.others.score.mean > average->second) {
                mentor.strengths.emplace(attribute.id, attribute.others.score.mean - average->second);
            }
        }
        if (!mentor.strengths.empty()) {
            problem.mentors.push_back(std::move(mentor));
            mentor_people.push_back(&person->second);
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
        plan.matches.push_back(
            {mentee.name, mentee.email, mentor.name, mentor.email, match.fit,
             domain::describe_reason(match.reason,
                                     area == attribute_names.end() ? match.reason.area.value() : area->second,
                                     mentee.name)});
    }
    for (const auto index : result->unmatched) {
        plan.unmatched.push_back(
            {mentee_people[index]->name, mentee_people[index]->email, "", "", 0.0,
             "No mentor who is allowed and has room is strong where they want to grow."});
    }
    return plan;
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
