#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/feedback/anonymity_policy.hpp"
#include "domain/feedback/rater_group.hpp"
#include "domain/feedback/response.hpp"
#include "domain/framework/framework.hpp"
#include "domain/statistics/descriptive.hpp"
#include "domain/statistics/estimate.hpp"

namespace leadline::domain {

// One submitted response, as the report reads it: who the rater is to the subject, and the answers.
struct SubmittedAnswers {
    RaterGroup group = RaterGroup::Other;
    std::map<BehaviourId, Rating> ratings;
    std::map<Response::CommentKey, std::string> comments;
};

struct ReportRules {
    AnonymityPolicy policy;
    // Comments are shown in an order shuffled with this seed: the same report always reads the same.
    std::uint64_t comment_order_seed = 0;
    // Others' mean score across the cycle, which splits "in agreement" into high and low; without
    // one, the scale's midpoint does.
    std::optional<double> norm;
};

// A column of the report: one rater group, or "other raters" (no group) merged from groups too small
// to be shown alone.
struct ReportedGroup {
    std::optional<RaterGroup> group;
    int responses = 0;
};

// How a column is named wherever a report is read: the group's name, or "Other raters".
[[nodiscard]] std::string label_of(const ReportedGroup& group);

// One number in the report and its uncertainty. When too few raters gave an answer it is not shown,
// and then carries no figures at all.
struct ReportCell {
    bool shown = false;
    Summary score;
    int not_observed = 0;
};

// A difference and its 90% interval: self minus others, or how far an attribute's gap stands apart
// from the subject's gap elsewhere. The interval carries the error of both sides.
struct Gap {
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
    bool has_interval = false;
};

// NotClear: the gap's interval is too wide to say either that the views differ or that they agree.
enum class SelfAwareness { OverEstimator, UnderEstimator, InAgreementHigh, InAgreementLow, NotClear };

struct BehaviourResult {
    BehaviourId id;
    std::optional<double> self;
    ReportCell others;
    std::vector<ReportCell> by_group; // in the order of IndividualReport::groups
};

struct AttributeResult {
    AttributeId id;
    std::string name;
    std::optional<double> self;
    ReportCell others;
    std::vector<ReportCell> by_group;
    std::optional<Gap> gap;
    // This attribute's gap minus the subject's gap on the other attributes; none when it cannot be
    // tested (no self-view, fewer than two raters, no other attribute).
    std::optional<Gap> stands_out;
    // The same as an estimate with its error, for the flags' test; only while the answers are held
    // (kept reports carry their flags, not this).
    std::optional<Estimate> standing_out_test;
    std::optional<double> agreement; // rwg(J) among others
    bool blind_spot = false;
    bool hidden_strength = false;
    bool raters_disagree = false;
    std::optional<SelfAwareness> self_awareness;
    std::vector<std::string> strengths;
    std::vector<std::string> to_develop;
    std::vector<BehaviourResult> behaviours;
};

struct RankedBehaviour {
    BehaviourId id;
    AttributeId attribute;
    double mean = 0.0;
};

struct FocusArea {
    AttributeId attribute;
    std::string reason;
    std::vector<DevelopmentIdea> stretch_experiences;
    std::vector<DevelopmentIdea> micro_actions;
};

struct IndividualReport {
    std::vector<ReportedGroup> groups;
    bool some_group_merged = false;   // shown inside "other raters"
    bool some_group_left_out = false; // too small even when merged; never says which or how small
    std::vector<AttributeResult> attributes;
    std::optional<double> self_overall;
    ReportCell others_overall;
    std::optional<Gap> overall_gap;
    std::optional<SelfAwareness> self_awareness;
    // What this report could find, four times in five: how far an attribute must stand apart from the
    // subject's own pattern to be flagged (the middle of the attributes' figures), and how large a
    // general gap between self and others must be to be called over- or under-estimation.
    std::optional<double> detectable_standing_out;
    std::optional<double> detectable_overall_gap;
    std::vector<RankedBehaviour> highest; // five, more when tied with the fifth
    std::vector<RankedBehaviour> lowest;
    std::vector<FocusArea> focus; // up to three attributes
};

// The practical differences the tests use, scaled with the rating scale's range (points on a 1 to 5
// scale). A flag needs the estimate of how far an attribute stands apart beyond standing_out_margin
// (0.5) as well as passing flag_standing_out's test; "over-" or "under-estimator" needs the overall gap's 90%
// interval to leave out zero and the gap to exceed agreement_band (0.3); "in agreement" needs the interval
// inside plus or minus notable_gap (0.5). Method and reasons: docs/methodology/report.md.
[[nodiscard]] double notable_gap(const RatingScale& scale);
[[nodiscard]] double standing_out_margin(const RatingScale& scale);
[[nodiscard]] double agreement_band(const RatingScale& scale);
inline constexpr double disagreement_below = 0.7; // rwg(J)

// The aggregation a report starts from, alone: per attribute (in the framework's order), the cells by
// report column (in `groups` order) of the raters' attribute scores, anonymity applied. The report
// computes the same cells with the same code; the benchmark compares this step with SQL engines.
struct CellAggregation {
    std::vector<ReportedGroup> groups;
    std::vector<std::vector<ReportCell>> attributes;
};
[[nodiscard]] CellAggregation aggregate_attribute_cells(const Framework& framework,
                                                        std::span<const SubmittedAnswers> responses,
                                                        const ReportRules& rules);

// Computes a subject's report from their cycle's submitted responses. Method and sources:
// docs/methodology/report.md. Pure: the same answers and rules always give the same report.
[[nodiscard]] Result<IndividualReport> build_individual_report(const Framework& framework,
                                                               std::span<const SubmittedAnswers> responses,
                                                               const ReportRules& rules);

// How blind spots and hidden strengths are decided. The report uses BoundBeyondMargin: an attribute
// is flagged when the one-sided 95% bound of how far it stands apart from the subject's own pattern
// lies beyond standing_out_margin, and the gap itself is on the flag's side. Two rules that look
// across a cycle's reports were measured against it and not chosen (docs/methodology/report.md,
// "Checked on rater models"): FalseDiscoveryRate, tests against no difference through Benjamini and
// Hochberg's procedure at 10% over all the reports given, with the estimate beyond the margin; and
// Shrunk, the same bound after each estimate is shrunk towards zero by the spread across the reports.
enum class FlagRule { BoundBeyondMargin, FalseDiscoveryRate, Shrunk };

// Raises the flags, what each report could detect and where it suggests to focus, for a set of reports
// (one report, or a cycle's under FalseDiscoveryRate). build_individual_report calls it; only reports
// built from answers carry the tests it reads.
void flag_standing_out(std::span<IndividualReport* const> reports, const Framework& framework,
                       FlagRule rule = FlagRule::BoundBeyondMargin);

// Splits "in agreement" by a norm found after the report was built (others' mean across the cycle,
// which needs every report first): the same as building it with that norm in its rules.
void apply_norm(IndividualReport& report, const RatingScale& scale, double norm);

[[nodiscard]] std::string_view to_string(SelfAwareness category);

} // namespace leadline::domain
