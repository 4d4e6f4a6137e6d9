#include "domain/reporting/individual_report.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "domain/core/rng.hpp"
#include "domain/reporting/gap_tests.hpp"
#include "domain/reporting/report_columns.hpp"
#include "domain/statistics/agreement.hpp"
#include "domain/statistics/false_discovery.hpp"

namespace leadline::domain {

namespace {

double range_of(const RatingScale& scale) {
    return static_cast<double>(scale.highest() - scale.lowest());
}

std::optional<double> mean_of(const std::vector<double>& values) {
    if (values.empty()) {
        return std::nullopt;
    }
    double total = 0.0;
    for (double value : values) {
        total += value;
    }
    return total / static_cast<double>(values.size());
}

double sample_variance(const std::vector<double>& values) {
    const double mean = *mean_of(values);
    double squares = 0.0;
    for (double value : values) {
        squares += (value - mean) * (value - mean);
    }
    return squares / static_cast<double>(values.size() - 1);
}

// Every response's ratings laid out by the framework's behaviour order, read once from the answers'
// maps: value(i, b) is NaN where response i gave no rating or "not observed" for behaviour b.
class DenseAnswers {
  public:
    DenseAnswers(const Framework& framework, std::span<const SubmittedAnswers> responses) {
        std::vector<std::pair<const BehaviourId*, std::size_t>> by_id;
        for (const auto& attribute : framework.attributes) {
            for (const auto& behaviour : attribute.behaviours) {
                by_id.emplace_back(&behaviour.id, by_id.size());
            }
        }
        m_behaviours = by_id.size();
        std::sort(by_id.begin(), by_id.end(),
                  [](const auto& a, const auto& b) { return *a.first < *b.first; });
        m_values.assign(responses.size() * m_behaviours, std::numeric_limits<double>::quiet_NaN());
        m_unobserved.assign(responses.size() * m_behaviours, 0);
        for (std::size_t i = 0; i < responses.size(); ++i) {
            // Both are sorted by behaviour id, so one walk through each matches them up.
            auto known = by_id.begin();
            for (const auto& [id, rating] : responses[i].ratings) {
                while (known != by_id.end() && *known->first < id) {
                    ++known;
                }
                if (known == by_id.end()) {
                    break;
                }
                if (*known->first == id) {
                    const std::size_t at = i * m_behaviours + known->second;
                    if (rating.observed()) {
                        m_values[at] = rating.value();
                    } else {
                        m_unobserved[at] = 1;
                    }
                }
            }
        }
    }

    [[nodiscard]] double value(std::size_t response, std::size_t behaviour) const {
        return m_values[response * m_behaviours + behaviour];
    }
    [[nodiscard]] bool unobserved(std::size_t response, std::size_t behaviour) const {
        return m_unobserved[response * m_behaviours + behaviour] != 0;
    }

