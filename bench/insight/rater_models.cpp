#include "bench/insight/rater_models.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include <fmt/format.h>

#include "domain/core/rng.hpp"

namespace leadline::insight {

namespace {

using domain::RaterGroup;

constexpr double lowest = 1.0;
constexpr double highest = 5.0;

// Groups for `raters` others, so that each group reaches the default anonymity minimum (3, and 1 for
// an identified line manager): the suite measures what a report shows, not what anonymity hides.
std::vector<RaterGroup> groups_for(int raters) {
    std::vector<RaterGroup> groups;
    if (raters < 4) {
        groups.assign(static_cast<std::size_t>(raters), RaterGroup::DirectReport);
        return groups;
    }
    groups.push_back(RaterGroup::LineManager);
    const int rest = raters - 1;
    const int direct = rest >= 6 ? (rest + 1) / 2 : rest;
    groups.insert(groups.end(), static_cast<std::size_t>(direct), RaterGroup::DirectReport);
    groups.insert(groups.end(), static_cast<std::size_t>(rest - direct), RaterGroup::Peer);
    return groups;
}

int answer_from(double view, domain::Rng& rng, double noise) {
    const double answered = view + rng.normal(0.0, noise);
    return static_cast<int>(std::clamp(std::lround(answered), std::lround(lowest), std::lround(highest)));
}

int band_of(double effect) {
    static constexpr double starts[] = {0.75, 1.0, 1.25, 1.5, 2.0};
    int band = -1;
    for (int b = 0; b < FlagTally::bands; ++b) {
        if (effect >= starts[b]) {
            band = b;
        }
    }
    return band;
}

void count_flags(FlagTally& tally, double effect, bool flagged) {
    // effect: the planted standing-out in this flag's direction.
    const int band = band_of(effect);
    if (band >= 0) {
        ++tally.planted[static_cast<std::size_t>(band)];
        tally.found[static_cast<std::size_t>(band)] += flagged ? 1 : 0;
    }
    if (flagged) {
        ++tally.flagged;
        tally.flagged_rightly += effect >= 0.5 ? 1 : 0;
    }
}

bool off_scale(const domain::ReportCell& cell) {
    return cell.shown && cell.score.has_interval() &&
           (cell.score.low < lowest || cell.score.high > highest || cell.score.low > cell.score.mean ||
            cell.score.high < cell.score.mean);
}

bool off_scale(const std::optional<domain::Gap>& gap, double ranges = 1.0) {
    const double range = ranges * (highest - lowest);
    return gap && gap->has_interval && (gap->low < -range || gap->high > range);
}

} // namespace

const domain::Framework& suite_framework() {
    static const domain::Framework framework = [] {
        domain::Framework built;
        built.id = domain::FrameworkId{"insight-suite"};
        built.name = "Robustness suite";
        for (int point = 1; point <= 5; ++point) {
            built.scale.points.push_back({point, std::to_string(point)});
        }
        const int behaviours[] = {3, 4, 5, 4, 3, 4, 5};
        for (int a = 0; a < 7; ++a) {
            domain::Attribute attribute;
            attribute.id = domain::AttributeId{"a" + std::to_string(a + 1)};
            attribute.name = "Attribute " + std::to_string(a + 1);
            for (int b = 0; b < behaviours[a]; ++b) {
                domain::Behaviour behaviour;
                behaviour.id = domain::BehaviourId{attribute.id.value() + "-b" + std::to_string(b + 1)};
                behaviour.rater_text = behaviour.id.value();
                behaviour.self_text = behaviour.id.value();
                attribute.behaviours.push_back(std::move(behaviour));
            }
            built.attributes.push_back(std::move(attribute));
        }
        return built;
    }();
    return framework;
}

SimulatedSubject simulate_subject(const RaterModel& model, int raters, std::uint64_t seed,
                                  std::uint64_t index) {
    domain::Rng rng(seed * 1'000'003ULL + index);
    const auto& framework = suite_framework();
    const std::size_t attributes = framework.attributes.size();
    SimulatedSubject subject;

    // True levels, and the self-view's general bias: over (30%), under (20%) or about right (50%).
    const double general = rng.normal(model.level_mean, model.level_sd_subject);
    std::vector<double> level(attributes);
    for (auto& value : level) {
        value = general + rng.normal(0.0, model.level_sd_attribute);
    }
    const double pick = rng.uniform();
    const double bias = pick < 0.3   ? 0.3 + 0.7 * rng.uniform()
                        : pick < 0.5 ? -0.3 - 0.7 * rng.uniform()
                                     : rng.normal(0.0, 0.12);
    // Planted effects: 45% of subjects have an attribute that stands out (blind spot or hidden
    // strength, 0.5 to 2.2 points), one in five of those a second one. Part of the effect lowers or
    // raises what others see, part moves the self-view, as real blind spots mix both.
    std::vector<double> self_view(attributes);
    for (std::size_t a = 0; a < attributes; ++a) {
        self_view[a] = level[a] + bias;
    }
    auto plant = [&](std::size_t a) {
        const double effect = (0.5 + 1.7 * rng.uniform()) * (rng.chance(0.5) ? 1.0 : -1.0);
        const double on_others = rng.uniform();
        level[a] -= on_others * effect;
        self_view[a] += (1.0 - on_others) * effect;
    };
    if (rng.chance(0.45)) {
        const auto first =
            static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(attributes) - 1));
        plant(first);
        if (rng.chance(0.2)) {
            plant((first + 1 +
                   static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(attributes) - 2))) %
                  attributes);
        }
    }
    const bool acquiescent = rng.chance(model.acquiescent_share);
    if (acquiescent) {
        const double high = 4.4 + 0.3 * rng.uniform();
        std::fill(self_view.begin(), self_view.end(), high);
    }
    // The truth is read from what could show on the scale: views beyond its ends are cut to them.
    std::vector<double> seen_bias(attributes);
    for (std::size_t a = 0; a < attributes; ++a) {
        seen_bias[a] = std::clamp(self_view[a], lowest, highest) - std::clamp(level[a], lowest, highest);
    }
    double total_bias = 0.0;
    for (double value : seen_bias) {
        total_bias += value;
    }
    subject.self_bias = total_bias / static_cast<double>(attributes);
    subject.standing_out.resize(attributes);
    for (std::size_t a = 0; a < attributes; ++a) {
        const double elsewhere = (total_bias - seen_bias[a]) / static_cast<double>(attributes - 1);
        subject.standing_out[a] = seen_bias[a] - elsewhere;
    }
    subject.split.assign(attributes, false);
    std::optional<std::size_t> split_attribute;
    if (raters >= 6 && rng.chance(model.split_share)) {
        split_attribute = static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(attributes) - 1));
        subject.split[*split_attribute] = true;
    }

    // The self-view's answers.
    domain::SubmittedAnswers self;
    self.group = RaterGroup::Self;
    for (std::size_t a = 0; a < attributes; ++a) {
        for (const auto& behaviour : framework.attributes[a].behaviours) {
            self.ratings.emplace(behaviour.id,
                                 domain::Rating::of(answer_from(self_view[a], rng, model.self_noise)));
        }
    }
    subject.responses.push_back(std::move(self));

    // Others' answers: level, pulled towards the subject's general level by the rater's halo, plus the
    // rater's and their group's generosity, their own view of the attribute, and noise per answer.
    const auto groups = groups_for(raters);
    double mean_level = 0.0;
    for (double value : level) {
        mean_level += value;
    }
    mean_level /= static_cast<double>(attributes);
    for (std::size_t r = 0; r < groups.size(); ++r) {
        domain::SubmittedAnswers answers;
        answers.group = groups[r];
        const bool rogue = model.rogue_rater && r + 1 == groups.size();
        const double halo = model.halo_most * rng.uniform();
        const auto found = model.group_bias.find(groups[r]);
        const double generosity =
            rng.normal(0.0, model.leniency_sd) + (found == model.group_bias.end() ? 0.0 : found->second);
        for (std::size_t a = 0; a < attributes; ++a) {
            double view = (1.0 - halo) * level[a] + halo * mean_level + generosity +
                          rng.normal(0.0, model.rater_attribute_sd);
            if (split_attribute == a) {
                view += (groups[r] == RaterGroup::DirectReport ? 0.5 : -0.5) * model.split_size;
            }
            for (const auto& behaviour : framework.attributes[a].behaviours) {
                if (rng.chance(model.not_observed)) {
                    answers.ratings.emplace(behaviour.id, domain::Rating::not_observed());
                } else if (rogue) {
                    answers.ratings.emplace(behaviour.id,
                                            domain::Rating::of(static_cast<int>(rng.between(1, 5))));
                } else {
                    answers.ratings.emplace(behaviour.id,
                                            domain::Rating::of(answer_from(view, rng, model.answer_noise)));
                }
            }
        }
        subject.responses.push_back(std::move(answers));
    }
    return subject;
}

