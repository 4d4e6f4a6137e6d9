#include "app/reporting/cycle_reports.hpp"

#include <algorithm>
#include <cmath>

#include "domain/people/person.hpp"

namespace leadline::app {

using domain::Result;

namespace {

// The comment order is fixed per report: the same cycle and subject always give the same seed.
std::uint64_t comment_seed(domain::CycleId cycle, domain::PersonId subject) {
    auto mixed = static_cast<std::uint64_t>(cycle.value()) * 0x9e3779b97f4a7c15ULL;
    mixed ^=
        static_cast<std::uint64_t>(subject.value()) + 0x632be59bd9b4e019ULL + (mixed << 6) + (mixed >> 2);
    return mixed;
}

void add_percentiles(std::vector<SubjectReport>& subjects, const domain::Framework& framework) {
    for (std::size_t a = 0; a < framework.attributes.size(); ++a) {
        std::vector<double> means;
        for (const auto& subject : subjects) {
            const auto& cell = subject.report.attributes[a].others;
            if (cell.shown) {
                means.push_back(cell.score.mean);
            }
        }
        if (means.size() < subjects_for_percentiles) {
            continue;
        }
        for (auto& subject : subjects) {
            const auto& cell = subject.report.attributes[a].others;
            if (!cell.shown) {
                continue;
            }
            double below = 0.0;
            for (double mean : means) {
                below += mean < cell.score.mean - 1e-12
                             ? 1.0
                             : (std::abs(mean - cell.score.mean) <= 1e-12 ? 0.5 : 0.0);
            }
            below -= 0.5; // the subject is tied with themselves
            subject.percentiles[framework.attributes[a].id] =
                100.0 * below / static_cast<double>(means.size() - 1);
        }
    }
}

} // namespace

Result<CycleReportSet> CycleReports::all(domain::CycleId cycle_id) {
    auto set = compute(cycle_id);
    if (!set) {
        return set;
    }
    if (auto added = add_changes(*set); !added) {
        return domain::fail(added.error());
    }
    return set;
}

Result<void> CycleReports::add_changes(CycleReportSet& set) {
    auto summaries = m_store.cycles().cycles();
    if (!summaries) {
        return domain::fail(summaries.error());
    }
    std::map<domain::CycleId, const CycleSummary*> summary_of;
    for (const auto& summary : *summaries) {
        summary_of[summary.id] = &summary;
    }
    std::map<domain::CycleId, CycleReportSet> earlier_sets;
    for (auto& subject : set.subjects) {
        auto cycles = m_store.cycles().cycles_of_subject(subject.subject);
        if (!cycles) {
            return domain::fail(cycles.error());
        }
        // The latest published cycle on the same framework before this one (cycles come oldest first).
        std::optional<domain::CycleId> previous;
        for (const auto id : *cycles) {
            if (id == set.cycle) {
                break;
            }
            const auto found = summary_of.find(id);
            if (found != summary_of.end() && found->second->state == domain::CycleState::Published &&
                found->second->framework == set.framework->id.value()) {
                previous = id;
            }
        }
        if (!previous) {
            continue;
        }
        if (!earlier_sets.contains(*previous)) {
            auto earlier = compute(*previous);
            if (!earlier) {
                return domain::fail(earlier.error());
            }
            earlier_sets.emplace(*previous, std::move(*earlier));
        }
        const auto& earlier = earlier_sets.at(*previous);
        const auto* before = find_subject(earlier, subject.subject);
        if (before == nullptr) {
            continue;
        }
        ChangeSincePrevious change{*previous, earlier.cycle_name, std::nullopt, {}};
        if (before->report.others_overall.shown && subject.report.others_overall.shown) {
            change.overall = domain::difference_of_means(before->report.others_overall.score,
                                                         subject.report.others_overall.score);
        }
        for (const auto& now : subject.report.attributes) {
            for (const auto& then : before->report.attributes) {
                if (then.id == now.id && then.others.shown && now.others.shown) {
                    change.attributes.emplace(
                        now.id, domain::difference_of_means(then.others.score, now.others.score));
                }
            }
        }
        subject.previous = std::move(change);
    }
    return {};
}

Result<CycleReportSet> CycleReports::compute(domain::CycleId cycle_id) {
    auto cycle = m_store.cycles().load_cycle(cycle_id);
    if (!cycle) {
        return domain::fail(cycle.error());
    }
    if (cycle->state() != domain::CycleState::Published) {
        return domain::fail(domain::ErrorCode::FailedPrecondition,
                            "Reports are ready once the cycle is published; \"" + cycle->settings().name +
                                "\" is not published yet.");
    }
    const auto& settings = cycle->settings();
    auto framework =
        m_frameworks.get(m_store.frameworks(), settings.framework.value(), settings.framework_version);
    if (!framework) {
        return domain::fail(framework.error());
    }
    auto responses = m_store.responses().submitted_responses(cycle_id);
    if (!responses) {
        return domain::fail(responses.error());
    }
    auto people = m_store.people().people();
    if (!people) {
        return domain::fail(people.error());
    }
    std::map<domain::PersonId, const domain::Person*> person_of;
    for (const auto& person : *people) {
        person_of[person.id] = &person;
    }
    std::map<domain::PersonId, std::vector<domain::SubmittedAnswers>> answers_of;
    for (const auto& response : *responses) {
        answers_of[response.subject].push_back(
            {response.group, response.response.ratings(), response.response.comments()});
    }

    CycleReportSet set;
    set.cycle = cycle_id;
    set.cycle_name = settings.name;
    set.framework = *framework;
    // Two passes: the cycle's norm (others' mean overall score across subjects) splits "in agreement"
    // into high and low, and it needs every subject's overall score first.
    auto build = [&](std::optional<double> norm) -> Result<std::vector<SubjectReport>> {
        std::vector<SubjectReport> built;
        for (const auto& subject : cycle->subjects()) {
            domain::ReportRules rules;
            rules.policy = settings.anonymity;
            rules.comment_order_seed = comment_seed(cycle_id, subject.person);
            rules.norm = norm;
            auto report = domain::build_individual_report(**framework, answers_of[subject.person], rules);
            if (!report) {
                return domain::fail(report.error());
            }
            const auto found = person_of.find(subject.person);
            built.push_back({subject.person,
                             found == person_of.end() ? subject.email : found->second->name,
                             subject.email,
                             std::move(*report),
                             {},
                             std::nullopt});
        }
        return built;
    };
    auto first = build(std::nullopt);
    if (!first) {
        return domain::fail(first.error());
    }
    double total = 0.0;
    int counted = 0;
    for (const auto& subject : *first) {
        if (subject.report.others_overall.shown) {
            total += subject.report.others_overall.score.mean;
            ++counted;
        }
    }
    set.norm =
        counted > 0 ? total / counted : ((*framework)->scale.lowest() + (*framework)->scale.highest()) / 2.0;
    auto second = build(set.norm);
    if (!second) {
        return domain::fail(second.error());
    }
    set.subjects = std::move(*second);
    add_percentiles(set.subjects, **framework);
    return set;
}

std::string report_column_id(const domain::ReportedGroup& group) {
    return group.group ? std::string(domain::to_string(*group.group)) : "other-raters";
}

const SubjectReport* find_subject(const CycleReportSet& set, domain::PersonId person) {
    for (const auto& subject : set.subjects) {
        if (subject.subject == person) {
            return &subject;
        }
    }
    return nullptr;
}

Result<const SubjectReport*> find_subject(const CycleReportSet& set, const std::string& email) {
    const auto wanted = domain::normalise_email(email);
    for (const auto& subject : set.subjects) {
        if (wanted && subject.email == *wanted) {
            return &subject;
        }
    }
    return domain::fail(domain::ErrorCode::NotFound,
                        "\"" + email + "\" is not a subject of \"" + set.cycle_name + "\".");
}

} // namespace leadline::app
