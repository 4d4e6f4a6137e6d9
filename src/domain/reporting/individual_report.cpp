#include "domain/reporting/individual_report.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "domain/core/rng.hpp"
#include "domain/reporting/report_columns.hpp"
#include "domain/statistics/agreement.hpp"

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

std::optional<Gap> gap_between(std::optional<double> self, const ReportCell& others) {
    if (!self || !others.shown) {
        return std::nullopt;
    }
    return Gap{*self - others.score.mean, *self - others.score.high, *self - others.score.low,
               others.score.has_interval()};
}

std::optional<SelfAwareness> categorise(const std::optional<Gap>& gap, const ReportCell& others, double band,
                                        double norm) {
    if (!gap) {
        return std::nullopt;
    }
    if (gap->value > band) {
        return SelfAwareness::OverEstimator;
    }
    if (gap->value < -band) {
        return SelfAwareness::UnderEstimator;
    }
    return others.score.mean >= norm ? SelfAwareness::InAgreementHigh : SelfAwareness::InAgreementLow;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// A blind spot is an attribute where the subject rates themselves notably above others (the gap's
// whole interval beyond notable_gap) and more so than across their report as a whole (beyond the
// median gap by standing_out_gap). Someone who rates themselves generously everywhere is an over-estimator,
// which the report says once, rather than a blind spot on every attribute. Hidden strengths mirror this.
void flag_gaps(std::vector<AttributeResult>& attributes, double notable, double standing_out) {
    std::vector<double> gaps;
    for (const auto& attribute : attributes) {
        if (attribute.gap) {
            gaps.push_back(attribute.gap->value);
        }
    }
    if (gaps.empty()) {
        return;
    }
    const double typical = median(gaps);
    for (auto& attribute : attributes) {
        if (!attribute.gap || !attribute.gap->has_interval) {
            continue;
        }
        const auto& gap = *attribute.gap;
        attribute.blind_spot = gap.low > notable && gap.low - typical > standing_out;
        attribute.hidden_strength = gap.high < -notable && gap.high - typical < -standing_out;
    }
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
        add(*result, "Others rate this lower than you rate yourself, by more than chance would explain.");
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

double standing_out_gap(const RatingScale& scale) {
    return 0.1875 * range_of(scale);
}

double agreement_band(const RatingScale& scale) {
    return 0.075 * range_of(scale);
}

void apply_norm(IndividualReport& report, const RatingScale& scale, double norm) {
    const double band = agreement_band(scale);
    for (auto& attribute : report.attributes) {
        attribute.self_awareness = categorise(attribute.gap, attribute.others, band, norm);
    }
    report.self_awareness = categorise(report.overall_gap, report.others_overall, band, norm);
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
    const double notable = notable_gap(framework.scale);
    const double band = agreement_band(framework.scale);
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
            }
            auto level = fill_level(columns, scores, unobserved, framework.scale, scratch);
            row.by_group = std::move(level.by_group);
            row.others = level.others;
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
        result.by_group = std::move(level.by_group);
        result.others = level.others;
        result.gap = gap_between(result.self, result.others);
        result.self_awareness = categorise(result.gap, result.others, band, norm);
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
        result.raters_disagree = result.agreement && *result.agreement < disagreement_below;
        const auto seed = mix(rules.comment_order_seed, a);
        result.strengths =
            comments_for(responses, columns, rules.policy, attribute.id, CommentKind::Strength, mix(seed, 1));
        result.to_develop = comments_for(responses, columns, rules.policy, attribute.id,
                                         CommentKind::ToDevelop, mix(seed, 2));
        report.attributes.push_back(std::move(result));
        first_behaviour += attribute.behaviours.size();
    }

    flag_gaps(report.attributes, notable, standing_out_gap(framework.scale));
    std::vector<std::optional<double>> overall(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (overall_parts[i] > 0) {
            overall[i] = overall_sum[i] / overall_parts[i];
        }
    }
    auto level = fill_level(columns, overall, std::vector<int>(count, 0), framework.scale, scratch);
    report.others_overall = level.others;
    report.self_overall = mean_of(self_parts);
    report.overall_gap = gap_between(report.self_overall, report.others_overall);
    report.self_awareness = categorise(report.overall_gap, report.others_overall, band, norm);
    report.highest = ranked(behaviour_means, true);
    report.lowest = ranked(behaviour_means, false);
    report.focus = focus_areas(framework, report.attributes);
    return report;
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
