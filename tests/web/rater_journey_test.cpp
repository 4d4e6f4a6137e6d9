// The rater's journey, driven through the web application without sockets.
#include <gtest/gtest.h>

#include "app/feedback/cycle_administration.hpp"
#include "support/demo_site.hpp"
#include "support/text_checks.hpp"
#include "web/http/access_log.hpp"
#include "web/http/form_tokens.hpp"

using namespace leadline;
using domain::RaterGroup;
using leadline::testing::contains;
using web::FormField;

namespace {

class RaterJourney : public ::testing::Test {
  protected:
    leadline::testing::DemoSite site;

    const domain::Framework& framework() {
        static const auto catalog = app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
        return catalog.find("leadership-in-action")->framework;
    }

    // Every behaviour of one attribute answered with the same value.
    std::vector<FormField> answers(const std::string& token, std::size_t attribute, const std::string& value,
                                   const std::string& action = "continue") {
        std::vector<FormField> fields{{"csrf", web::rater_form_token(token)}, {"action", action}};
        for (const auto& behaviour : framework().attributes[attribute].behaviours) {
            fields.push_back({"b-" + behaviour.id.value(), value});
        }
        return fields;
    }

    std::string page(const std::string& token, std::size_t attribute) {
        return "/r/" + token + "/a/" + std::to_string(attribute + 1);
    }

    std::optional<domain::Response> stored_response(const std::string& token) {
        auto questionnaire = app::RaterJourney(site.store(), cache).open(token);
        EXPECT_TRUE(questionnaire.has_value());
        if (!questionnaire || !questionnaire->response.id().is_set()) {
            return std::nullopt;
        }
        return questionnaire->response;
    }

    app::FrameworkCache cache;
};

} // namespace

TEST_F(RaterJourney, AnUnknownLinkGetsAPlainNotFoundPageThatRevealsNothing) {
    auto unknown = site.get("/r/not-a-real-token");
    auto other = site.get("/r/" + std::string(43, 'A'));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.body, other.body) << "every unknown token gets the same page";
    EXPECT_TRUE(contains(unknown.body, "Page not found"));
}

TEST_F(RaterJourney, TheIntroductionSaysWhoseFeedbackItIsAndHowLongItTakes) {
    auto intro = site.get("/r/" + site.open_token(RaterGroup::Peer));
    ASSERT_EQ(intro.status, 200);
    EXPECT_TRUE(contains(intro.body, "Feedback for "));
    EXPECT_TRUE(contains(intro.body, "minutes"));
    EXPECT_TRUE(contains(intro.body, "no one can tell which answers are yours"));
    EXPECT_TRUE(contains(intro.body, "Start now"));
}

TEST_F(RaterJourney, TheSubjectSeesTheirSelfAssessmentInTheFirstPerson) {
    const auto token = site.open_token(RaterGroup::Self);
    EXPECT_TRUE(contains(site.get("/r/" + token).body, "Your self-assessment"));
    EXPECT_TRUE(contains(site.get(page(token, 0)).body, framework().attributes[0].behaviours[0].self_text));
}

TEST_F(RaterJourney, EachPageShowsItsPlaceInTheQuestionnaire) {
    const auto token = site.open_token(RaterGroup::Peer);
    auto third = site.get(page(token, 2));
    ASSERT_EQ(third.status, 200);
    EXPECT_TRUE(contains(third.body, "3 of 8"));
    EXPECT_TRUE(contains(third.body, framework().attributes[2].name));
    EXPECT_EQ(site.get(page(token, 8)).status, 404) << "there is no ninth page";
}

TEST_F(RaterJourney, ContinuingWithMissingAnswersKeepsWhatWasTypedAndSaysWhatIsMissing) {
    const auto token = site.open_token(RaterGroup::Peer);
    auto fields = answers(token, 0, "4");
    fields.pop_back();
    fields.push_back({"strength", "Clear about <why> & what"});
    auto shown = site.post(page(token, 0), fields);
    EXPECT_EQ(shown.status, 400);
    EXPECT_TRUE(contains(shown.body, "There is a problem"));
    const auto missing = "b-" + framework().attributes[0].behaviours.back().id.value();
    EXPECT_TRUE(contains(shown.body, "href=\"#" + missing + "\"")) << "the summary links to the question";
    EXPECT_TRUE(contains(shown.body, "value=\"4\" checked")) << "answers given are kept";
    EXPECT_TRUE(contains(shown.body, "Clear about &lt;why&gt; &amp; what")) << "the comment is kept, escaped";
    EXPECT_FALSE(stored_response(token).has_value()) << "nothing is saved from an incomplete page";
}