  private:
    std::size_t m_behaviours = 0;
    std::vector<double> m_values;
    std::vector<unsigned char> m_unobserved;
};

// One rater's view of an attribute: the mean of the behaviours they observed.
std::optional<double> attribute_score(const DenseAnswers& answers, std::size_t response, std::size_t first,
                                      std::size_t behaviours) {
    double total = 0.0;
    int observed = 0;
    for (std::size_t b = first; b < first + behaviours; ++b) {
        const double value = answers.value(response, b);
        if (!std::isnan(value)) {
            total += value;
            ++observed;
        }
    }
    if (observed == 0) {
        return std::nullopt;
    }
    return total / observed;
}

// Fills the cells of one level (a behaviour, an attribute or the whole) from each rater's score at
// that level. A column's cell is shown when enough raters in it have a score; "others" then uses
// only shown cells, so no figure can be taken from another to uncover a hidden one.
struct Level {
    std::vector<ReportCell> by_group;
    ReportCell others;
    std::vector<std::size_t> raters_counted; // response indexes inside shown cells
};

// Buffers fill_level reuses from one level to the next, rather than allocating for each.
struct LevelScratch {
    std::vector<std::size_t> start; // where each column's values begin in values, and the end
    std::vector<double> values;     // grouped by column, in response order within a column
    std::vector<std::size_t> who;   // the response each value came from
    std::vector<int> unobserved;    // per column
    std::vector<double> shown;      // the values of shown columns, in column order
};

// Every interval is kept inside the scale (bounded_to): method in docs/methodology/report.md.
Level fill_level(const ReportColumns& columns, std::span<const std::optional<double>> scores,
                 std::span<const int> not_observed, const RatingScale& scale, LevelScratch& scratch) {
    Level level;
    const std::size_t column_count = columns.groups.size();
    auto& start = scratch.start;
    start.assign(column_count + 1, 0);
    scratch.unobserved.assign(column_count, 0);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!columns.column_of[i]) {
            continue;
        }
        const auto column = static_cast<std::size_t>(*columns.column_of[i]);
        scratch.unobserved[column] += not_observed[i];
        if (scores[i]) {
            ++start[column + 1];
        }
    }
    for (std::size_t column = 0; column < column_count; ++column) {
        start[column + 1] += start[column];
    }
    scratch.values.resize(start.back());
    scratch.who.resize(start.back());
    auto next = std::vector<std::size_t>(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (columns.column_of[i] && scores[i]) {
            const std::size_t at = next[static_cast<std::size_t>(*columns.column_of[i])]++;
            scratch.values[at] = *scores[i];
            scratch.who[at] = i;
        }
    }
    scratch.shown.clear();
    level.by_group.reserve(column_count);
    for (std::size_t column = 0; column < column_count; ++column) {
        ReportCell cell;
        const std::size_t first = start[column];
        const std::size_t n = start[column + 1] - first;
        if (static_cast<int>(n) >= columns.minimums[column]) {
            const std::span<const double> values(scratch.values.data() + first, n);
            cell.shown = true;
            cell.score = bounded_to(summarise(values), scale.lowest(), scale.highest());
            cell.not_observed = scratch.unobserved[column];
            scratch.shown.insert(scratch.shown.end(), values.begin(), values.end());
            level.raters_counted.insert(level.raters_counted.end(),
                                        scratch.who.begin() + static_cast<std::ptrdiff_t>(first),
                                        scratch.who.begin() + static_cast<std::ptrdiff_t>(first + n));
            level.others.not_observed += scratch.unobserved[column];
        }
        level.by_group.push_back(cell);
    }
    if (!scratch.shown.empty()) {
        level.others.shown = true;
        level.others.score = bounded_to(summarise(scratch.shown), scale.lowest(), scale.highest());
    }
    return level;
}

// Each rater's score for one attribute (behaviours [first, first + behaviours) of the dense answers)
// and how many of its behaviours they marked "not observed", then the attribute's cells.
Level attribute_level(const DenseAnswers& answers, const ReportColumns& columns, std::size_t first,
                      std::size_t behaviours, std::vector<std::optional<double>>& scores,
                      std::vector<int>& unobserved, const RatingScale& scale, LevelScratch& scratch) {
    const std::size_t count = columns.column_of.size();
    scores.resize(count);
    unobserved.assign(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        scores[i] = attribute_score(answers, i, first, behaviours);
        for (std::size_t b = first; b < first + behaviours; ++b) {
            unobserved[i] += answers.unobserved(i, b) ? 1 : 0;
        }
    }
    return fill_level(columns, scores, unobserved, scale, scratch);
}

// A gap's interval keeps to the differences the scale allows: self and others both lie on it, so a gap
// lies within the scale's range either way, and a difference of two gaps within twice that.
Gap gap_from(const Estimate& estimate, const RatingScale& scale, double ranges = 1.0) {
    const auto range = ranges * range_of(scale);
    const auto interval = interval_of(estimate);
    return {estimate.value, std::clamp(interval.low, -range, range), std::clamp(interval.high, -range, range),
            true};
}