std::vector<RaterModel> rater_models() {
    std::vector<RaterModel> models;
    auto add = [&models](std::string name, std::string description, auto configure) {
        RaterModel model;
        model.name = std::move(name);
        model.description = std::move(description);
        configure(model);
        models.push_back(std::move(model));
    };
    add("lenient-halo",
        "raters differ in generosity (sd 0.45) and in halo (up to 0.5 of each attribute pulled to the "
        "subject's general level)",
        [](RaterModel& model) {
            model.leniency_sd = 0.45;
            model.halo_most = 0.5;
        });
    add("group-bias", "direct reports lenient (+0.4), the line manager severe (-0.5), peers neither",
        [](RaterModel& model) {
            model.group_bias = {{RaterGroup::DirectReport, 0.4}, {RaterGroup::LineManager, -0.5}};
        });
    add("ceiling", "subjects rated high (mean 4.3): answers and self-views pile up at 5",
        [](RaterModel& model) {
            model.level_mean = 4.3;
            model.level_sd_subject = 0.3;
            model.level_sd_attribute = 0.3;
        });
    add("floor-missing", "subjects rated low (mean 2.2) and a quarter of answers \"not observed\"",
        [](RaterModel& model) {
            model.level_mean = 2.2;
            model.not_observed = 0.25;
            model.leniency_sd = 0.3;
        });
    add("noisy",
        "answers noisier (sd 0.9 for others, 0.7 for the self-view) and each rater's view of an attribute "
        "their own (sd 0.4)",
        [](RaterModel& model) {
            model.answer_noise = 0.9;
            model.self_noise = 0.7;
            model.rater_attribute_sd = 0.4;
        });
    add("acquiescent", "a third of self-raters answer 4 or 5 everywhere, whatever their view",
        [](RaterModel& model) { model.acquiescent_share = 1.0 / 3.0; });
    add("rogue-rater", "one rater answers every behaviour at random",
        [](RaterModel& model) { model.rogue_rater = true; });
    add("split-raters",
        "for a quarter of subjects, direct reports see one attribute 2 points higher than the line manager "
        "and peers",
        [](RaterModel& model) { model.split_share = 0.25; });
    return models;
}

