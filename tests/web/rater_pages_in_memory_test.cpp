// Rater pages answered from memory on the server's I/O thread: the same pages the database would
// give, and never one that a change, here or in another process, has made out of date.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"
#include "web/http/form_tokens.hpp"

using namespace leadline;
using domain::RaterGroup;
using leadline::testing::contains;
using leadline::testing::DemoSite;

namespace {

std::string first_page(const std::string& token) {
    return "/r/" + token + "/a/1";
}

// Every behaviour of the first attribute answered with `value`.
std::vector<web::FormField> first_page_answers(DemoSite& site, const std::string& token,
                                               const std::string& value) {
    app::FrameworkCache frameworks;
    auto questionnaire = app::RaterJourney(site.store(), frameworks).open(token);
    std::vector<web::FormField> fields{{"csrf", web::rater_form_token(token)}, {"action", "continue"}};
    for (const auto& behaviour : questionnaire.value().framework->attributes[0].behaviours) {
        fields.push_back({"b-" + behaviour.id.value(), value});
    }
    return fields;
}

// Waits for the site's poller to drop a page; false if it is still answered from memory after 10 s.
bool dropped_soon(DemoSite& site, const std::string& path) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (site.get_from_memory(path)) {
        if (std::chrono::steady_clock::now() > give_up) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

// What the test's own connection, standing in for another process, changes.
domain::Person subject_of(DemoSite& site, const std::string& token) {
    app::FrameworkCache frameworks;
    const auto subject = app::RaterJourney(site.store(), frameworks).open(token).value().context.subject;
    const auto people = site.store().people().people().value();
    for (const auto& person : people) {
        if (person.id == subject) {
            return person;
        }
    }
    throw std::logic_error("no such subject");
}

class RaterPagesInMemory : public leadline::testing::AdminCyclePages {};

} // namespace

TEST_F(RaterPagesInMemory, APageIsAnsweredFromMemoryOnlyOnceItHasBeenRead) {
    const auto token = site.open_token(RaterGroup::Peer);
    EXPECT_FALSE(site.get_from_memory(first_page(token))) << "nothing is kept before a read";
    EXPECT_FALSE(site.get_from_memory("/r/not-a-real-token/a/1"));
    const auto read = site.get(first_page(token));
    ASSERT_EQ(read.status, 200);
    const auto kept = site.get_from_memory(first_page(token));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->status, 200);
    EXPECT_EQ(kept->body, read.body);
    ASSERT_NE(kept->header("Content-Security-Policy"), nullptr) << "security headers as on any page";
    EXPECT_EQ(*kept->header("Content-Security-Policy"), *read.header("Content-Security-Policy"));
    // The link's other pages come from the same questionnaire.
    for (const auto& path : {"/r/" + token, "/r/" + token + "/a/3", "/r/" + token + "/check"}) {
        const auto from_memory = site.get_from_memory(path);
        ASSERT_TRUE(from_memory) << path;
        EXPECT_EQ(from_memory->body, site.get(path).body) << path;
    }
    EXPECT_EQ(site.get_from_memory("/r/" + token + "/a/99")->status, 404);
}

TEST_F(RaterPagesInMemory, SavedAnswersShowOnTheVeryNextPage) {
    const auto token = site.open_token(RaterGroup::Peer);
    ASSERT_EQ(site.get(first_page(token)).status, 200);
    ASSERT_EQ(site.post(first_page(token), first_page_answers(site, token, "4")).status, 303);
    const auto kept = site.get_from_memory(first_page(token));
    ASSERT_TRUE(kept) << "the save keeps what it wrote";
    EXPECT_TRUE(contains(kept->body, R"(value="4" checked)"));
    EXPECT_EQ(kept->body, site.get(first_page(token)).body);
    const auto introduction = site.get_from_memory("/r/" + token);
    ASSERT_TRUE(introduction);
    EXPECT_TRUE(contains(introduction->body, "Continue where you stopped"));
}

TEST_F(RaterPagesInMemory, ClosingTheCycleHereDropsItsPagesBeforeTheCloseIsAnswered) {
    const auto token = site.open_token(RaterGroup::Peer);
    ASSERT_TRUE(contains(site.get("/r/" + token).body, "Start now"));
    ASSERT_TRUE(site.get_from_memory("/r/" + token));
    const auto closed = admin.submit(cycle_path(open), cycle_path(open, "close"), {{"confirmed", "yes"}});
    ASSERT_EQ(closed.status, 303);
    const auto after = site.get_from_memory("/r/" + token);
    EXPECT_FALSE(after && contains(after->body, "Start now")) << "a closed cycle's page offered answers";
    EXPECT_TRUE(contains(site.get("/r/" + token).body, "has closed"));
}

TEST_F(RaterPagesInMemory, AChangeMadeByAnotherProcessDropsThePage) {
    const auto token = site.open_token(RaterGroup::Peer);
    ASSERT_EQ(site.get("/r/" + token).status, 200);
    ASSERT_TRUE(site.get_from_memory("/r/" + token));

    // The subject's name changes through another connection, as an import by the CLI would.
    auto subject = subject_of(site, token);
    subject.name = "Renamed Elsewhere";
    ASSERT_TRUE(site.store().people().save_person(subject));
    EXPECT_TRUE(dropped_soon(site, "/r/" + token));
    EXPECT_TRUE(contains(site.get("/r/" + token).body, "Renamed Elsewhere"));
    ASSERT_TRUE(contains(site.get_from_memory("/r/" + token)->body, "Renamed Elsewhere"));

    // Answers saved by another process.
    app::FrameworkCache frameworks;
    app::RaterJourney elsewhere(site.store(), frameworks);
    const auto attribute = elsewhere.open(token).value().framework->attributes[0];
    app::AttributeAnswers answers;
    for (const auto& behaviour : attribute.behaviours) {
        answers.ratings.emplace(behaviour.id, domain::Rating::of(2));
    }
    ASSERT_TRUE(site.get_from_memory(first_page(token)));
    ASSERT_TRUE(elsewhere.save_attribute(token, 0, answers));
    EXPECT_TRUE(dropped_soon(site, first_page(token)));
    EXPECT_TRUE(contains(site.get(first_page(token)).body, R"(value="2" checked)"));
    // Changed again: the response exists now, so only its answers change.
    for (auto& [behaviour, rating] : answers.ratings) {
        rating = domain::Rating::of(5);
    }
    ASSERT_TRUE(site.get_from_memory(first_page(token)));
    ASSERT_TRUE(elsewhere.save_attribute(token, 0, answers));
    EXPECT_TRUE(dropped_soon(site, first_page(token)));
    EXPECT_TRUE(contains(site.get(first_page(token)).body, R"(value="5" checked)"));

    // The cycle closed by another process.
    ASSERT_TRUE(site.get_from_memory("/r/" + token));
    ASSERT_TRUE(site.store().cycles().save_state(open, domain::CycleState::Closed));
    EXPECT_TRUE(dropped_soon(site, "/r/" + token));
    EXPECT_TRUE(contains(site.get("/r/" + token).body, "has closed"));
}

TEST_F(RaterPagesInMemory, PostsAreNeverAnsweredFromMemory) {
    const auto token = site.open_token(RaterGroup::Peer);
    ASSERT_EQ(site.get(first_page(token)).status, 200);
    web::Request post;
    post.method = web::Method::Post;
    post.path = first_page(token);
    post.body = leadline::testing::form_body(first_page_answers(site, token, "3"));
    EXPECT_FALSE(site.app().answer_from_memory(post));
}