// Self minus others, with the error of both: others' mean rests on its raters, the self-view on its
// answers (docs/methodology/report.md, "Scores and their uncertainty").
std::optional<Gap> gap_between(const SubjectScores& scores, const std::vector<std::size_t>& self_attributes,
                               const ReportCell& others, const RatingScale& scale,
                               std::optional<Estimate>* estimate = nullptr) {
    if (self_attributes.empty() || !others.shown) {
        return std::nullopt;
    }
    const auto self = self_estimate(scores, self_attributes);
    const auto others_mean = others_estimate(others.score);
    if (!others_mean) {
        return Gap{self.value - others.score.mean, self.value - others.score.mean,
                   self.value - others.score.mean, false};
    }
    const auto difference = difference_of(self, *others_mean);
    if (estimate != nullptr) {
        *estimate = difference;
    }
    return gap_from(difference, scale);
}

// Over- or under-estimation needs the interval clear of zero and a gap beyond the band; agreement needs
// the interval inside the notable gap either way. Anything else cannot be told with these raters.
std::optional<SelfAwareness> categorise(const std::optional<Gap>& gap, const ReportCell& others,
                                        const RatingScale& scale, double norm) {
    if (!gap) {
        return std::nullopt;
    }
    if (!gap->has_interval) {
        return SelfAwareness::NotClear;
    }
    const double band = agreement_band(scale);
    const double notable = notable_gap(scale);
    if (gap->low > 0.0 && gap->value > band) {
        return SelfAwareness::OverEstimator;
    }
    if (gap->high < 0.0 && gap->value < -band) {
        return SelfAwareness::UnderEstimator;
    }
    if (gap->low >= -notable && gap->high <= notable) {
        return others.score.mean >= norm ? SelfAwareness::InAgreementHigh : SelfAwareness::InAgreementLow;
    }
    return SelfAwareness::NotClear;
}

// Two shown columns whose means differ by more than the notable gap, beyond their 90% Welch interval:
// camps of raters that see the subject differently, which rwg(J) can miss when the rest agree.
bool groups_differ(const std::vector<ReportCell>& by_group, const RatingScale& scale) {
    const double notable = notable_gap(scale);
    for (std::size_t a = 0; a < by_group.size(); ++a) {
        for (std::size_t b = a + 1; b < by_group.size(); ++b) {
            if (!by_group[a].shown || !by_group[b].shown) {
                continue;
            }
            const auto difference = difference_of_means(by_group[a].score, by_group[b].score);
            if (difference.has_interval && (difference.low > notable || difference.high < -notable)) {
                return true;
            }
        }
    }
    return false;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// How far each attribute stands apart from the subject's own pattern, as an estimate for the flags'
// test and as a 90% interval for the reader.
void test_standing_out(std::vector<AttributeResult>& attributes, const SubjectScores& scores,
                       const RatingScale& scale) {
    for (std::size_t a = 0; a < attributes.size(); ++a) {
        auto& attribute = attributes[a];
        const auto estimate = attribute.gap ? standing_out(scores, a) : std::nullopt;
        if (estimate) {
            attribute.standing_out_test = estimate;
            attribute.stands_out = gap_from(*estimate, scale, 2.0);
        }
    }
}

// The one-sided p-values of "stands out upwards" (a blind spot) and "downwards" (a hidden strength),
// each against no difference.
std::pair<double, double> one_sided_p_values(const Estimate& estimate) {
    if (estimate.standard_error == 0.0) {
        return {estimate.value > 0.0 ? 0.0 : 1.0, estimate.value < 0.0 ? 0.0 : 1.0};
    }
    const double below = t_probability(estimate.value / estimate.standard_error, estimate.degrees_of_freedom);
    return {1.0 - below, below};
}

std::vector<RankedBehaviour> ranked(const std::vector<RankedBehaviour>& all, bool highest_first) {
    // Sorted by mean, equal means kept in framework order.
    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (all[a].mean != all[b].mean) {
            return highest_first ? all[a].mean > all[b].mean : all[a].mean < all[b].mean;
        }
        return a < b;
    });
    constexpr std::size_t shown = 5;
    std::size_t end = std::min(shown, order.size());
    while (end > 0 && end < order.size() &&
           std::abs(all[order[end]].mean - all[order[shown - 1]].mean) < 1e-9) {
        ++end; // a behaviour tied with the fifth is shown too, rather than dropped by list order
    }
    std::vector<RankedBehaviour> result;
    result.reserve(end);
    for (std::size_t i = 0; i < end; ++i) {
        result.push_back(all[order[i]]);
    }
    return result;
}