TEST_F(RaterJourney, APageShownAgainHasExactlyThisRatersAnswersAndComments) {
    const auto token = site.open_token(RaterGroup::Peer);
    const auto other = site.open_token(RaterGroup::DirectReport);
    auto fields = answers(token, 0, "4");
    fields[2].value = "2";
    fields[3].value = "not-observed";
    fields.push_back({"strength", "Keeps <b>calm</b> & \"fair\" 'always'\nSecond line"});
    ASSERT_EQ(site.post(page(token, 0), fields).status, 303);

    const auto shown = site.get(page(token, 0)).body;
    std::size_t checked = 0;
    for (auto at = shown.find(" checked>"); at != std::string::npos; at = shown.find(" checked>", at + 1)) {
        ++checked;
    }
    EXPECT_EQ(checked, framework().attributes[0].behaviours.size()) << "one answer per question";
    EXPECT_TRUE(contains(shown, "value=\"2\" checked"));
    EXPECT_TRUE(contains(shown, "value=\"not-observed\" checked"));
    EXPECT_TRUE(
        contains(shown, "Keeps &lt;b&gt;calm&lt;/b&gt; &amp; &quot;fair&quot; &#39;always&#39;\nSecond line"))
        << "the comment is escaped and keeps its line break";
    EXPECT_TRUE(contains(shown, "action=\"" + page(token, 0) + "\""));
    EXPECT_TRUE(contains(shown, "value=\"" + web::rater_form_token(token) + "\""));
    EXPECT_FALSE(contains(shown, "Zq7slot")) << "no placeholder is left in the page";

    const auto theirs = site.get(page(other, 0)).body;
    EXPECT_FALSE(contains(theirs, " checked>")) << "another rater sees none of these answers";
    EXPECT_FALSE(contains(theirs, "calm"));
    EXPECT_TRUE(contains(theirs, "action=\"" + page(other, 0) + "\""));
    EXPECT_FALSE(contains(theirs, token)) << "nor this rater's link";
}

TEST_F(RaterJourney, ARaterCompletesTheQuestionnaireAndSendsIt) {
    const auto token = site.open_token(RaterGroup::Peer);
    const auto count = framework().attributes.size();
    for (std::size_t i = 0; i < count; ++i) {
        auto saved = site.post(page(token, i), answers(token, i, i == 1 ? "not-observed" : "3"));
        ASSERT_EQ(saved.status, 303) << saved.body;
        const auto expected = i + 1 < count ? page(token, i + 1) : "/r/" + token + "/check";
        EXPECT_EQ(*saved.header("Location"), expected);
    }
    auto check = site.get("/r/" + token + "/check");
    EXPECT_TRUE(contains(check.body, "Check your answers"));
    EXPECT_TRUE(contains(check.body, "I have not seen this"));
    auto sent = site.post("/r/" + token + "/submit", {{"csrf", web::rater_form_token(token)}});
    ASSERT_EQ(sent.status, 303);
    EXPECT_TRUE(contains(site.get("/r/" + token + "/done").body, "Feedback sent"));
    auto response = stored_response(token);
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->state(), domain::ResponseState::Submitted);
    EXPECT_EQ(response->ratings().size(), framework().behaviour_count());
}

