#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/frameworks/framework_cache.hpp"
#include "app/ports/store.hpp"
#include "domain/reporting/individual_report.hpp"
#include "domain/statistics/descriptive.hpp"

namespace leadline::app {

// How others' scores moved since the subject's previous published cycle on the same framework.
struct ChangeSincePrevious {
    domain::CycleId cycle;
    std::string cycle_name;
    std::optional<domain::Difference> overall;
    std::map<domain::AttributeId, domain::Difference> attributes; // where both cycles show a figure
};

struct SubjectReport {
    domain::PersonId subject;
    std::string name;
    std::string email;
    domain::IndividualReport report;
    // Per attribute, the share of the cycle's subjects (0 to 100) whom others rate lower, ties
    // counted half; only when at least 10 subjects have a figure for that attribute.
    std::map<domain::AttributeId, double> percentiles;
    std::optional<ChangeSincePrevious> previous;
};

struct CycleReportSet {
    domain::CycleId cycle;
    std::string cycle_name;
    std::shared_ptr<const domain::Framework> framework;
    double norm = 0.0; // others' mean overall score across the cycle's subjects
    std::vector<SubjectReport> subjects;
};

inline constexpr std::size_t subjects_for_percentiles = 10;

// Every subject's report for a published cycle, computed from the submitted responses with the
// cycle's own anonymity policy and framework version, or read back as they were kept when the answers
// were deleted (retention). Refused (FailedPrecondition) before publishing.
class CycleReports {
  public:
    CycleReports(Store& store, FrameworkCache& frameworks) : m_store(store), m_frameworks(frameworks) {}

    [[nodiscard]] domain::Result<CycleReportSet> all(domain::CycleId cycle);
    // Every report of the cycle, without comparing with earlier cycles: from the reports kept when its
    // answers were deleted, or else drawn from its answers.
    [[nodiscard]] domain::Result<CycleReportSet> as_published(domain::CycleId cycle);

  private:
    [[nodiscard]] domain::Result<void> add_changes(CycleReportSet& set);
    [[nodiscard]] domain::Result<CycleReportSet>
    kept_reports(const std::string& snapshot, std::shared_ptr<const domain::Framework> framework);

    Store& m_store;
    FrameworkCache& m_frameworks;
};

// A cycle's submitted answers in memory, by subject.
using AnswersBySubject = std::map<domain::PersonId, std::vector<domain::SubmittedAnswers>>;

[[nodiscard]] AnswersBySubject answers_by_subject(std::vector<CycleResponse> responses);

// Every subject's report of a cycle from its answers already in memory: what publishing computes once
// the database has been read (CycleReports::all reads it, then calls this). Subjects missing from
// names are named by their email.
[[nodiscard]] domain::Result<CycleReportSet>
build_cycle_reports(const domain::FeedbackCycle& cycle, std::shared_ptr<const domain::Framework> framework,
                    const std::map<domain::PersonId, std::string>& names, const AnswersBySubject& answers);

// Only the attribute cells by report column of every subject, in the cycle's subject order: the
// aggregation the reports start from, computed by the same code, shared out between the cores the
// same way. For the benchmark that compares it with SQL engines (bench/reports).
[[nodiscard]] std::vector<domain::CellAggregation> aggregate_cycle_cells(const domain::FeedbackCycle& cycle,
                                                                         const domain::Framework& framework,
                                                                         const AnswersBySubject& answers);

// A report column's identifier in JSON and CSV: the rater group's ("peer", "line-manager") or
// "other-raters".
[[nodiscard]] std::string report_column_id(const domain::ReportedGroup& group);

// One subject's report in the set, found by email (any case); NotFound names the cycle.
[[nodiscard]] domain::Result<const SubjectReport*> find_subject(const CycleReportSet& set,
                                                                const std::string& email);

// One subject's report in the set by their person id; nullptr when they are not a subject.
[[nodiscard]] const SubjectReport* find_subject(const CycleReportSet& set, domain::PersonId person);

} // namespace leadline::app
