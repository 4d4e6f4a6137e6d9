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

// The matching problem of a published cycle as the settings describe it, with who each index stands for.
struct BuiltMatching {
    domain::MatchingProblem problem;
    std::vector<const domain::Person*> mentee_people;
    std::vector<bool> mentee_chose;
    std::vector<const domain::Person*> mentor_people;
    std::vector<std::set<domain::AttributeId>> mentor_declared_only;
    std::map<domain::AttributeId, std::string> attribute_names;
    Directory directory; // the people above point into it
};

Result<void> build_matching(Store& store, const CycleReportSet& reports, const MentoringSettings& settings,
                            BuiltMatching& built) {
    if (settings.capacity < 1) {
        return domain::fail(domain::ErrorCode::InvalidInput, "A mentor's capacity must be at least 1.");
    }
    auto cycle = store.cycles().load_cycle(reports.cycle);
    if (!cycle) {
        return domain::fail(cycle.error());
    }
    auto read = read_directory(store);
    if (!read) {
        return domain::fail(read.error());
    }
    built.directory = std::move(*read);
    auto* directory = &built.directory;
    const auto averages = attribute_averages(reports);
    auto& attribute_names = built.attribute_names;
    for (const auto& attribute : reports.framework->attributes) {
        attribute_names.emplace(attribute.id, attribute.name);
    }

    // What people chose on their home pages, then the choices file's lines, which replace theirs.
    auto choices = store.mentoring().mentoring_choices(reports.cycle);
    if (!choices) {
        return domain::fail(choices.error());
    }
    if (!settings.choices_csv.empty()) {
        auto filed = read_mentoring_choices(*directory, *reports.framework, settings.choices_csv);
        if (!filed) {
            return domain::fail(filed.error());
        }
        std::erase_if(*choices, [&](const MentoringChoice& stored) {
            return std::any_of(filed->begin(), filed->end(),
                               [&](const MentoringChoice& line) { return line.person == stored.person; });
        });
        choices->insert(choices->end(), filed->begin(), filed->end());
    }
    // Someone who has left takes no part, whatever they chose before.
    std::erase_if(*choices, [&](const MentoringChoice& choice) {
        const auto person = directory->by_id.find(choice.person);
        return person == directory->by_id.end() || person->second.left_at.has_value();
    });

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
    for (const auto& choice : *choices) {
        choice_of.emplace(choice.person, &choice);
        if (report_of.count(choice.person) == 0) {
            people.push_back(choice.person);
        }
    }

    auto& problem = built.problem;
    problem.preferences.different_department = settings.prefer_other_department;
    problem.preferences.more_senior = settings.prefer_more_senior;
    auto& mentee_people = built.mentee_people;
    auto& mentee_chose = built.mentee_chose;
    auto& mentor_people = built.mentor_people;
    auto& mentor_declared_only = built.mentor_declared_only;
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
    return {};
}

// The index of the person with this email among `people`; nothing when they are not there.
std::optional<std::size_t> index_of(const std::vector<const domain::Person*>& people,
                                    const std::string& email) {
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (people[i]->email == email) {
            return i;
        }
    }
    return std::nullopt;
}

// Builds the matching, then gives the kept pairs the settings name, as indexes into it; an error names one
// that is not a mentee or mentor here.
Result<std::vector<domain::KeptPair>> build_with_kept_pairs(Store& store, const CycleReportSet& reports,
                                                            const MentoringSettings& settings,
                                                            BuiltMatching& built) {
    if (auto done = build_matching(store, reports, settings, built); !done) {
        return domain::fail(done.error());
    }
    std::vector<domain::KeptPair> kept;
    for (const auto& [mentee_email, mentor_email] : settings.keep) {
        const auto mentee = index_of(built.mentee_people, mentee_email);
        const auto mentor = index_of(built.mentor_people, mentor_email);
        if (!mentee || !mentor) {
            return domain::fail(domain::ErrorCode::InvalidInput,
                                (!mentee ? mentee_email + " is not someone wanting a mentor"
                                         : mentor_email + " is not someone offering to mentor") +
                                    " in this matching: match again without that change.");
        }
        kept.push_back({*mentee, *mentor});
    }
    return kept;
}

