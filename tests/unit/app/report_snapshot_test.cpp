// Reports kept whole when their answers are deleted read back exactly: every number to the last bit.
#include <gtest/gtest.h>

#include <cmath>

#include "app/reporting/report_json.hpp"
#include "app/reporting/report_snapshot.hpp"
#include "support/framework_builder.hpp"

using namespace leadline;

namespace {

app::CycleReportSet sample_set(std::shared_ptr<const domain::Framework> framework) {
    app::CycleReportSet set;
    set.cycle = domain::CycleId(7);
    set.cycle_name = "Leaders 2026";
    set.framework = framework;
    set.norm = 3.0 + 1.0 / 3.0;
    app::SubjectReport subject;
    subject.subject = domain::PersonId(42);
    subject.name = "Ada Lovelace";
    subject.email = "ada@council.example";
    auto& report = subject.report;
    report.groups = {{domain::RaterGroup::Peer, 4}, {std::nullopt, 3}};
    report.some_group_merged = true;
    domain::AttributeResult attribute;
    attribute.id = framework->attributes.front().id;
    attribute.name = framework->attributes.front().name;
    attribute.self = 4.0;
    attribute.others = {true, {7, 0.1 + 0.2, std::sqrt(2.0), 2.95, 3.65}, 1};
    attribute.by_group = {{true, {4, 3.25, 0.5, 2.7, 3.8}, 0}, {}};
    attribute.gap = domain::Gap{0.7, 0.1, 1.3, true};
    attribute.agreement = 0.8125;
    attribute.blind_spot = true;
    attribute.self_awareness = domain::SelfAwareness::OverEstimator;
    attribute.strengths = {"Listens \"properly\", then decides\nSecond line"};
    attribute.to_develop = {"Delegates less than they could"};
    attribute.behaviours.push_back({framework->attributes.front().behaviours.front().id,
                                    std::nullopt,
                                    {true, {7, 3.0, 1.0, 2.3, 3.7}, 0},
                                    {{}, {}}});
    report.attributes.push_back(attribute);
    report.self_overall = 4.0;
    report.others_overall = attribute.others;
    report.overall_gap = domain::Gap{0.5, 0.0, 0.0, false};
    report.self_awareness = domain::SelfAwareness::InAgreementHigh;
    report.highest = {{attribute.behaviours.front().id, attribute.id, 3.0}};
    report.focus.push_back({attribute.id,
                            "Others rate it lower than you do",
                            {{"Lead a cross-team project", domain::Effort::Months}},
                            {{"Ask one question first", domain::Effort::OneMinute}}});
    subject.percentiles[attribute.id] = 100.0 / 7.0;
    set.subjects.push_back(subject);
    return set;
}

TEST(ReportSnapshot, ReadsBackToTheSameReportNumberForNumber) {
    const auto framework = std::make_shared<const domain::Framework>(leadline::testing::small_framework());
    const auto original = sample_set(framework);
    const auto kept = app::reports_from_snapshot(app::snapshot_of(original), framework).value();
    ASSERT_EQ(kept.subjects.size(), 1U);
    EXPECT_EQ(kept.norm, original.norm) << "bit for bit";
    const auto& before = original.subjects.front();
    const auto& after = kept.subjects.front();
    EXPECT_EQ(after.report.attributes.front().others.score.mean, 0.1 + 0.2);
    EXPECT_EQ(after.report.attributes.front().others.score.sd, std::sqrt(2.0));
    EXPECT_EQ(after.percentiles, before.percentiles);
    EXPECT_EQ(app::report_json(kept, after), app::report_json(original, before))
        << "everything the API shows is the same";
    EXPECT_EQ(after.report.attributes.front().strengths, before.report.attributes.front().strengths);
    EXPECT_EQ(after.report.focus.front().micro_actions.front().effort, domain::Effort::OneMinute);
    EXPECT_FALSE(after.report.attributes.front().behaviours.front().self);
}

TEST(ReportSnapshot, ASubjectCanBeTakenOutAndCorruptTextIsRefused) {
    const auto framework = std::make_shared<const domain::Framework>(leadline::testing::small_framework());
    const auto text = app::snapshot_of(sample_set(framework));
    const auto without = app::snapshot_without(text, domain::PersonId(42)).value();
    EXPECT_TRUE(app::reports_from_snapshot(without, framework).value().subjects.empty());
    EXPECT_EQ(app::snapshot_without(text, domain::PersonId(43)).value(), text) << "someone else: unchanged";

    const auto corrupt = app::reports_from_snapshot(text.substr(0, text.size() / 2), framework);
    ASSERT_FALSE(corrupt);
    EXPECT_EQ(corrupt.error().code, domain::ErrorCode::Internal);
}

} // namespace