TEST_F(RaterJourney, SendingBeforeEveryQuestionIsAnsweredIsRefused) {
    const auto token = site.open_token(RaterGroup::Peer);
    ASSERT_EQ(site.post(page(token, 0), answers(token, 0, "3")).status, 303);
    auto refused = site.post("/r/" + token + "/submit", {{"csrf", web::rater_form_token(token)}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Answer every question before sending"));
    EXPECT_EQ(stored_response(token)->state(), domain::ResponseState::Draft);
}

TEST_F(RaterJourney, SaveAndComeBackLaterResumesWhereTheRaterStopped) {
    const auto token = site.open_token(RaterGroup::Peer);
    ASSERT_EQ(site.post(page(token, 0), answers(token, 0, "5")).status, 303);
    auto partial = answers(token, 1, "2", "later");
    partial.resize(3); // one answer only
    auto later = site.post(page(token, 1), partial);
    ASSERT_EQ(later.status, 303);
    EXPECT_EQ(*later.header("Location"), "/r/" + token + "?saved=1");
    auto intro = site.get("/r/" + token + "?saved=1");
    EXPECT_TRUE(contains(intro.body, "Your answers are saved"));
    EXPECT_TRUE(contains(intro.body, "Continue where you stopped"));
    EXPECT_TRUE(contains(intro.body, "href=\"" + page(token, 1) + "\"")) << "resumes on the unfinished page";
    EXPECT_TRUE(contains(site.get(page(token, 1)).body, "value=\"2\" checked"))
        << "the partial answer is kept";
}

TEST_F(RaterJourney, AWrongOrMissingFormTokenIsRefusedAndNothingChanges) {
    const auto token = site.open_token(RaterGroup::Peer);
    auto fields = answers(token, 0, "4");
    fields[0].value = "forged";
    EXPECT_EQ(site.post(page(token, 0), fields).status, 403);
    fields.erase(fields.begin());
    EXPECT_EQ(site.post(page(token, 0), fields).status, 403);
    EXPECT_FALSE(stored_response(token).has_value());
}

TEST_F(RaterJourney, UnknownOrRepeatedFieldsAreRefusedWithoutLosingSavedAnswers) {
    const auto token = site.open_token(RaterGroup::Peer);
    ASSERT_EQ(site.post(page(token, 0), answers(token, 0, "4")).status, 303);
    auto unknown = answers(token, 0, "1");
    unknown.push_back({"is_admin", "1"});
    EXPECT_EQ(site.post(page(token, 0), unknown).status, 400);
    auto repeated = answers(token, 0, "1");
    repeated.push_back(repeated.back());
    EXPECT_EQ(site.post(page(token, 0), repeated).status, 400);
    const auto saved = stored_response(token);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->ratings().begin()->second, domain::Rating::of(4)) << "the earlier answers are intact";
}

TEST_F(RaterJourney, ARatingOutsideTheScaleIsShownAsAProblemWithThatQuestion) {
    const auto token = site.open_token(RaterGroup::Peer);
    auto fields = answers(token, 0, "4");
    fields[2].value = "9";
    auto shown = site.post(page(token, 0), fields);
    EXPECT_EQ(shown.status, 400);
    EXPECT_TRUE(contains(shown.body, "not on the scale"));
    fields[2].value = "lots";
    EXPECT_EQ(site.post(page(token, 0), fields).status, 400);
    EXPECT_FALSE(stored_response(token).has_value());
}

TEST_F(RaterJourney, ACommentThatIsNotUtf8IsAProblemWithThatComment) {
    const auto token = site.open_token(RaterGroup::Peer);
    auto fields = answers(token, 0, "4");
    fields.push_back({"to-develop", "caf\xE9"});
    auto shown = site.post(page(token, 0), fields);
    EXPECT_EQ(shown.status, 400);
    EXPECT_TRUE(contains(shown.body, "href=\"#to-develop\""));
}

TEST_F(RaterJourney, ASubmittedResponseCanBeChangedWhileTheCycleIsOpen) {
    const auto token = site.open_token(RaterGroup::Peer);
    for (std::size_t i = 0; i < framework().attributes.size(); ++i) {
        ASSERT_EQ(site.post(page(token, i), answers(token, i, "3")).status, 303);
    }
    const std::vector<FormField> csrf{{"csrf", web::rater_form_token(token)}};
    ASSERT_EQ(site.post("/r/" + token + "/submit", csrf).status, 303);
    ASSERT_EQ(site.post("/r/" + token + "/submit", csrf).status, 303) << "sending twice is harmless";
    ASSERT_EQ(site.post(page(token, 0), answers(token, 0, "5")).status, 303);
    const auto response = stored_response(token);
    EXPECT_EQ(response->state(), domain::ResponseState::Submitted);
    EXPECT_EQ(response->ratings().at(framework().attributes[0].behaviours[0].id), domain::Rating::of(5));
}

TEST_F(RaterJourney, AClosedCycleShowsItsStateAndRefusesChanges) {
    const auto token = site.published_token();
    auto intro = site.get("/r/" + token);
    EXPECT_EQ(intro.status, 200);
    EXPECT_TRUE(contains(intro.body, "This feedback has closed"));
    EXPECT_FALSE(contains(intro.body, "Start now"));
    const auto before = stored_response(token)->ratings();
    EXPECT_EQ(site.post(page(token, 0), answers(token, 0, "1")).status, 409);
    EXPECT_EQ(stored_response(token)->ratings(), before);
}

TEST_F(RaterJourney, EveryPageOfAClosedCycleSaysSoAndOffersNothingToFill) {
    // A rater of the published cycle, and one of the open cycle once an admin has closed it.
    const auto open_token = site.open_token(RaterGroup::Peer);
    ASSERT_TRUE(
        app::CycleAdministration(site.store()).advance(site.summary().open_cycle, app::CycleStep::Close));
    for (const auto& token : {site.published_token(), open_token}) {
        const auto intro = site.get("/r/" + token).body;
        EXPECT_TRUE(contains(intro, "This feedback has closed")) << token;
        EXPECT_FALSE(contains(intro, "You can change them until")) << token;
        EXPECT_FALSE(contains(intro, "Answers can be given until")) << token;
        const auto check = site.get("/r/" + token + "/check");
        EXPECT_EQ(check.status, 200);
        EXPECT_TRUE(contains(check.body, "This feedback has closed"));
        EXPECT_FALSE(contains(check.body, "Send feedback"));
        EXPECT_FALSE(contains(check.body, ">Change<"));
        const auto first = site.get(page(token, 0));
        EXPECT_EQ(first.status, 303) << "no questions to fill";
        ASSERT_NE(first.header("Location"), nullptr);
        EXPECT_EQ(*first.header("Location"), "/r/" + token);
        EXPECT_FALSE(contains(site.get("/r/" + token + "/done").body, "review and change your answers"));
    }
}

TEST_F(RaterJourney, CheckYourAnswersShowsEachCommentWithAWayToChangeIt) {
    const auto token = site.open_token(RaterGroup::Peer);
    auto fields = answers(token, 0, "4");
    fields.push_back({"strength", "Listens <well> to the front line"});
    ASSERT_EQ(site.post(page(token, 0), fields).status, 303);
    const auto check = site.get("/r/" + token + "/check").body;
    EXPECT_TRUE(contains(check, "Listens &lt;well&gt; to the front line"));
    EXPECT_TRUE(contains(check, "What is a strength here"));
    EXPECT_TRUE(contains(check, "What could be developed"));
    EXPECT_TRUE(contains(check, "No comment"));
    EXPECT_TRUE(contains(check, "Change<span class=\"govuk-visually-hidden\"> What is a strength here"));
}

TEST_F(RaterJourney, TheSelfAssessmentHasNoNotSeenAnswerAndRefusesOne) {
    const auto token = site.open_token(RaterGroup::Self);
    const auto shown = site.get(page(token, 0)).body;
    EXPECT_FALSE(contains(shown, "not-observed"));
    EXPECT_FALSE(contains(shown, "I have not seen this"));
    auto fields = answers(token, 0, "3");
    fields[2].value = "not-observed";
    const auto refused = site.post(page(token, 0), fields);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "everyone has a view of themselves"));
    EXPECT_FALSE(stored_response(token).has_value());
}