Result<MentoringPlan> describe_plan(const BuiltMatching& built, const CycleReportSet& reports,
                                    const domain::MatchingResult& result,
                                    const std::vector<domain::KeptPair>& kept) {
    const auto& mentee_people = built.mentee_people;
    const auto& mentor_people = built.mentor_people;
    const auto& attribute_names = built.attribute_names;
    MentoringPlan plan;
    plan.cycle_name = reports.cycle_name;
    plan.mentors = built.problem.mentors.size();
    plan.total_fit = result.total_fit;
    plan.best_total_fit = result.total_fit;
    for (const auto& match : result.matches) {
        const auto& mentee = *mentee_people[match.mentee];
        const auto& mentor = *mentor_people[match.mentor];
        const auto area = attribute_names.find(match.reason.area);
        const domain::ReasonSources sources{
            built.mentee_chose[match.mentee],
            built.mentor_declared_only[match.mentor].count(match.reason.area) > 0};
        plan.matches.push_back(
            {mentee.name, mentee.email, mentor.name, mentor.email, match.fit,
             domain::describe_reason(match.reason,
                                     area == attribute_names.end() ? match.reason.area.value() : area->second,
                                     mentee.name, sources)});
        plan.matches.back().kept = std::any_of(kept.begin(), kept.end(), [&](const domain::KeptPair& pair) {
            return pair.mentee == match.mentee && pair.mentor == match.mentor;
        });
    }
    for (const auto index : result.unmatched) {
        plan.unmatched.push_back(
            {mentee_people[index]->name, mentee_people[index]->email, "", "", 0.0,
             "No mentor who is allowed and has room is strong where they want to grow."});
    }
    return plan;
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
    BuiltMatching built;
    auto kept = build_with_kept_pairs(store, reports, settings, built);
    if (!kept) {
        return domain::fail(kept.error());
    }
    auto result = domain::match_mentors_keeping(built.problem, *kept);
    if (!result) {
        return domain::fail(result.error().code,
                            settings.keep.empty() ? result.error().message
                                                  : "That change cannot be made: " + result.error().message);
    }
    auto plan = describe_plan(built, reports, *result, *kept);
    if (plan && !kept->empty()) {
        auto best = domain::match_mentors(built.problem);
        if (!best) {
            return domain::fail(best.error());
        }
        plan->best_total_fit = best->total_fit;
    }
    return plan;
}

Result<std::vector<MentorOption>> mentor_options(Store& store, const CycleReportSet& reports,
                                                 const MentoringSettings& settings,
                                                 const std::string& mentee_email, std::size_t most) {
    BuiltMatching built;
    auto kept = build_with_kept_pairs(store, reports, settings, built);
    if (!kept) {
        return domain::fail(kept.error());
    }
    const auto mentee = index_of(built.mentee_people, mentee_email);
    if (!mentee) {
        return domain::fail(domain::ErrorCode::NotFound,
                            mentee_email + " is not someone wanting a mentor here.");
    }
    std::erase_if(*kept, [&](const domain::KeptPair& pair) { return pair.mentee == *mentee; });
    const auto& problem = built.problem;
    std::vector<std::pair<double, std::size_t>> fits; // the mentee's allowed mentors, best fit first
    for (std::size_t j = 0; j < problem.mentors.size(); ++j) {
        const auto& mentor = problem.mentors[j];
        const double fit = domain::mentoring_fit(problem.mentees[*mentee], mentor, problem.preferences);
        if (fit > 0.0 && mentor.person != problem.mentees[*mentee].person &&
            problem.excluded.count({problem.mentees[*mentee].person, mentor.person}) == 0) {
            fits.emplace_back(fit, j);
        }
    }
    std::stable_sort(fits.begin(), fits.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<MentorOption> options;
    for (const auto& [fit, j] : fits) {
        if (options.size() == most) {
            break;
        }
        auto with = *kept;
        with.push_back({*mentee, j});
        auto result = domain::match_mentors_keeping(problem, with);
        if (!result) {
            continue; // no room left with the other kept pairs
        }
        const auto* mentor = built.mentor_people[j];
        options.push_back(
            {mentor->name, mentor->email, department_of(built.directory, *mentor), fit, result->total_fit});
    }
    return options;
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
