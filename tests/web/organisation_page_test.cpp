// The organisation's details, set in the browser: refused input kept as typed, and once saved, in every
// email and on every rater's first page, including pages kept in memory.
#include <gtest/gtest.h>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class OrganisationPage : public leadline::testing::AdminCyclePages {
  protected:
    web::Response save(const std::string& name, const std::string& contact, const std::string& privacy) {
        return admin.submit("/admin/organisation", "/admin/organisation",
                            {{"name", name}, {"contact-email", contact}, {"privacy-url", privacy}});
    }
};

TEST_F(OrganisationPage, ProblemsAreShownBesideWhatWasTyped) {
    const auto form = admin.get("/admin/organisation");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"Demo County Council\"")) << "the demo's details, as saved";
    const auto refused = save("", "hr at northshire", "javascript:alert(1)");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Enter your organisation&#39;s name"));
    EXPECT_TRUE(contains(refused.body, "Enter an email address in the correct format"));
    EXPECT_TRUE(contains(refused.body, "Enter the full web address of the privacy notice"));
    EXPECT_TRUE(contains(refused.body, "value=\"hr at northshire\"")) << "what was typed is kept";
    EXPECT_TRUE(contains(refused.body, "href=\"#name\"")) << "the summary links to the field";
    EXPECT_EQ(site.store().organisation().details().value().name, "Demo County Council") << "nothing saved";
}

TEST_F(OrganisationPage, SavedDetailsSignOffEmailsAndShowOnTheRatersFirstPageAtOnce) {
    const auto token = site.open_token(domain::RaterGroup::Peer);
    ASSERT_TRUE(contains(site.get("/r/" + token).body, "collected for Demo County Council"));
    ASSERT_TRUE(site.get_from_memory("/r/" + token)) << "the page is kept in memory";

    const auto saved =
        save(" Northshire County Council ", "HR@Northshire.Example", "https://northshire.example/privacy");
    ASSERT_EQ(saved.status, 303);
    const auto page = admin.get(*saved.header("Location")).body;
    EXPECT_TRUE(contains(page, "Your organisation's details are saved"));
    EXPECT_TRUE(contains(page, "value=\"hr@northshire.example\""));

    const auto kept = site.get_from_memory("/r/" + token);
    EXPECT_FALSE(kept && !contains(kept->body, "Northshire")) << "a page kept from before the change";
    const auto intro = site.get("/r/" + token).body;
    EXPECT_TRUE(contains(intro, "This feedback is collected for Northshire County Council."));
    EXPECT_TRUE(contains(intro, "href=\"mailto:hr@northshire.example\""));
    EXPECT_TRUE(contains(intro, "href=\"https://northshire.example/privacy\""));

    ASSERT_EQ(admin.submit(cycle_path(open), cycle_path(open, "remind"), {}).status, 303);
    const auto waiting = site.store().outbox().unsent(100000).value();
    const auto reminder = std::find_if(waiting.begin(), waiting.end(), [](const auto& message) {
        return message.kind == app::MessageKind::Reminder;
    });
    ASSERT_NE(reminder, waiting.end());
    EXPECT_TRUE(contains(reminder->body,
                         "Sent for Northshire County Council by Leadline.\n"
                         "Questions about this feedback: hr@northshire.example\n"
                         "How your information is used: https://northshire.example/privacy\n"));
}

} // namespace