std::uint64_t mix(std::uint64_t seed, std::uint64_t value) {
    return (seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

std::vector<std::string> comments_for(std::span<const SubmittedAnswers> responses,
                                      const ReportColumns& columns, const AnonymityPolicy& policy,
                                      const AttributeId& attribute, CommentKind kind, std::uint64_t seed) {
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < responses.size(); ++i) {
        if (!columns.column_of[i]) {
            continue;
        }
        const auto column = static_cast<std::size_t>(*columns.column_of[i]);
        if (!policy.comments_can_be_shown(columns.groups[column].responses)) {
            continue;
        }
        const auto found = responses[i].comments.find({attribute, kind});
        if (found != responses[i].comments.end() && !found->second.empty()) {
            texts.push_back(found->second);
        }
    }
    // Sorted first, so the order does not follow the order answers were stored in (which would
    // follow who answered first), then shuffled the same way every time this report is shown.
    if (texts.size() > 1) {
        std::sort(texts.begin(), texts.end());
        Rng rng(seed);
        rng.shuffle(texts);
    }
    return texts;
}

std::vector<FocusArea> focus_areas(const Framework& framework, const std::vector<AttributeResult>& results) {
    std::vector<const AttributeResult*> blind_spots;
    std::vector<const AttributeResult*> others_seen;
    for (const auto& result : results) {
        if (result.blind_spot) {
            blind_spots.push_back(&result);
        } else if (result.others.shown && !result.hidden_strength) {
            others_seen.push_back(&result);
        }
    }
    std::stable_sort(blind_spots.begin(), blind_spots.end(),
                     [](const auto* a, const auto* b) { return a->gap->value > b->gap->value; });
    std::stable_sort(others_seen.begin(), others_seen.end(), [](const auto* a, const auto* b) {
        return a->others.score.mean < b->others.score.mean;
    });
    std::vector<FocusArea> focus;
    constexpr std::size_t most = 3;
    auto add = [&](const AttributeResult& result, std::string reason) {
        if (focus.size() >= most) {
            return;
        }
        const auto* attribute = framework.find_attribute(result.id);
        focus.push_back(
            {result.id, std::move(reason), attribute->stretch_experiences, attribute->micro_actions});
    };
    for (const auto* result : blind_spots) {
        add(*result,
            "Others rate this lower than you rate yourself, by clearly more than on your other attributes.");
    }
    for (const auto* result : others_seen) {
        add(*result, "Among the attributes others rate lowest for you.");
    }
    return focus;
}

} // namespace

double notable_gap(const RatingScale& scale) {
    return 0.125 * range_of(scale);
}

double standing_out_margin(const RatingScale& scale) {
    return 0.125 * range_of(scale);
}

double agreement_band(const RatingScale& scale) {
    return 0.075 * range_of(scale);
}

void apply_norm(IndividualReport& report, const RatingScale& scale, double norm) {
    for (auto& attribute : report.attributes) {
        attribute.self_awareness = categorise(attribute.gap, attribute.others, scale, norm);
    }
    report.self_awareness = categorise(report.overall_gap, report.others_overall, scale, norm);
}

