#include "app/reporting/cycle_reports.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

#include "app/reporting/report_snapshot.hpp"
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
    constexpr double tie = 1e-12;
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
        std::sort(means.begin(), means.end());
        for (auto& subject : subjects) {
            const auto& cell = subject.report.attributes[a].others;
            if (!cell.shown) {
                continue;
            }
            const auto lower = std::lower_bound(means.begin(), means.end(), cell.score.mean - tie);
            const auto upper = std::upper_bound(lower, means.end(), cell.score.mean + tie);
            // Ties count half, and the subject is tied with themselves.
            const double below =
                static_cast<double>(lower - means.begin()) + 0.5 * static_cast<double>(upper - lower) - 0.5;
            subject.percentiles[framework.attributes[a].id] =
                100.0 * below / static_cast<double>(means.size() - 1);
        }
    }
}

// Builds the reports of subjects [begin, end) into place; the first problem stops the work.
domain::Result<void> build_range(const domain::FeedbackCycle& cycle, const domain::Framework& framework,
                                 const std::map<domain::PersonId, std::string>& names,
                                 const AnswersBySubject& answers, std::vector<SubjectReport>& reports,
                                 std::size_t begin, std::size_t end) {
    const std::vector<domain::SubmittedAnswers> none;
    const auto& settings = cycle.settings();
    for (std::size_t s = begin; s < end; ++s) {
        const auto& subject = cycle.subjects()[s];
        domain::ReportRules rules;
        rules.policy = settings.anonymity;
        rules.comment_order_seed = comment_seed(cycle.id(), subject.person);
        const auto found_answers = answers.find(subject.person);
        auto report = domain::build_individual_report(
            framework, found_answers == answers.end() ? none : found_answers->second, rules);
        if (!report) {
            return domain::fail(report.error());
        }
        const auto found = names.find(subject.person);
        reports[s] = {subject.person,
                      found == names.end() ? subject.email : found->second,
                      subject.email,
                      std::move(*report),
                      {},
                      std::nullopt};
    }
    return {};
}

// Reports are independent of each other: a large cycle is shared out between the cores. Calls
// work(begin, end) once per share of [0, count), this thread taking the last; one outcome per share.
template <typename Work> std::vector<domain::Result<void>> share_out(std::size_t count, Work work) {
    constexpr std::size_t smallest_share = 256;
    const std::size_t workers =
        std::clamp<std::size_t>(count / smallest_share, 1, std::max(1U, std::thread::hardware_concurrency()));
    std::vector<domain::Result<void>> outcomes(workers);
    std::vector<std::jthread> threads;
    for (std::size_t w = 0; w < workers; ++w) {
        const std::size_t begin = count * w / workers;
        const std::size_t end = count * (w + 1) / workers;
        auto run = [&outcomes, &work, w, begin, end] { outcomes[w] = work(begin, end); };
        if (w + 1 == workers) {
            run();
        } else {
            threads.emplace_back(run);
        }
    }
    threads.clear(); // joins
    return outcomes;
}

// Everyone's name as the directory has it today, by person: reports name people as they are named now.
Result<std::map<domain::PersonId, std::string>> directory_names(Store& store) {
    auto people = store.people().people();
    if (!people) {
        return domain::fail(people.error());
    }
    std::map<domain::PersonId, std::string> names;
    for (auto& person : *people) {
        names.emplace(person.id, std::move(person.name));
    }
    return names;
}

} // namespace

std::vector<domain::CellAggregation> aggregate_cycle_cells(const domain::FeedbackCycle& cycle,
                                                           const domain::Framework& framework,
                                                           const AnswersBySubject& answers) {
    const std::vector<domain::SubmittedAnswers> none;
    domain::ReportRules rules;
    rules.policy = cycle.settings().anonymity;
    std::vector<domain::CellAggregation> cells(cycle.subjects().size());
    share_out(cells.size(), [&](std::size_t begin, std::size_t end) -> domain::Result<void> {
        for (std::size_t s = begin; s < end; ++s) {
            const auto found = answers.find(cycle.subjects()[s].person);
            cells[s] = domain::aggregate_attribute_cells(
                framework, found == answers.end() ? none : found->second, rules);
        }
        return {};
    });
    return cells;
}