double FlagTally::precision() const {
    return flagged == 0 ? 1.0 : static_cast<double>(flagged_rightly) / flagged;
}

int FlagTally::planted_from(int band) const {
    int total = 0;
    for (int b = band; b < bands; ++b) {
        total += planted[static_cast<std::size_t>(b)];
    }
    return total;
}

double FlagTally::recall_from(int band) const {
    int total = 0;
    for (int b = band; b < bands; ++b) {
        total += found[static_cast<std::size_t>(b)];
    }
    const int denominator = planted_from(band);
    return denominator == 0 ? 1.0 : static_cast<double>(total) / denominator;
}

double FlagTally::recall_in(int band) const {
    const auto b = static_cast<std::size_t>(band);
    return planted[b] == 0 ? 1.0 : static_cast<double>(found[b]) / planted[b];
}

double ModelCheck::biased_right_share() const {
    return biased == 0 ? 1.0 : static_cast<double>(biased_right) / biased;
}

double ModelCheck::biased_wrong_share() const {
    return biased == 0 ? 0.0 : static_cast<double>(biased - biased_right - biased_not_clear) / biased;
}

ModelCheck check_model(const RaterModel& model, int raters, int subjects, std::uint64_t seed,
                       domain::FlagRule rule) {
    ModelCheck check;
    check.model = model.name;
    check.raters = raters;
    const auto& framework = suite_framework();
    // Subjects come in cycles of cycle_size: a rule that looks across reports sees one cycle's.
    std::vector<SimulatedSubject> cycle_subjects;
    std::vector<domain::IndividualReport> cycle_reports;
    for (int first = 0; first < subjects; first += cycle_size) {
        const int last = std::min(subjects, first + cycle_size);
        cycle_subjects.clear();
        cycle_reports.clear();
        for (int index = first; index < last; ++index) {
            cycle_subjects.push_back(
                simulate_subject(model, raters, seed, static_cast<std::uint64_t>(index)));
            cycle_reports.push_back(
                domain::build_individual_report(framework, cycle_subjects.back().responses, {}).value());
        }
        std::vector<domain::IndividualReport*> all;
        for (auto& report : cycle_reports) {
            all.push_back(&report);
        }
        domain::flag_standing_out(all, framework, rule);
        for (std::size_t s = 0; s < cycle_subjects.size(); ++s) {
            tally(check, cycle_subjects[s], cycle_reports[s]);
        }
    }
    return check;
}

