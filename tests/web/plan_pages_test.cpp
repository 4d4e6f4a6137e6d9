// A subject's development plan in the browser: started from their report, kept when the form has a
// problem or went stale, checked in on, shared with their line manager and read by them, and as JSON.
#include <gtest/gtest.h>

#include "app/reporting/cycle_reports.hpp"
#include "app/text/json_writer.hpp"
#include "support/demo_site.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

constexpr auto password = "a long enough password";

class PlanPages : public ::testing::Test {
  protected:
    void SetUp() override {
        cycle = site.summary().cycle;
        const auto& demo = site.demo();
        // A subject of the published cycle who has no plan yet and has a line manager, and that manager.
        for (const auto index : demo.subjects) {
            const auto& person = demo.people[index];
            if (!person.manager) {
                continue;
            }
            const auto id = site.store().people().find_person(person.email).value()->id;
            if (site.store().development_plans().development_plan(cycle, id).value()) {
                continue;
            }
            subject_id = id;
            subject_email = person.email;
            manager_email = demo.people[*person.manager].email;
            manager_name = demo.people[*person.manager].name;
            break;
        }
        ASSERT_FALSE(subject_email.empty());
        subject.choose_password(site.add_account(subject_email, domain::Role::Participant), password);
        manager.choose_password(site.add_account(manager_email, domain::Role::LineManager), password);
        const auto reports = app::CycleReports(site.store(), frameworks).all(cycle).value();
        const auto* report = app::find_subject(reports, subject_id);
        ASSERT_NE(report, nullptr);
        ASSERT_FALSE(report->report.focus.empty()) << "the demo subject's report suggests where to focus";
        first_focus = report->report.focus.front().attribute;
        framework = reports.framework;
        const auto* attribute = framework->find_attribute(first_focus);
        ASSERT_NE(attribute, nullptr);
        ASSERT_GE(attribute->micro_actions.size(), 2U);
        first_name = attribute->name;
        micro_action = attribute->micro_actions[1].text;
    }

    std::string plan_href() const { return "/me/cycles/" + std::to_string(cycle.value()) + "/plan"; }
    std::string shared_href() const {
        return "/me/cycles/" + std::to_string(cycle.value()) + "/plans/" + std::to_string(subject_id.value());
    }

    // The fields of a plan with one focus area, the report's first suggestion.
    std::vector<web::FormField> one_area(const std::string& goal, const std::string& revision = "0") const {
        const auto id = first_focus.value();
        return {{"revision", revision},
                {"focus", id},
                {"goal-" + id, goal},
                {"micro-" + id, "1"},
                {"manager-" + id, "yes"},
                {"review-" + id + "-day", "1"},
                {"review-" + id + "-month", "6"},
                {"review-" + id + "-year", "2027"}};
    }

    leadline::testing::DemoSite site;
    app::FrameworkCache frameworks;
    Browser subject{site};
    Browser manager{site};
    domain::CycleId cycle;
    domain::PersonId subject_id;
    std::string subject_email, manager_email, manager_name;
    domain::AttributeId first_focus;
    std::shared_ptr<const domain::Framework> framework;
    std::string first_name, micro_action;
};

} // namespace

TEST_F(PlanPages, ASubjectStartsAPlanFromTheirReportsSuggestions) {
    const auto before = subject.get(plan_href());
    ASSERT_EQ(before.status, 200);
    EXPECT_TRUE(contains(before.body, "Your report suggests starting with:"));
    EXPECT_TRUE(contains(before.body, first_name));
    EXPECT_TRUE(contains(before.body, "href=\"" + plan_href() + "/edit\""));
    const auto form = subject.get(plan_href() + "/edit");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"" + first_focus.value() + "\" aria-describedby=\"summary-" +
                                        first_focus.value() + "\" data-aria-controls=\"area-" +
                                        first_focus.value() + "\" checked"))
        << "the report's suggestion is ticked";
    EXPECT_TRUE(contains(form.body, "Suggested by your report"));
    const auto saved = subject.submit(plan_href() + "/edit", plan_href(), one_area("Let others speak first"));
    ASSERT_EQ(saved.status, 303);
    const auto page = subject.get(plan_href() + "?done=saved");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Your plan is saved."));
    EXPECT_TRUE(contains(page.body, "Let others speak first"));
    EXPECT_TRUE(contains(page.body, micro_action));
    EXPECT_TRUE(contains(page.body, "1 June 2027"));
    EXPECT_TRUE(contains(page.body, manager_name + " (line manager)"));
    EXPECT_TRUE(contains(page.body, "Plan started"));
    EXPECT_TRUE(contains(page.body, "Share with " + manager_name));
    EXPECT_TRUE(contains(subject.get("/me/cycles/" + std::to_string(cycle.value()) + "/report").body,
                         "href=\"" + plan_href() + "\""))
        << "the report leads to the plan";
}

TEST_F(PlanPages, AFormWithProblemsKeepsWhatWasTypedAndSaysWhatToFix) {
    auto fields = one_area("");
    fields.push_back({"focus", "not-an-attribute"});
    const auto other = framework->attributes.back().id.value();
    fields.push_back({"focus", other});
    fields.push_back({"goal-" + other, "Speak <up> & be heard"});
    fields.push_back({"review-" + first_focus.value() + "-day", "31"});
    const auto page = subject.submit(plan_href() + "/edit", plan_href(), fields);
    ASSERT_EQ(page.status, 400);
    EXPECT_TRUE(contains(page.body, "There is a problem"));
    EXPECT_TRUE(contains(page.body, "Write a goal for " + first_name));
    EXPECT_TRUE(contains(page.body, "Speak &lt;up&gt; &amp; be heard")) << "typed text comes back, escaped";
    EXPECT_TRUE(contains(page.body, "&quot;not-an-attribute&quot; is not one of this framework&#39;s."));
    EXPECT_FALSE(site.store().development_plans().development_plan(cycle, subject_id).value())
        << "nothing saved";
}