Result<CycleReportSet> CycleReports::all(domain::CycleId cycle_id) {
    auto set = as_published(cycle_id);
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
            auto earlier = as_published(*previous);
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
        // Two means on the scale differ by at most its range, so no interval reaches beyond that.
        const auto range =
            static_cast<double>(set.framework->scale.highest() - set.framework->scale.lowest());
        if (before->report.others_overall.shown && subject.report.others_overall.shown) {
            change.overall =
                domain::bounded_to(domain::difference_of_means(before->report.others_overall.score,
                                                               subject.report.others_overall.score),
                                   range);
        }
        for (const auto& now : subject.report.attributes) {
            for (const auto& then : before->report.attributes) {
                if (then.id == now.id && then.others.shown && now.others.shown) {
                    change.attributes.emplace(
                        now.id, domain::bounded_to(
                                    domain::difference_of_means(then.others.score, now.others.score), range));
                }
            }
        }
        subject.previous = std::move(change);
    }
    return {};
}

// The reports kept when the cycle's answers were deleted, named as the directory names people today (as
// reports drawn from answers are): an erased person is "Erased person" here too.
Result<CycleReportSet> CycleReports::kept_reports(const std::string& snapshot,
                                                  std::shared_ptr<const domain::Framework> framework) {
    auto kept = reports_from_snapshot(snapshot, std::move(framework));
    if (!kept) {
        return kept;
    }
    auto names = directory_names(m_store);
    if (!names) {
        return domain::fail(names.error());
    }
    for (auto& subject : kept->subjects) {
        if (const auto found = names->find(subject.subject); found != names->end()) {
            subject.name = found->second;
        }
    }
    return kept;
}

Result<CycleReportSet> CycleReports::as_published(domain::CycleId cycle_id) {
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
    auto snapshot = m_store.cycles().report_snapshot(cycle_id);
    if (!snapshot) {
        return domain::fail(snapshot.error());
    }
    if (*snapshot) {
        auto kept = kept_reports((*snapshot)->body, *framework);
        if (kept) {
            kept->cycle_name = settings.name;
        }
        return kept;
    }
    auto responses = m_store.responses().submitted_responses(cycle_id);
    if (!responses) {
        return domain::fail(responses.error());
    }
    auto names = directory_names(m_store);
    if (!names) {
        return domain::fail(names.error());
    }
    return build_cycle_reports(*cycle, *framework, *names, answers_by_subject(std::move(*responses)));
}

AnswersBySubject answers_by_subject(std::vector<CycleResponse> responses) {
    AnswersBySubject answers;
    for (auto& response : responses) {
        answers[response.subject].push_back(
            {response.group, response.response.ratings(), response.response.comments()});
        // The answers are copied; the memory they used is given back now, not after every subject.
        response.response.restore(domain::ResponseState::Submitted, {}, {});
    }
    return answers;
}

Result<CycleReportSet> build_cycle_reports(const domain::FeedbackCycle& cycle,
                                           std::shared_ptr<const domain::Framework> framework,
                                           const std::map<domain::PersonId, std::string>& names,
                                           const AnswersBySubject& answers) {
    const auto& settings = cycle.settings();
    CycleReportSet set;
    set.cycle = cycle.id();
    set.cycle_name = settings.name;
    set.framework = std::move(framework);
    const std::size_t subjects = cycle.subjects().size();
    set.subjects.resize(subjects);
    const auto outcomes = share_out(subjects, [&](std::size_t begin, std::size_t end) {
        return build_range(cycle, *set.framework, names, answers, set.subjects, begin, end);
    });
    for (const auto& outcome : outcomes) {
        if (!outcome) {
            return domain::fail(outcome.error());
        }
    }
    // The cycle's norm (others' mean overall score across subjects) splits "in agreement" into high
    // and low; it needs every subject's overall score first.
    double total = 0.0;
    int counted = 0;
    for (const auto& subject : set.subjects) {
        if (subject.report.others_overall.shown) {
            total += subject.report.others_overall.score.mean;
            ++counted;
        }
    }
    set.norm = counted > 0 ? total / counted
                           : (set.framework->scale.lowest() + set.framework->scale.highest()) / 2.0;
    for (auto& subject : set.subjects) {
        domain::apply_norm(subject.report, set.framework->scale, set.norm);
    }
    add_percentiles(set.subjects, *set.framework);
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