std::string_view to_string(SelfAwareness category) {
    switch (category) {
    case SelfAwareness::OverEstimator:
        return "over-estimator";
    case SelfAwareness::UnderEstimator:
        return "under-estimator";
    case SelfAwareness::InAgreementHigh:
        return "in-agreement-high";
    case SelfAwareness::InAgreementLow:
        return "in-agreement-low";
    case SelfAwareness::NotClear:
        return "not-clear";
    }
    return "in-agreement-low";
}

Result<IndividualReport> build_individual_report(const Framework& framework,
                                                 std::span<const SubmittedAnswers> responses,
                                                 const ReportRules& rules) {
    if (framework.scale.points.size() < 2) {
        return fail(ErrorCode::InvalidInput, "The framework's rating scale needs at least two points.");
    }
    const auto columns = assign_columns(responses, rules.policy);
    IndividualReport report;
    report.groups = columns.groups;
    report.some_group_merged = columns.some_group_merged;
    report.some_group_left_out = columns.some_group_left_out;
    const double norm = rules.norm.value_or((framework.scale.lowest() + framework.scale.highest()) / 2.0);
    const bool has_self = columns.self.has_value();
    const std::size_t count = responses.size();
    const DenseAnswers answers(framework, responses);
    std::size_t first_behaviour = 0;

    std::vector<RankedBehaviour> behaviour_means;
    // Per response, the sum and count of its attribute scores, for its overall score.
    std::vector<double> overall_sum(count, 0.0);
    std::vector<int> overall_parts(count, 0);
    std::vector<int> attribute_unobserved(count, 0);
    std::vector<double> observed;
    std::vector<double> self_parts;
    LevelScratch scratch;
    std::vector<std::optional<double>> scores(count);
    std::vector<int> unobserved(count, 0);
    SubjectScores subject;
    subject.self.resize(framework.attributes.size());
    subject.self_answered.assign(framework.attributes.size(), 0);
    subject.raters.resize(framework.attributes.size());
    std::vector<std::vector<double>> self_residuals(framework.attributes.size());
    report.attributes.reserve(framework.attributes.size());
    std::size_t behaviour_count = 0;
    for (const auto& attribute : framework.attributes) {
        behaviour_count += attribute.behaviours.size();
    }
    behaviour_means.reserve(behaviour_count);
    for (std::size_t a = 0; a < framework.attributes.size(); ++a) {
        const auto& attribute = framework.attributes[a];
        AttributeResult result;
        result.id = attribute.id;
        result.name = attribute.name;
        result.behaviours.reserve(attribute.behaviours.size());
        for (std::size_t b = 0; b < attribute.behaviours.size(); ++b) {
            const auto& behaviour = attribute.behaviours[b];
            BehaviourResult row;
            row.id = behaviour.id;
            scores.assign(count, std::nullopt);
            unobserved.assign(count, 0);
            for (std::size_t i = 0; i < count; ++i) {
                const double value = answers.value(i, first_behaviour + b);
                if (!std::isnan(value)) {
                    scores[i] = value;
                } else if (answers.unobserved(i, first_behaviour + b)) {
                    unobserved[i] = 1;
                }
            }
            if (has_self && scores[*columns.self]) {
                row.self = scores[*columns.self];
                ++subject.self_answered[a];
            }
            auto level = fill_level(columns, scores, unobserved, framework.scale, scratch);
            row.by_group = std::move(level.by_group);
            row.others = level.others;
            if (row.self && row.others.shown) {
                self_residuals[a].push_back(*row.self - row.others.score.mean);
            }
            if (row.others.shown) {
                behaviour_means.push_back({behaviour.id, attribute.id, row.others.score.mean});
            }
            result.behaviours.push_back(std::move(row));
        }
        auto level = attribute_level(answers, columns, first_behaviour, attribute.behaviours.size(), scores,
                                     attribute_unobserved, framework.scale, scratch);
        for (std::size_t i = 0; i < count; ++i) {
            if (scores[i] && columns.column_of[i]) {
                overall_sum[i] += *scores[i];
                ++overall_parts[i];
            }
        }
        if (has_self) {
            result.self = scores[*columns.self];
            if (result.self) {
                self_parts.push_back(*result.self);
            }
        }
        subject.self[a] = result.self;
        subject.raters[a].assign(count, std::nullopt);
        for (auto i : level.raters_counted) {
            subject.raters[a][i] = scores[i];
        }
        result.by_group = std::move(level.by_group);
        result.others = level.others;
        std::vector<double> variances;
        for (std::size_t b = 0; b < attribute.behaviours.size(); ++b) {
            observed.clear();
            for (auto i : level.raters_counted) {
                const double value = answers.value(i, first_behaviour + b);
                if (!std::isnan(value)) {
                    observed.push_back(value);
                }
            }
            if (observed.size() >= 2) {
                variances.push_back(sample_variance(observed));
            }
        }
        result.agreement = within_group_agreement(variances, static_cast<int>(framework.scale.points.size()));
        result.raters_disagree = (result.agreement && *result.agreement < disagreement_below) ||
                                 groups_differ(result.by_group, framework.scale);
        const auto seed = mix(rules.comment_order_seed, a);
        result.strengths =
            comments_for(responses, columns, rules.policy, attribute.id, CommentKind::Strength, mix(seed, 1));
        result.to_develop = comments_for(responses, columns, rules.policy, attribute.id,
                                         CommentKind::ToDevelop, mix(seed, 2));
        report.attributes.push_back(std::move(result));
        first_behaviour += attribute.behaviours.size();
    }

    subject.spread = self_spread(self_residuals, framework.scale);
    std::vector<std::size_t> self_attributes;
    for (std::size_t a = 0; a < report.attributes.size(); ++a) {
        auto& result = report.attributes[a];
        if (result.self) {
            self_attributes.push_back(a);
            result.gap = gap_between(subject, {a}, result.others, framework.scale);
        }
        result.self_awareness = categorise(result.gap, result.others, framework.scale, norm);
    }
    test_standing_out(report.attributes, subject, framework.scale);
    std::vector<std::optional<double>> overall(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (overall_parts[i] > 0) {
            overall[i] = overall_sum[i] / overall_parts[i];
        }
    }
    auto level = fill_level(columns, overall, std::vector<int>(count, 0), framework.scale, scratch);
    report.others_overall = level.others;
    report.self_overall = mean_of(self_parts);
    std::optional<Estimate> overall_estimate;
    report.overall_gap =
        gap_between(subject, self_attributes, report.others_overall, framework.scale, &overall_estimate);
    report.self_awareness = categorise(report.overall_gap, report.others_overall, framework.scale, norm);
    if (overall_estimate) {
        report.detectable_overall_gap = detectable_difference(*overall_estimate, 0.0);
    }
    report.highest = ranked(behaviour_means, true);
    report.lowest = ranked(behaviour_means, false);
    flag_standing_out(std::vector<IndividualReport*>{&report}, framework);
    return report;
}

