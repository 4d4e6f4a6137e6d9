#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "app/demo/demo_data.hpp"
#include "domain/reporting/individual_report.hpp"

namespace leadline::testing {

// How well a report's flags find what a simulation planted.
struct Recovery {
    int planted = 0;
    int flagged = 0;
    int flagged_and_planted = 0;
    [[nodiscard]] double precision() const {
        return flagged == 0 ? 1.0 : static_cast<double>(flagged_and_planted) / flagged;
    }
    [[nodiscard]] double recall() const {
        return planted == 0 ? 1.0 : static_cast<double>(flagged_and_planted) / planted;
    }
};

// What the demo planted for one subject.
struct PlantedTruth {
    app::SelfView self_view = app::SelfView::Accurate;
    std::vector<domain::AttributeId> blind_spots;
    std::vector<domain::AttributeId> hidden_strengths;
};

// Reports checked against the truth, one subject at a time.
struct TruthCheck {
    Recovery blind_spots;
    Recovery hidden_strengths;
    int subjects = 0;
    int category_matches = 0;
    int not_clear = 0;
    int biased = 0; // planted over- and under-estimators
    int biased_right = 0;
    int biased_not_clear = 0;
    int accurate_plain = 0; // planted in agreement, with no blind spot or hidden strength
    int accurate_plain_called_biased = 0;

    [[nodiscard]] double category_share() const {
        return subjects == 0 ? 0.0 : static_cast<double>(category_matches) / subjects;
    }
    [[nodiscard]] double biased_right_share() const {
        return biased == 0 ? 1.0 : static_cast<double>(biased_right) / biased;
    }
    [[nodiscard]] double biased_wrong_share() const {
        return biased == 0 ? 0.0 : static_cast<double>(biased - biased_right - biased_not_clear) / biased;
    }
    [[nodiscard]] double accurate_called_biased_share() const {
        return accurate_plain == 0 ? 0.0 : static_cast<double>(accurate_plain_called_biased) / accurate_plain;
    }

    // One line for the test log: what the docs record.
    [[nodiscard]] std::string summary() const {
        std::ostringstream text;
        text << "subjects " << subjects << ", categories " << category_share() << " (not clear " << not_clear
             << "); over- and under-estimators " << biased << ": right " << biased_right_share() << ", wrong "
             << biased_wrong_share() << "; in agreement with nothing planted " << accurate_plain
             << ": called over or under " << accurate_called_biased_share() << "; blind spots planted "
             << blind_spots.planted << " precision " << blind_spots.precision() << " (" << blind_spots.flagged
             << " flagged) recall " << blind_spots.recall() << "; hidden strengths planted "
             << hidden_strengths.planted << " precision " << hidden_strengths.precision() << " ("
             << hidden_strengths.flagged << " flagged) recall " << hidden_strengths.recall();
        return text.str();
    }

    // Recall of at least 0.8 for both flags (issue 4); the self-awareness category right for at least
    // 85% of over- and under-estimators and wrong (the other direction, or "in agreement") for at most
    // 5%, the rest "not clear" (issue 18); people in agreement with nothing planted called over- or
    // under-estimators at most 15% of the time. Precision is checked by expect_precise, on enough flags
    // for a share near 0.9 to mean something.
    void expect_thresholds_met(const std::string& context) const {
        EXPECT_GE(blind_spots.recall(), 0.8) << context;
        EXPECT_GE(hidden_strengths.recall(), 0.8) << context;
        EXPECT_GE(biased_right_share(), 0.85) << context;
        EXPECT_LE(biased_wrong_share(), 0.05) << context;
        EXPECT_LE(accurate_called_biased_share(), 0.15) << context;
    }

    // Precision of at least 0.9 for both flags (issue 4).
    void expect_precise(const std::string& context) const {
        EXPECT_GE(blind_spots.flagged, 50) << context << ": too few flags to judge precision";
        EXPECT_GE(hidden_strengths.flagged, 50) << context << ": too few flags to judge precision";
        EXPECT_GE(blind_spots.precision(), 0.9) << context;
        EXPECT_GE(hidden_strengths.precision(), 0.9) << context;
    }

    void merge(const TruthCheck& other) {
        for (auto [into, from] : {std::pair{&blind_spots, &other.blind_spots},
                                  std::pair{&hidden_strengths, &other.hidden_strengths}}) {
            into->planted += from->planted;
            into->flagged += from->flagged;
            into->flagged_and_planted += from->flagged_and_planted;
        }
        subjects += other.subjects;
        category_matches += other.category_matches;
        not_clear += other.not_clear;
        biased += other.biased;
        biased_right += other.biased_right;
        biased_not_clear += other.biased_not_clear;
        accurate_plain += other.accurate_plain;
        accurate_plain_called_biased += other.accurate_plain_called_biased;
    }

    void add(const PlantedTruth& truth, const domain::IndividualReport& report) {
        if (!report.self_awareness) {
            return; // no self-view sent, or too few others: nothing to compare
        }
        ++subjects;
        using domain::SelfAwareness;
        const auto category = *report.self_awareness;
        const bool agreement =
            category == SelfAwareness::InAgreementHigh || category == SelfAwareness::InAgreementLow;
        const bool matches =
            (truth.self_view == app::SelfView::OverEstimates && category == SelfAwareness::OverEstimator) ||
            (truth.self_view == app::SelfView::UnderEstimates && category == SelfAwareness::UnderEstimator) ||
            (truth.self_view == app::SelfView::Accurate && agreement);
        category_matches += matches ? 1 : 0;
        not_clear += category == SelfAwareness::NotClear ? 1 : 0;
        if (truth.self_view != app::SelfView::Accurate) {
            ++biased;
            biased_right += matches ? 1 : 0;
            biased_not_clear += category == SelfAwareness::NotClear ? 1 : 0;
        } else if (truth.blind_spots.empty() && truth.hidden_strengths.empty()) {
            ++accurate_plain;
            accurate_plain_called_biased +=
                category == SelfAwareness::OverEstimator || category == SelfAwareness::UnderEstimator ? 1 : 0;
        }
        for (const auto& attribute : report.attributes) {
            count(blind_spots, contains(truth.blind_spots, attribute.id), attribute.blind_spot);
            count(hidden_strengths, contains(truth.hidden_strengths, attribute.id),
                  attribute.hidden_strength);
        }
    }

  private:
    static bool contains(const std::vector<domain::AttributeId>& ids, const domain::AttributeId& id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    }
    static void count(Recovery& recovery, bool planted, bool flagged) {
        recovery.planted += planted ? 1 : 0;
        recovery.flagged += flagged ? 1 : 0;
        recovery.flagged_and_planted += planted && flagged ? 1 : 0;
    }
};

} // namespace leadline::testing
