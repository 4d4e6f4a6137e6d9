// Mentor matching as the admin sees it: the page, its CSV, and a capacity typed wrong.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class MentoringPage : public leadline::testing::AdminCyclePages {
  protected:
    static std::string page_of(domain::CycleId cycle) { return cycle_path(cycle, "mentoring"); }
};

} // namespace

TEST_F(MentoringPage, ThePublishedCycleLinksToMatchesWithTheirReasons) {
    EXPECT_TRUE(contains(admin.get(cycle_path(published)).body, "href=\"" + page_of(published) + "\""));
    const auto page = admin.get(page_of(published));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Strong in "));
    EXPECT_TRUE(contains(page.body, "value=\"2\"")) << "the default capacity is shown";
}

TEST_F(MentoringPage, TheCsvHasAMenteePerLineAndFollowsTheCapacity) {
    const auto one = admin.get(page_of(published) + ".csv?capacity=1");
    const auto three = admin.get(page_of(published) + ".csv?capacity=3");
    ASSERT_EQ(one.status, 200);
    ASSERT_TRUE(one.header("Content-Disposition"));
    EXPECT_TRUE(contains(*one.header("Content-Disposition"), "mentoring-cycle-"));
    EXPECT_EQ(one.body.substr(0, one.body.find('\n')),
              "mentee_email,mentee_name,mentor_email,mentor_name,fit,reason");
    // The same mentees either way; with more room each mentor takes more, so fewer go without.
    EXPECT_EQ(std::count(one.body.begin(), one.body.end(), '\n'),
              std::count(three.body.begin(), three.body.end(), '\n'));
    auto unmatched = [](const std::string& csv) {
        long count = 0;
        for (auto at = csv.find(",,,,No mentor"); at != std::string::npos;
             at = csv.find(",,,,No mentor", at + 1)) {
            ++count;
        }
        return count;
    };
    EXPECT_LE(unmatched(three.body), unmatched(one.body));
}

TEST_F(MentoringPage, ACapacityTypedWrongIsExplainedAndKept) {
    const auto page = admin.get(page_of(published) + "?capacity=lots");
    EXPECT_EQ(page.status, 400);
    EXPECT_TRUE(contains(page.body, "There is a problem"));
    EXPECT_TRUE(contains(page.body, "Enter a whole number from 1 to 10"));
    EXPECT_TRUE(contains(page.body, "value=\"lots\""));
    EXPECT_EQ(admin.get(page_of(published) + ".csv?capacity=0").status, 400);
}

TEST_F(MentoringPage, NoMatchingBeforeTheCycleIsPublished) {
    const auto page = admin.get(page_of(open));
    EXPECT_NE(page.status, 200);
    EXPECT_FALSE(contains(page.body, "Strong in "));
}
