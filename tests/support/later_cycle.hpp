#pragma once

#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "app/ports/store.hpp"

namespace leadline::testing {

// Publishes a second cycle like `earlier`, in which three peers rate `subject` `rating` on every
// behaviour: for reports that compare with an earlier cycle. `managers_see_reports`, when given,
// replaces the earlier cycle's setting.
inline domain::CycleId publish_later_cycle(app::Store& store, const domain::Framework& framework,
                                           domain::CycleId earlier, domain::PersonId subject,
                                           const std::string& email, int rating,
                                           std::optional<bool> managers_see_reports = std::nullopt) {
    auto settings = store.cycles().load_cycle(earlier).value().settings();
    settings.name = "Leadership 360, spring 2027";
    settings.line_managers_see_reports = managers_see_reports.value_or(settings.line_managers_see_reports);
    const auto later = store.cycles().create_cycle(settings).value();
    EXPECT_TRUE(store.cycles().add_subject(later, {subject, email}));
    for (int i = 0; i < 3; ++i) {
        const auto rater = "peer" + std::to_string(i) + "@elsewhere.example";
        const domain::Nomination nomination{{}, subject, domain::RaterGroup::Peer, {std::nullopt, rater}};
        const auto nominated = store.cycles().add_nomination(later, nomination).value();
        const auto invitation = store.responses().create_invitation(nominated, "later-" + rater).value();
        domain::Response response(store.responses().create_response(invitation).value(), invitation);
        for (const auto& attribute : framework.attributes) {
            for (const auto& behaviour : attribute.behaviours) {
                EXPECT_TRUE(response.rate(invitation, domain::CycleState::Open, framework, behaviour.id,
                                          domain::Rating::of(rating)));
            }
        }
        EXPECT_TRUE(response.submit(invitation, domain::CycleState::Open));
        EXPECT_TRUE(store.responses().save_response(response));
    }
    EXPECT_TRUE(store.cycles().save_state(later, domain::CycleState::Published));
    return later;
}

} // namespace leadline::testing
