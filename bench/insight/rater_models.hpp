#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/framework/framework.hpp"
#include "domain/reporting/individual_report.hpp"

namespace leadline::insight {

// One way raters and self-raters might behave, as parameters of a simulation. Each model differs from
// the others in something real rater data are known to do. Method: docs/methodology/report.md,
// "Checked on rater models".
struct RaterModel {
    std::string name;
    std::string description;
    double level_mean = 3.4;         // subjects' true level, on a 1 to 5 scale
    double level_sd_subject = 0.4;   // between subjects
    double level_sd_attribute = 0.4; // between a subject's attributes
    double answer_noise = 0.6;       // one rater's answer to one behaviour, around their view
    double self_noise = 0.5;         // the same for the self-view
    double leniency_sd = 0.2;        // each rater's general generosity
    double rater_attribute_sd = 0.2; // a rater's own view of one attribute
    double halo_most = 0.0;          // a rater's halo h ~ U(0, halo_most) pulls attributes together
    std::map<domain::RaterGroup, double> group_bias; // a group's shared generosity
    double not_observed = 0.05;                      // share of "not observed" answers
    double acquiescent_share = 0.0; // self-raters who answer high everywhere, whatever they think
    bool rogue_rater = false;       // one rater answers at random
    double split_share = 0.0;       // subjects whose raters split into two camps on one attribute
    double split_size = 2.0;        // how far apart the two camps are
};

// The models the suite runs, each with its reason.
[[nodiscard]] std::vector<RaterModel> rater_models();

// The framework the suite rates: seven attributes of three to five behaviours, on a 1 to 5 scale.
[[nodiscard]] const domain::Framework& suite_framework();

// What the simulation made for one subject: the answers, and the truth to judge a report by.
struct SimulatedSubject {
    std::vector<domain::SubmittedAnswers> responses;
    double self_bias = 0.0;           // mean over attributes of self-view minus true level
    std::vector<double> standing_out; // per attribute: its bias minus the mean bias elsewhere
    std::vector<bool> split;          // per attribute: raters planted in two camps
};

// Subject number `index` of `model`, rated by `raters` others; the same arguments always make the
// same subject.
[[nodiscard]] SimulatedSubject simulate_subject(const RaterModel& model, int raters, std::uint64_t seed,
                                                std::uint64_t index);

// Counting what reports found against what was planted.
struct FlagTally {
    // Planted effects by size: [0.75, 1), [1, 1.25), [1.25, 1.5), [1.5, 2), 2 and above.
    static constexpr int bands = 5;
    std::vector<int> planted = std::vector<int>(bands, 0);
    std::vector<int> found = std::vector<int>(bands, 0);
    int flagged = 0;
    int flagged_rightly = 0; // the planted effect in the flag's direction is at least 0.5

    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall_from(int band) const; // recall over this band and every larger one
    [[nodiscard]] double recall_in(int band) const;
    [[nodiscard]] int planted_from(int band) const;
};

struct ModelCheck {
    std::string model;
    int raters = 0;
    int subjects = 0;
    FlagTally blind_spots;
    FlagTally hidden_strengths;
    // Subjects whose planted self-bias is at least 0.4 from zero: category right, "not clear", wrong.
    int biased = 0;
    int biased_right = 0;
    int biased_not_clear = 0;
    // Subjects within 0.15 of zero: "in agreement", "not clear", called over or under.
    int unbiased = 0;
    int unbiased_agreement = 0;
    int unbiased_not_clear = 0;
    // "Raters disagree" on attributes planted as split, and on the rest.
    int splits = 0;
    int splits_found = 0;
    int unsplit = 0;
    int unsplit_flagged = 0;
    int off_scale = 0;           // intervals reaching beyond what the scale allows (must stay 0)
    double detectable_sum = 0.0; // the reports' own "what could be found", averaged
    int detectable_count = 0;

    [[nodiscard]] double biased_right_share() const;
    [[nodiscard]] double biased_wrong_share() const;
};

// How many subjects a simulated cycle has: reports are flagged a cycle at a time, as on publishing.
inline constexpr int cycle_size = 40;

// Simulates `subjects` subjects of `model` with `raters` raters each, in cycles of cycle_size, and
// checks every report.
[[nodiscard]] ModelCheck check_model(const RaterModel& model, int raters, int subjects, std::uint64_t seed,
                                     domain::FlagRule rule = domain::FlagRule::BoundBeyondMargin);

// Adds one subject's report to the counts.
void tally(ModelCheck& check, const SimulatedSubject& subject, const domain::IndividualReport& report);

// The tables of docs/methodology/report.md, as Markdown.
[[nodiscard]] std::string markdown_tables(const std::vector<ModelCheck>& checks);

} // namespace leadline::insight