void flag_standing_out(std::span<IndividualReport* const> reports, const Framework& framework,
                       FlagRule rule) {
    // Only the false-discovery rule needs every test's p-values; the report's own rule reads bounds.
    std::vector<double> p_values;
    for (const auto* report : reports) {
        for (const auto& attribute : report->attributes) {
            if (rule == FlagRule::FalseDiscoveryRate && attribute.standing_out_test) {
                const auto [up, down] = one_sided_p_values(*attribute.standing_out_test);
                p_values.push_back(up);
                p_values.push_back(down);
            }
        }
    }
    const double margin = standing_out_margin(framework.scale);
    // Each test at 5% one-sided, or the level Benjamini and Hochberg's procedure reaches at a 10% false
    // discovery rate over all the reports' tests; with no discovery, what the first would have to clear.
    constexpr double level = 0.05;
    constexpr double false_discovery_rate = 0.10;
    std::optional<double> threshold = level;
    if (rule == FlagRule::FalseDiscoveryRate) {
        threshold = false_discovery_threshold(p_values, false_discovery_rate);
    }
    const double bar = threshold.value_or(false_discovery_rate /
                                          static_cast<double>(std::max<std::size_t>(1, p_values.size())));
    // For Shrunk: the spread of true standing-out across the reports, tau², by the method of moments
    // (the estimates' spread less their own error), each estimate then pulled towards zero by
    // tau² / (tau² + its error²), as a normal prior centred on no difference would.
    double tau_squared = 0.0;
    if (rule == FlagRule::Shrunk) {
        double squares = 0.0;
        double errors = 0.0;
        int count = 0;
        for (const auto* report : reports) {
            for (const auto& attribute : report->attributes) {
                if (attribute.standing_out_test) {
                    squares += attribute.standing_out_test->value * attribute.standing_out_test->value;
                    errors += attribute.standing_out_test->standard_error *
                              attribute.standing_out_test->standard_error;
                    ++count;
                }
            }
        }
        tau_squared = count == 0 ? 0.0 : std::max(0.0, (squares - errors) / count);
    }
    for (auto* report : reports) {
        std::vector<double> detectable;
        for (auto& attribute : report->attributes) {
            if (!attribute.standing_out_test) {
                continue;
            }
            const auto& estimate = *attribute.standing_out_test;
            if (rule == FlagRule::Shrunk) {
                const double error_squared = estimate.standard_error * estimate.standard_error;
                const double pull =
                    tau_squared + error_squared == 0.0 ? 1.0 : tau_squared / (tau_squared + error_squared);
                const Estimate shrunk{estimate.value * pull, std::sqrt(pull * error_squared),
                                      estimate.degrees_of_freedom};
                const auto interval = interval_of(shrunk);
                attribute.blind_spot = interval.low > margin && attribute.gap->value > 0.0;
                attribute.hidden_strength = interval.high < -margin && attribute.gap->value < 0.0;
                detectable.push_back(pull == 0.0 ? 2.0 * range_of(framework.scale)
                                                 : detectable_difference(shrunk, margin, level) / pull);
                continue;
            }
            if (rule == FlagRule::BoundBeyondMargin) {
                // The 90% interval's ends are the one-sided 95% bounds.
                attribute.blind_spot = attribute.stands_out->low > margin && attribute.gap->value > 0.0;
                attribute.hidden_strength =
                    attribute.stands_out->high < -margin && attribute.gap->value < 0.0;
                detectable.push_back(detectable_difference(estimate, margin, level));
                continue;
            }
            const auto [up, down] = one_sided_p_values(estimate);
            attribute.blind_spot =
                threshold && up <= *threshold && estimate.value > margin && attribute.gap->value > 0.0;
            attribute.hidden_strength =
                threshold && down <= *threshold && estimate.value < -margin && attribute.gap->value < 0.0;
            detectable.push_back(std::max(detectable_difference(estimate, 0.0, bar),
                                          detectable_difference(estimate, margin, 0.5)));
        }
        report->detectable_standing_out =
            detectable.empty() ? std::nullopt : std::optional<double>(median(detectable));
        report->focus = focus_areas(framework, report->attributes);
    }
}

CellAggregation aggregate_attribute_cells(const Framework& framework,
                                          std::span<const SubmittedAnswers> responses,
                                          const ReportRules& rules) {
    const auto columns = assign_columns(responses, rules.policy);
    const DenseAnswers answers(framework, responses);
    CellAggregation aggregation;
    aggregation.groups = columns.groups;
    aggregation.attributes.reserve(framework.attributes.size());
    std::vector<std::optional<double>> scores;
    std::vector<int> unobserved;
    LevelScratch scratch;
    std::size_t first_behaviour = 0;
    for (const auto& attribute : framework.attributes) {
        auto level = attribute_level(answers, columns, first_behaviour, attribute.behaviours.size(), scores,
                                     unobserved, framework.scale, scratch);
        aggregation.attributes.push_back(std::move(level.by_group));
        first_behaviour += attribute.behaviours.size();
    }
    return aggregation;
}

} // namespace leadline::domain