TEST_F(RaterJourney, AfterSendingTheLandingPageOffersToCheckOrChangeTheAnswers) {
    const auto token = site.open_token(RaterGroup::Peer);
    for (std::size_t i = 0; i < framework().attributes.size(); ++i) {
        ASSERT_EQ(site.post(page(token, i), answers(token, i, "3")).status, 303);
    }
    ASSERT_EQ(site.post("/r/" + token + "/submit", {{"csrf", web::rater_form_token(token)}}).status, 303);
    const auto intro = site.get("/r/" + token).body;
    EXPECT_TRUE(contains(intro, "Check or change your answers"));
    EXPECT_FALSE(contains(intro, "Continue where you stopped"));
}

TEST_F(RaterJourney, EveryResponseCarriesTheSecurityHeaders) {
    for (const auto& response : {site.get("/r/" + site.open_token(RaterGroup::Peer)), site.get("/r/nope"),
                                 site.get("/healthz"), site.get("/nowhere")}) {
        ASSERT_NE(response.header("Content-Security-Policy"), nullptr);
        EXPECT_TRUE(contains(*response.header("Content-Security-Policy"), "frame-ancestors 'none'"));
        EXPECT_FALSE(contains(*response.header("Content-Security-Policy"), "unsafe-inline"));
        EXPECT_EQ(*response.header("X-Content-Type-Options"), "nosniff");
        EXPECT_EQ(*response.header("Referrer-Policy"), "no-referrer");
    }
}

TEST_F(RaterJourney, HealthCheckAnswersOkWhenTheDatabaseAnswers) {
    auto health = site.get("/healthz");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.body, R"({"status":"ok"})");
}

TEST(AccessLog, MasksPrivateTokensAndDropsQueries) {
    EXPECT_EQ(web::loggable_path("/r/SECRET123/a/2"), "/r/[token]/a/2");
    EXPECT_EQ(web::loggable_path("/r/SECRET123?saved=1"), "/r/[token]");
    EXPECT_EQ(web::loggable_path("/healthz?x=1"), "/healthz");
}