void tally(ModelCheck& check, const SimulatedSubject& subject, const domain::IndividualReport& report) {
    {
        if (!report.self_awareness) {
            return;
        }
        ++check.subjects;
        using domain::SelfAwareness;
        const auto category = *report.self_awareness;
        const bool agreement =
            category == SelfAwareness::InAgreementHigh || category == SelfAwareness::InAgreementLow;
        if (std::abs(subject.self_bias) >= 0.4) {
            ++check.biased;
            const bool right = subject.self_bias > 0 ? category == SelfAwareness::OverEstimator
                                                     : category == SelfAwareness::UnderEstimator;
            check.biased_right += right ? 1 : 0;
            check.biased_not_clear += category == SelfAwareness::NotClear ? 1 : 0;
        } else if (std::abs(subject.self_bias) <= 0.15) {
            ++check.unbiased;
            check.unbiased_agreement += agreement ? 1 : 0;
            check.unbiased_not_clear += category == SelfAwareness::NotClear ? 1 : 0;
        }
        if (report.detectable_standing_out) {
            check.detectable_sum += *report.detectable_standing_out;
            ++check.detectable_count;
        }
        check.off_scale += off_scale(report.others_overall) || off_scale(report.overall_gap) ? 1 : 0;
        for (std::size_t a = 0; a < report.attributes.size(); ++a) {
            const auto& attribute = report.attributes[a];
            count_flags(check.blind_spots, subject.standing_out[a], attribute.blind_spot);
            count_flags(check.hidden_strengths, -subject.standing_out[a], attribute.hidden_strength);
            if (subject.split[a]) {
                ++check.splits;
                check.splits_found += attribute.raters_disagree ? 1 : 0;
            } else {
                ++check.unsplit;
                check.unsplit_flagged += attribute.raters_disagree ? 1 : 0;
            }
            bool outside = off_scale(attribute.others) || off_scale(attribute.gap) ||
                           off_scale(attribute.stands_out, 2.0);
            for (const auto& cell : attribute.by_group) {
                outside = outside || off_scale(cell);
            }
            check.off_scale += outside ? 1 : 0;
        }
    }
}

std::string markdown_tables(const std::vector<ModelCheck>& checks) {
    std::ostringstream out;
    out << "| model | raters | subjects | blind spots: precision | recall 0.75–1 | 1–1.25 | 1.25–1.5 | 1.5–2 "
           "| "
           "2+ | recall ≥ 1.25 | hidden strengths: precision | recall 0.75–1 | 1–1.25 | 1.25–1.5 | 1.5–2 | "
           "2+ | "
           "recall ≥ 1.25 | said detectable | category right / not clear / wrong (bias ≥ 0.4) | "
           "agreement / not clear (bias ≤ 0.15) | split found / false alarms |\n";
    out << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    auto share = [](int part, int whole) {
        return whole == 0 ? std::string("–") : fmt::format("{:.2f}", static_cast<double>(part) / whole);
    };
    for (const auto& check : checks) {
        out << "| " << check.model << " | " << check.raters << " | " << check.subjects;
        for (const auto* tally : {&check.blind_spots, &check.hidden_strengths}) {
            out << " | " << fmt::format("{:.2f} ({})", tally->precision(), tally->flagged);
            for (int band = 0; band < FlagTally::bands; ++band) {
                out << " | "
                    << share(tally->found[static_cast<std::size_t>(band)],
                             tally->planted[static_cast<std::size_t>(band)]);
            }
            out << " | " << fmt::format("{:.2f} ({})", tally->recall_from(2), tally->planted_from(2));
        }
        out << " | "
            << (check.detectable_count == 0
                    ? std::string("–")
                    : fmt::format("{:.2f}", check.detectable_sum / check.detectable_count));
        out << " | " << share(check.biased_right, check.biased) << " / "
            << share(check.biased_not_clear, check.biased) << " / "
            << fmt::format("{:.2f}", check.biased_wrong_share());
        out << " | " << share(check.unbiased_agreement, check.unbiased) << " / "
            << share(check.unbiased_not_clear, check.unbiased);
        out << " | " << (check.splits == 0 ? std::string("–") : share(check.splits_found, check.splits))
            << " / " << share(check.unsplit_flagged, check.unsplit) << " |\n";
    }
    return out.str();
}

} // namespace leadline::insight
