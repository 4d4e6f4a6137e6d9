// Undoing in a cycle: HR withdraws a rater (their answers go with them) and takes a subject out of a
// draft, each after being asked, and only while the cycle allows it.
#include <gtest/gtest.h>

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/enrolment.hpp"
#include "app/feedback/rater_journey.hpp"
#include "app/frameworks/framework_cache.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"
#include "web/http/form_tokens.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class SubjectAdminPages : public leadline::testing::AdminCyclePages {
  protected:
    // A peer in the open cycle who has sent their answers, every one of them "3", as their browser would.
    app::CycleResponse answered_peer() {
        const auto token = site.open_token(domain::RaterGroup::Peer);
        app::FrameworkCache cache;
        const auto questionnaire = app::RaterJourney(site.store(), cache).open(token).value();
        for (std::size_t page = 0; page < questionnaire.framework->attributes.size(); ++page) {
            std::vector<web::FormField> fields{{"csrf", web::rater_form_token(token)},
                                               {"action", "continue"}};
            for (const auto& behaviour : questionnaire.framework->attributes[page].behaviours) {
                fields.push_back({"b-" + behaviour.id.value(), "3"});
            }
            EXPECT_EQ(site.post("/r/" + token + "/a/" + std::to_string(page + 1), fields).status, 303);
        }
        EXPECT_EQ(site.post("/r/" + token + "/submit", {{"csrf", web::rater_form_token(token)}}).status, 303);
        const auto sent = site.store().responses().submitted_responses(open).value();
        for (const auto& response : sent) {
            if (response.group != domain::RaterGroup::Self) {
                return response;
            }
        }
        throw std::logic_error("no rater has answered in the demo's open cycle");
    }

    int answers_for(domain::CycleId cycle, domain::PersonId subject) {
        const auto overview = app::CycleAdministration(site.store()).overview(cycle).value();
        for (const auto& progress : overview.subjects) {
            if (progress.subject == subject) {
                return progress.submitted();
            }
        }
        return -1;
    }

    std::string withdraw_path(domain::NominationId nomination) {
        return cycle_path(open, "raters/" + std::to_string(nomination.value()) + "/withdraw");
    }
};

TEST_F(SubjectAdminPages, AWithdrawnRaterAndTheirAnswersGoAfterHrConfirms) {
    const auto peer = answered_peer();
    const auto page_path = cycle_path(open, "subjects/" + std::to_string(peer.subject.value()));
    const auto page = admin.get(page_path);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Answered"));
    EXPECT_TRUE(contains(admin.get(cycle_path(open)).body, "href=\"" + page_path + "\""))
        << "the progress table links to each subject";
    const auto before = answers_for(open, peer.subject);

    auto asked = admin.submit(page_path, withdraw_path(peer.nomination), {});
    ASSERT_EQ(asked.status, 200);
    EXPECT_TRUE(contains(asked.body, "answers and comments are deleted"));
    EXPECT_EQ(answers_for(open, peer.subject), before) << "nothing happens until confirmed";

    auto withdrawn = admin.submit(page_path, withdraw_path(peer.nomination), {{"confirmed", "yes"}});
    ASSERT_EQ(withdrawn.status, 303);
    EXPECT_EQ(*withdrawn.header("Location"), page_path + "?done=withdrawn");
    EXPECT_EQ(answers_for(open, peer.subject), before - 1);
    EXPECT_FALSE(site.store().responses().load_response(peer.response.id()).value().has_value())
        << "their answers are deleted";
    EXPECT_TRUE(contains(admin.get(page_path + "?done=withdrawn").body, "anything they answered is deleted"));
    EXPECT_EQ(admin.submit(page_path, withdraw_path(peer.nomination), {{"confirmed", "yes"}}).status, 404)
        << "withdrawn once";
}

TEST_F(SubjectAdminPages, TheSelfAssessmentCannotBeWithdrawnNorAnyoneOnceTheCycleHasClosed) {
    const auto cycle = site.store().cycles().load_cycle(open).value();
    const auto self = std::find_if(cycle.nominations().begin(), cycle.nominations().end(),
                                   [](const auto& n) { return n.group == domain::RaterGroup::Self; });
    ASSERT_NE(self, cycle.nominations().end());
    EXPECT_EQ(admin.submit(cycle_path(open), withdraw_path(self->id), {{"confirmed", "yes"}}).status, 400);

    const auto peer = answered_peer();
    ASSERT_EQ(admin.submit(cycle_path(open), cycle_path(open, "close"), {{"confirmed", "yes"}}).status, 303);
    const auto refused =
        admin.submit(cycle_path(open), withdraw_path(peer.nomination), {{"confirmed", "yes"}});
    EXPECT_EQ(refused.status, 409);
    EXPECT_TRUE(contains(refused.body, "what was answered stays"));
}

TEST_F(SubjectAdminPages, ASubjectComesOutOfADraftWithEveryoneTheyAskedButNotOutOfAnOpenCycle) {
    auto settings = site.store().cycles().cycle_heading(open).value().settings;
    settings.name = "Next year's leaders";
    const auto draft =
        app::CycleAdministration(site.store())
            .create(settings, site.store()
                                  .frameworks()
                                  .framework_text(settings.framework.value(), settings.framework_version)
                                  .value()
                                  .value())
            .value();
    const auto email = site.open_subject_email();
    ASSERT_TRUE(app::Enrolment(site.store(), site.clock(), "").add_subject(draft, email));
    const auto person = site.store().people().find_person(email).value()->id;
    const auto path = cycle_path(draft, "subjects/" + std::to_string(person.value()));
    const auto page = admin.get(path).body;
    EXPECT_TRUE(contains(page, "Invited when the cycle opens")) << "their line manager, from the directory";
    auto asked = admin.submit(path, path + "/remove", {});
    ASSERT_EQ(asked.status, 200);
    EXPECT_TRUE(contains(asked.body, "Everyone they asked is removed with them."));
    auto removed = admin.submit(path, path + "/remove", {{"confirmed", "yes"}});
    ASSERT_EQ(removed.status, 303);
    EXPECT_TRUE(app::CycleAdministration(site.store()).overview(draft).value().subjects.empty());
    EXPECT_TRUE(site.store().cycles().load_cycle(draft).value().nominations().empty());
    EXPECT_EQ(admin.get(path).status, 404);

    const auto in_open = cycle_path(open, "subjects/" + std::to_string(person.value()));
    EXPECT_EQ(admin.submit(in_open, in_open + "/remove", {{"confirmed", "yes"}}).status, 409);
}

} // namespace
