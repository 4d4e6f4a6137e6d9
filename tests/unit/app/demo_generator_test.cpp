#include <gtest/gtest.h>

#include <set>

#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "app/frameworks/framework_catalog.hpp"

using namespace leadline;

namespace {

const domain::Framework& leadership_in_action() {
    static const auto catalog = app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    return catalog.find("leadership-in-action")->framework;
}

app::DemoData demo(std::uint64_t seed, std::size_t people = 400) {
    return app::generate_demo({people, seed}, leadership_in_action()).value();
}

} // namespace

TEST(DemoGenerator, SameSeedGivesTheSameOrganisationAndAnswers) {
    const auto first = demo(5);
    const auto second = demo(5);
    ASSERT_EQ(first.people.size(), second.people.size());
    for (std::size_t i = 0; i < first.people.size(); ++i) {
        EXPECT_EQ(first.people[i].email, second.people[i].email);
        EXPECT_EQ(first.people[i].manager, second.people[i].manager);
    }
    ASSERT_EQ(first.nominations.size(), second.nominations.size());
    for (std::size_t i = 0; i < first.nominations.size(); ++i) {
        EXPECT_EQ(first.nominations[i].token, second.nominations[i].token);
        ASSERT_EQ(first.nominations[i].answers.has_value(), second.nominations[i].answers.has_value());
        if (first.nominations[i].answers) {
            EXPECT_EQ(first.nominations[i].answers->ratings, second.nominations[i].answers->ratings);
        }
    }
    EXPECT_EQ(app::demo_truth_json(first), app::demo_truth_json(second));
}

TEST(DemoGenerator, DifferentSeedsGiveDifferentData) {
    EXPECT_NE(app::demo_truth_json(demo(1)), app::demo_truth_json(demo(2)));
}

TEST(DemoGenerator, MakesTheNumberOfPeopleAskedForInThreeDepartments) {
    const auto data = demo(3, 250);
    EXPECT_EQ(data.people.size(), 250U);
    std::set<std::string> departments;
    std::set<std::string> emails;
    for (const auto& person : data.people) {
        departments.insert(person.unit_names.front());
        emails.insert(person.email);
    }
    EXPECT_EQ(departments.size(), 3U);
    EXPECT_EQ(emails.size(), data.people.size()) << "emails are unique";
}

TEST(DemoGenerator, LineManagersFormATreeWithinTheOrganisation) {
    const auto data = demo(4);
    for (std::size_t i = 0; i < data.people.size(); ++i) {
        std::size_t steps = 0;
        auto current = data.people[i].manager;
        while (current) {
            ASSERT_LT(*current, data.people.size());
            current = data.people[*current].manager;
            ASSERT_LT(++steps, 10U) << "no loops, and at most a few levels";
        }
    }
}

TEST(DemoGenerator, EverySubjectRatesThemselvesAndNoOneElseDoes) {
    const auto data = demo(6);
    std::set<std::size_t> with_self;
    for (const auto& nomination : data.nominations) {
        const bool self_group = nomination.group == domain::RaterGroup::Self;
        const bool is_subject = nomination.colleague && *nomination.colleague == nomination.subject;
        EXPECT_EQ(self_group, is_subject);
        if (self_group) {
            with_self.insert(nomination.subject);
        }
    }
    EXPECT_EQ(with_self.size(), data.subjects.size());
}

TEST(DemoGenerator, PlantsBlindSpotsHiddenStrengthsAndBothKindsOfSelfBias) {
    const auto data = demo(1);
    std::size_t blind = 0;
    std::size_t hidden = 0;
    std::set<app::SelfView> views;
    for (const auto& truth : data.truth) {
        blind += truth.blind_spots.size();
        hidden += truth.hidden_strengths.size();
        views.insert(truth.self_view);
    }
    EXPECT_GE(blind, 5U);
    EXPECT_GE(hidden, 5U);
    EXPECT_EQ(views.size(), 3U);
}

TEST(DemoGenerator, SelfRatingsShowThePlantedBlindSpot) {
    const auto data = demo(1);
    const auto& framework = leadership_in_action();
    double self_gap = 0;
    std::size_t counted = 0;
    for (const auto& truth : data.truth) {
        if (truth.blind_spots.empty()) {
            continue;
        }
        const auto* attribute = framework.find_attribute(truth.blind_spots.front());
        double self_sum = 0, others_sum = 0;
        int self_n = 0, others_n = 0;
        for (const auto& nomination : data.nominations) {
            if (nomination.subject != truth.person || !nomination.answers) {
                continue;
            }
            for (const auto& behaviour : attribute->behaviours) {
                const auto& rating = nomination.answers->ratings.at(behaviour.id);
                if (!rating.observed()) {
                    continue;
                }
                const bool self = nomination.group == domain::RaterGroup::Self;
                (self ? self_sum : others_sum) += rating.value();
                ++(self ? self_n : others_n);
            }
        }
        if (self_n > 0 && others_n > 0) {
            self_gap += self_sum / self_n - others_sum / others_n;
            ++counted;
        }
    }
    ASSERT_GT(counted, 0U);
    EXPECT_GT(self_gap / static_cast<double>(counted), 1.0) << "self rates well above others on a blind spot";
}

TEST(DemoGenerator, RefusesTooFewPeople) {
    auto refused = app::generate_demo({10, 1}, leadership_in_action());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, domain::ErrorCode::InvalidInput);
}