TEST_F(PlanPages, ASaveFromAStaleTabIsNotLostAndDoesNotUndoTheOther) {
    ASSERT_EQ(subject.submit(plan_href() + "/edit", plan_href(), one_area("First version")).status, 303);
    // Two tabs open the form on revision 1; the first saves, then the second.
    ASSERT_EQ(subject.submit(plan_href() + "/edit", plan_href(), one_area("From tab one", "1")).status, 303);
    const auto stale = subject.submit(plan_href() + "/edit", plan_href(), one_area("From tab two", "1"));
    ASSERT_EQ(stale.status, 409);
    EXPECT_TRUE(contains(stale.body, "changed in another tab or window"));
    EXPECT_TRUE(contains(stale.body, "From tab two")) << "what was typed is shown again";
    EXPECT_TRUE(contains(stale.body, "name=\"revision\" value=\"2\"")) << "saving again goes over the other";
    EXPECT_TRUE(contains(subject.get(plan_href()).body, "From tab one"));
    ASSERT_EQ(subject.submit(plan_href() + "/edit", plan_href(), one_area("From tab two", "2")).status, 303);
    EXPECT_TRUE(contains(subject.get(plan_href()).body, "From tab two"));
}

TEST_F(PlanPages, CheckInsShowOnTheTimelineAndBadOnesKeepTheirText) {
    const auto before_plan = subject.submit(plan_href(), plan_href() + "/check-ins", {{"did", "Too early"}});
    EXPECT_EQ(before_plan.status, 409);
    ASSERT_EQ(subject.submit(plan_href() + "/edit", plan_href(), one_area("Let others speak first")).status,
              303);
    const auto future = subject.submit(plan_href(), plan_href() + "/check-ins",
                                       {{"about", first_focus.value()},
                                        {"on-day", "1"},
                                        {"on-month", "1"},
                                        {"on-year", "2100"},
                                        {"did", "Waited <three> seconds"}});
    ASSERT_EQ(future.status, 400);
    EXPECT_TRUE(contains(future.body, "The day must be today or earlier."));
    EXPECT_TRUE(contains(future.body, "Waited &lt;three&gt; seconds"));
    const auto empty = subject.submit(plan_href(), plan_href() + "/check-ins", {{"learned", "Kept this"}});
    ASSERT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "Say what you did."));
    EXPECT_TRUE(contains(empty.body, "Kept this"));
    const auto saved = subject.submit(plan_href(), plan_href() + "/check-ins",
                                      {{"about", first_focus.value()},
                                       {"did", "Asked the quietest person first"},
                                       {"learned", "They had the best idea"}});
    ASSERT_EQ(saved.status, 303) << saved.body.substr(saved.body.find("govuk-error-summary__list"), 400);
    const auto page = subject.get(plan_href());
    EXPECT_TRUE(contains(page.body, "Check-in: " + first_name));
    EXPECT_TRUE(contains(page.body, "Asked the quietest person first"));
    EXPECT_TRUE(contains(page.body, "They had the best idea"));
    EXPECT_LT(page.body.find("Check-in: " + first_name), page.body.find("Plan started")) << "newest first";
}

TEST_F(PlanPages, TheLineManagerReadsThePlanOnlyWhileItIsShared) {
    ASSERT_EQ(subject.submit(plan_href() + "/edit", plan_href(), one_area("Let others speak first")).status,
              303);
    EXPECT_EQ(manager.get(shared_href()).status, 404) << "private until shared";
    EXPECT_FALSE(contains(manager.get("/me").body, "href=\"" + shared_href() + "\""));
    ASSERT_EQ(subject.submit(plan_href(), plan_href() + "/sharing", {{"share", "yes"}}).status, 303);
    EXPECT_TRUE(contains(manager.get("/me").body, "href=\"" + shared_href() + "\""))
        << "listed on their home page";
    const auto shared = manager.get(shared_href());
    ASSERT_EQ(shared.status, 200);
    EXPECT_TRUE(contains(shared.body, "Let others speak first"));
    EXPECT_TRUE(contains(shared.body, "has shared this plan with you"));
    EXPECT_FALSE(contains(shared.body, "Save check-in")) << "the manager reads; only the owner writes";
    EXPECT_FALSE(contains(shared.body, "Change your plan"));
    EXPECT_TRUE(contains(subject.get(plan_href()).body, "Stop sharing"));
    const auto json = manager.get("/api/v1/cycles/" + std::to_string(cycle.value()) + "/plans/" +
                                  std::to_string(subject_id.value()));
    ASSERT_EQ(json.status, 200);
    EXPECT_TRUE(contains(json.body, "\"goal\":\"Let others speak first\""));
    EXPECT_TRUE(contains(json.body, "\"shared_with_line_manager\":true"));
    EXPECT_TRUE(contains(json.body, "\"text\":" + app::json_quoted(micro_action)));
    ASSERT_EQ(subject.submit(plan_href(), plan_href() + "/sharing", {{"share", "no"}}).status, 303);
    EXPECT_EQ(manager.get(shared_href()).status, 404) << "private again";
}

TEST_F(PlanPages, BeforePublishingThePlanWaitsForTheReport) {
    const auto page =
        subject.get("/me/cycles/" + std::to_string(site.summary().open_cycle.value()) + "/plan");
    EXPECT_EQ(page.status, 409);
    EXPECT_TRUE(contains(page.body, "ready once the cycle is published"));
}
