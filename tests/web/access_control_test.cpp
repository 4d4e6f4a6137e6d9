// Every route of the route table against every role and against anonymous visitors: who gets the page,
// who is sent to sign in, who is refused. The test walks web::product_routes(): a route added to the
// table without an expectation here fails it, and so does an expectation whose address does not reach
// the route it claims to test.
#include <gtest/gtest.h>

#include "app/development/learning_set_planning.hpp"
#include "app/security/invitation_token.hpp"
#include "app/talent/talent_pools.hpp"
#include "app/talent/talent_reviews.hpp"
#include "domain/development/habits.hpp"

#include "support/demo_site.hpp"
#include "support/short_search.hpp"
#include "web/http/form_tokens.hpp"
#include "web/routes/route_table.hpp"

using namespace leadline;
using leadline::testing::Browser;

namespace {

enum class Visitor { Anonymous, Admin, HrViewer, Participant, LineManager };
constexpr std::array<Visitor, 5> all_visitors{Visitor::Anonymous, Visitor::Admin, Visitor::HrViewer,
                                              Visitor::Participant, Visitor::LineManager};

std::string name_of(Visitor visitor) {
    switch (visitor) {
    case Visitor::Anonymous:
        return "anonymous";
    case Visitor::Admin:
        return "admin";
    case Visitor::HrViewer:
        return "HR viewer";
    case Visitor::Participant:
        return "participant";
    case Visitor::LineManager:
        return "line manager";
    }
    return "?";
}

// What a visitor gets: the page (or the redirect that is the page's answer), sent to sign in, refused.
enum class Outcome { Page, SignInFirst, GoHome, Refused, NotFound, Unauthorised, WrongMethod };

// What each visitor gets from one address. `route` names the table's row the address reaches (its
// pattern), or is empty for an address that reaches none: an unknown path, or a known one with another
// method.
struct Route {
    web::Method method;
    std::string route;
    std::string path;                   // {rater}, {cycle}, {published}... are replaced by working values
    std::map<Visitor, Outcome> outcome; // visitors not listed get `otherwise`
    Outcome otherwise;
    int page_status = 200; // what "Page" means for this route
};

std::string_view method_text(web::Method method) {
    return method == web::Method::Get ? "GET" : "POST";
}

constexpr auto password = "a long enough password";

class AccessControl : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto& demo = site.demo();
        const auto participant = site.open_subject_email();
        // A manager who is not a subject of the open cycle, so its pages are not theirs, and who manages
        // a subject of the published cycle, which lets line managers read reports.
        std::string manager;
        for (const auto index : demo.subjects) {
            const auto& person = demo.people[index];
            if (!person.manager) {
                continue;
            }
            const auto candidate = *person.manager;
            const auto& subjects = demo.open_cycle.subjects;
            if (std::find(subjects.begin(), subjects.end(), candidate) == subjects.end()) {
                manager = demo.people[candidate].email;
                managed_email = person.email;
                break;
            }
        }
        const std::map<Visitor, std::pair<std::string, domain::Role>> accounts{
            {Visitor::Admin, {"hr@council.example", domain::Role::Admin}},
            {Visitor::HrViewer, {"viewer@council.example", domain::Role::HrViewer}},
            {Visitor::Participant, {participant, domain::Role::Participant}},
            {Visitor::LineManager, {manager, domain::Role::LineManager}},
        };
        for (auto visitor : all_visitors) {
            browsers.emplace(visitor, Browser(site));
            if (visitor != Visitor::Anonymous) {
                const auto& [email, role] = accounts.at(visitor);
                browsers.at(visitor).choose_password(site.add_account(email, role), password);
            }
        }
        // The participant and the line manager have development plans of the published cycle, and someone
        // the line manager manages has shared theirs with them (the demo may have written some already).
        const auto cycle = published_cycle();
        for (const auto& email : {participant, manager, managed_email}) {
            domain::DevelopmentPlan plan;
            plan.cycle = cycle;
            plan.person = site.store().people().find_person(email).value()->id;
            plan.focus = {domain::PlanFocus{
                domain::AttributeId{"any"}, "", "A goal", {}, {}, std::nullopt, false, false}};
            if (!site.store().development_plans().development_plan(plan.cycle, plan.person).value()) {
                ASSERT_TRUE(site.store().development_plans().save_development_plan(plan, 1));
            }
        }
        // A week of the participant's micro-actions, reached by its private link.
        const auto participant_id = site.store().people().find_person(participant).value()->id;
        ASSERT_TRUE(site.store().habits().start_habit_week(cycle, participant_id,
                                                           domain::week_starting(app::today(site.clock())),
                                                           app::hash_token(habit_token), 1));
        const auto managed = site.store().people().find_person(managed_email).value()->id;
        ASSERT_TRUE(site.store().development_plans().share_development_plan(cycle, managed, true, 2));
        // A pulse round open today asks a rater about the participant, through its private link.
        const auto today = app::today(site.clock());
        ASSERT_TRUE(site.store().pulses().set_pulse_rounds(cycle, {{1, today, today}}));
        ASSERT_TRUE(site.store().pulses().set_pulse_items(cycle, 1, participant_id,
                                                          {{domain::AttributeId{"any"}, true}}));
        app::PulseInvitation invitation;
        invitation.cycle = cycle;
        invitation.subject = participant_id;
        invitation.email = "pulse.rater@council.example";
        ASSERT_TRUE(site.store().pulses().add_pulse_invitation(invitation, app::hash_token(pulse_token)));
    }

    // The address with working values in place of its placeholders.
    std::string address(std::string path) {
        if (const auto at = path.find("{rater}"); at != std::string::npos) {
            path.replace(at, 7, rater_token);
        }
        if (const auto at = path.find("{cycle}"); at != std::string::npos) {
            path.replace(at, 7, std::to_string(open_cycle().value()));
        }
        if (const auto at = path.find("{published}"); at != std::string::npos) {
            path.replace(at, 11, std::to_string(published_cycle().value()));
        }
        if (const auto at = path.find("{subject}"); at != std::string::npos) {
            path.replace(
                at, 9,
                std::to_string(
                    site.store().people().find_person(site.open_subject_email()).value()->id.value()));
        }
        if (const auto at = path.find("{managed}"); at != std::string::npos) {
            path.replace(
                at, 9, std::to_string(site.store().people().find_person(managed_email).value()->id.value()));
        }
        if (const auto at = path.find("{habit}"); at != std::string::npos) {
            path.replace(at, 7, habit_token);
        }
        if (const auto at = path.find("{pulse}"); at != std::string::npos) {
            path.replace(at, 7, pulse_token);
        }
        if (const auto at = path.find("{talent-pool}"); at != std::string::npos) {
            path.replace(at, 13, std::to_string(talent_pool()));
        }
        if (const auto at = path.find("{talent}"); at != std::string::npos) {
            path.replace(at, 8, std::to_string(everyone_review()));
        }
        if (const auto at = path.find("{sets}"); at != std::string::npos) {
            path.replace(at, 6, std::to_string(saved_sets()));
        }
        if (const auto at = path.find("{spare-account}"); at != std::string::npos) {
            path.replace(at, 15, std::to_string(spare_account().value()));
        }
        if (const auto at = path.find("{nomination}"); at != std::string::npos) {
            path.replace(at, 12, std::to_string(participants_peer().value()));
        }
        return path;
    }

    // Sends the request as this visitor, with their session's form token on a post.
    web::Response visit(Visitor visitor, const Route& route) {
        auto& browser = browsers.at(visitor);
        const auto path = address(route.path);
        if (route.method == web::Method::Get) {
            return browser.get(path);
        }
        // A real form token: the one on the visitor's own page (or the rater's, on a rater page).
        std::string token = path.rfind("/r/", 0) == 0   ? web::rater_form_token(rater_token)
                            : path.rfind("/h/", 0) == 0 ? web::rater_form_token(habit_token)
                            : path.rfind("/p/", 0) == 0 ? web::rater_form_token(pulse_token)
                                                        : "";
        if (token.empty() && visitor != Visitor::Anonymous) {
            token = leadline::testing::form_token_in(
                browser.get(visitor == Visitor::Admin || visitor == Visitor::HrViewer ? "/admin" : "/me")
                    .body);
        }
        return browser.post(path, {{"csrf", token}});
    }

    // An account nobody in the test signs in with, for admins' actions on accounts to act on.
    domain::UserId spare_account() {
        const std::string email = "spare.viewer@council.example";
        auto found = site.store().accounts().find_user_by_email(email).value();
        if (!found) {
            (void)site.add_account(email, domain::Role::HrViewer);
            found = site.store().accounts().find_user_by_email(email).value();
        }
        return found->user.id;
    }

    // A nomination the participant made in the open cycle, not their self-assessment.
    domain::NominationId participants_peer() {
        const auto me = site.store().people().find_person(site.open_subject_email()).value()->id;
        const auto cycle = site.store().cycles().load_cycle(open_cycle()).value();
        for (const auto& nomination : cycle.nominations()) {
            if (nomination.subject == me && nomination.group != domain::RaterGroup::Self) {
                return nomination.id;
            }
        }
        throw std::logic_error("the demo participant asked no one");
    }

    // A saved plan of learning sets, made once from the published cycle's subjects.
    std::int64_t saved_sets() {
        if (m_saved_sets == 0) {
            const auto candidates = app::candidates_from_cycle(site.store(), published_cycle()).value();
            const auto plan = domain::form_learning_sets(candidates.participants, {4, 6}, {},
                                                         leadline::testing::short_search(1, 1, 50))
                                  .value();
            m_saved_sets =
                app::save_learning_sets(site.store(), site.clock(), "Sets", std::nullopt, candidates, plan)
                    .value();
        }
        return m_saved_sets;
    }
    std::int64_t m_saved_sets = 0;

    // A talent review of everyone, so that both the participant and the line manager (with the person
    // they manage) are in it; started once.
    std::int64_t everyone_review() {
        if (m_everyone_review == 0) {
            static const auto catalog =
                app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
            app::NewTalentReview review;
            review.name = "Everyone";
            m_everyone_review =
                app::start_talent_review(site.store(), *catalog.find("indicators-of-potential"), review, 1)
                    .value();
        }
        return m_everyone_review;
    }
    std::int64_t m_everyone_review = 0;

    // A pool nobody is in yet; started once.
    std::int64_t talent_pool() {
        if (m_talent_pool == 0) {
            m_talent_pool = app::create_talent_pool(site.store(), "Access test pool", "", 1).value();
        }
        return m_talent_pool;
    }
    std::int64_t m_talent_pool = 0;

    domain::CycleId published_cycle() {
        const auto all = site.store().cycles().cycles().value();
        for (const auto& cycle : all) {
            if (cycle.state == domain::CycleState::Published) {
                return cycle.id;
            }
        }
        return {};
    }

    domain::CycleId open_cycle() {
        const auto all = site.store().cycles().cycles().value();
        for (const auto& cycle : all) {
            if (cycle.state == domain::CycleState::Open) {
                return cycle.id;
            }
        }
        return {};
    }

    leadline::testing::DemoSite site;
    std::map<Visitor, Browser> browsers;
    std::string managed_email; // the line manager visitor manages them
    std::string rater_token = site.open_token(domain::RaterGroup::Peer);
    const std::string habit_token = std::string(43, 'h');
    const std::string pulse_token = std::string(43, 'q');
};

bool matches(const web::Response& response, Outcome outcome, int page_status) {
    const auto* location = response.header("Location");
    switch (outcome) {
    case Outcome::Page:
        return response.status == page_status;
    case Outcome::SignInFirst:
        return response.status == 303 && location != nullptr && *location == "/sign-in";
    case Outcome::GoHome:
        return response.status == 303 && location != nullptr && (*location == "/admin" || *location == "/me");
    case Outcome::Refused:
        return response.status == 403;
    case Outcome::NotFound:
        return response.status == 404;
    case Outcome::Unauthorised:
        return response.status == 401;
    case Outcome::WrongMethod:
        return response.status == 405 && response.header("Allow") != nullptr;
    }
    return false;
}

} // namespace

// Every address the tests visit, in the order visited (posts that change what later rows see come last).
std::vector<Route> expectations() {
    using enum Outcome;
    using web::Method;
    const std::map<Visitor, Outcome> admins_only{{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}};
    const std::map<Visitor, Outcome> not_admins{{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}};
    // Pages that read progress and reports, which HR viewers may read too.
    const std::map<Visitor, Outcome> hr_team{
        {Visitor::Admin, Page}, {Visitor::HrViewer, Page}, {Visitor::Anonymous, SignInFirst}};
    return {
        {Method::Get, "/", "/", {}, Page},
        {Method::Get, "/healthz", "/healthz", {}, Page},
        {Method::Get,
         "/assets/{file...}",
         "/assets/leadline.css",
         {},
         NotFound}, // the test site has no assets
        {Method::Get, "", "/no-such-page", {}, NotFound},
        {Method::Get, "/sign-in", "/sign-in", {{Visitor::Anonymous, Page}}, GoHome},
        // The sign-in page's own form token is in a cookie these visitors never fetched.
        {Method::Post, "/sign-in", "/sign-in", {}, Refused},
        {Method::Get, "/sign-in/{link}", "/sign-in/" + std::string(43, 'x'), {}, NotFound},
        {Method::Post, "/sign-in/{link}", "/sign-in/" + std::string(43, 'x'), {}, Refused},
        {Method::Get, "", "/sign-out", {}, WrongMethod},
        {Method::Get, "/admin", "/admin", hr_team, Refused},
        {Method::Get,
         "",
         "/admin/no-such-page",
         {{Visitor::Admin, NotFound}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get, "/admin/outbox", "/admin/outbox", admins_only, Refused},
        {Method::Get, "/me", "/me", not_admins, Page},
        {Method::Get, "", "/me/no-such-page", not_admins, NotFound},
        // The participant's own cycle; the line manager is not its subject.
        {Method::Get,
         "/me/cycles/{cycle}",
         "/me/cycles/{cycle}",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}, {Visitor::LineManager, NotFound}},
         Page},
        // Nothing typed: the form comes back with its problems.
        {Method::Post,
         "/me/cycles/{cycle}/raters",
         "/me/cycles/{cycle}/raters",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}, {Visitor::LineManager, NotFound}},
         Page,
         400},
        // Only the subject may take back their nomination, and not once the cycle is open.
        {Method::Post,
         "/me/cycles/{cycle}/raters/{nomination}/withdraw",
         "/me/cycles/{cycle}/raters/{nomination}/withdraw",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}, {Visitor::LineManager, NotFound}},
         Page,
         409},
        // The subject goes on to their self-assessment.
        {Method::Post,
         "/me/cycles/{cycle}/self",
         "/me/cycles/{cycle}/self",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}, {Visitor::LineManager, NotFound}},
         Page,
         303},
        // Reports: your own (the line manager is a subject of the published cycle too), any for admins,
        // and through the API only your own; someone else's reads as missing.
        {Method::Get, "/me/cycles/{cycle}/report", "/me/cycles/{published}/report", not_admins, Page},
        {Method::Get, "/admin/cycles/{cycle}/reports/{person}", "/admin/cycles/{published}/reports/{subject}",
         hr_team, Refused},
        {Method::Get,
         "/api/v1/cycles/{cycle}/reports/{person}",
         "/api/v1/cycles/{published}/reports/{subject}",
         {{Visitor::Admin, Page},
          {Visitor::HrViewer, Page},
          {Visitor::Participant, Page},
          {Visitor::Anonymous, Unauthorised}},
         NotFound},
        // A line manager reads the reports of the people they manage where the cycle allows (the
        // published one does); to anyone else they read as missing.
        {Method::Get,
         "/me/cycles/{cycle}/reports/{person}",
         "/me/cycles/{published}/reports/{managed}",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        {Method::Get,
         "/api/v1/cycles/{cycle}/reports/{person}",
         "/api/v1/cycles/{published}/reports/{managed}",
         {{Visitor::LineManager, Page},
          {Visitor::Admin, Page},
          {Visitor::HrViewer, Page},
          {Visitor::Anonymous, Unauthorised}},
         NotFound},
        {Method::Get,
         "/me/cycles/{cycle}/reports/{person}",
         "/me/cycles/{published}/reports/{subject}",
         {{Visitor::Participant, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        {Method::Post,
         "",
         "/api/v1/cycles/{published}/reports/{subject}",
         {{Visitor::Anonymous, Unauthorised}},
         WrongMethod},
        {Method::Get, "", "/api/v1/no-such-thing", {{Visitor::Anonymous, Unauthorised}}, NotFound},
        // Development plans: the participant and the line manager are both subjects of the published cycle
        // with a plan. Nothing typed: the form comes back with its problems, and so does a check-in; a
        // sharing post without its choice is a bad form. Before publishing there is no plan to make.
        {Method::Get, "/me/cycles/{cycle}/plan", "/me/cycles/{published}/plan", not_admins, Page},
        {Method::Get, "/me/cycles/{cycle}/plan/edit", "/me/cycles/{published}/plan/edit", not_admins, Page},
        {Method::Get, "/me/cycles/{cycle}/plan", "/me/cycles/{cycle}/plan", not_admins, Page, 409},
        {Method::Post, "/me/cycles/{cycle}/plan", "/me/cycles/{published}/plan", not_admins, Page, 400},
        {Method::Post, "/me/cycles/{cycle}/plan/check-ins", "/me/cycles/{published}/plan/check-ins",
         not_admins, Page, 400},
        {Method::Post, "/me/cycles/{cycle}/plan/sharing", "/me/cycles/{published}/plan/sharing", not_admins,
         Page, 400},
        {Method::Post, "/me/cycles/{cycle}/plan/mentor-sharing", "/me/cycles/{published}/plan/mentor-sharing",
         not_admins, Page, 400},
        // Micro-actions: no picks sent saves none; an answer or email choice without its value is a bad form.
        {Method::Post, "/me/cycles/{cycle}/plan/habits", "/me/cycles/{published}/plan/habits", not_admins,
         Page, 303},
        {Method::Post, "/me/cycles/{cycle}/plan/habits/answer", "/me/cycles/{published}/plan/habits/answer",
         not_admins, Page, 400},
        {Method::Post, "/me/cycles/{cycle}/plan/nudges", "/me/cycles/{published}/plan/nudges", not_admins,
         Page, 400},
        // The pulse: a subject of the published cycle sees their rounds; adding someone without an address
        // says so; a post without a group is a bad form either way.
        {Method::Get, "/me/cycles/{cycle}/pulse", "/me/cycles/{published}/pulse", not_admins, Page},
        // Anyone may say what they want from mentoring after a published cycle; a form without yes or no is
        // bad.
        {Method::Get, "/me/cycles/{cycle}/mentoring", "/me/cycles/{published}/mentoring", not_admins, Page},
        {Method::Post, "/me/cycles/{cycle}/mentoring", "/me/cycles/{published}/mentoring", not_admins, Page,
         400},
        {Method::Post, "/me/cycles/{cycle}/pulse/raters", "/me/cycles/{published}/pulse/raters", not_admins,
         Page, 400},
        // A plan shared with its owner's line manager is theirs to read, and no one else's; its owner is
        // sent to their own page.
        {Method::Get,
         "/me/cycles/{cycle}/plans/{person}",
         "/me/cycles/{published}/plans/{managed}",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        {Method::Get,
         "/me/cycles/{cycle}/plans/{person}",
         "/me/cycles/{published}/plans/{subject}",
         {{Visitor::Participant, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound,
         303},
        {Method::Get,
         "/api/v1/talent/{review}",
         "/api/v1/talent/{talent}",
         // To everyone but an admin, as for a report they may not read, there is no such review.
         {{Visitor::Admin, Page}, {Visitor::HrViewer, NotFound}, {Visitor::Anonymous, Unauthorised}},
         NotFound},
        {Method::Get,
         "/api/v1/cycles/{cycle}/plans/{person}",
         "/api/v1/cycles/{published}/plans/{managed}",
         {{Visitor::LineManager, Page}, {Visitor::Anonymous, Unauthorised}},
         NotFound},
        {Method::Get,
         "/api/v1/cycles/{cycle}/plans/{person}",
         "/api/v1/cycles/{published}/plans/{subject}",
         {{Visitor::Participant, Page}, {Visitor::Anonymous, Unauthorised}},
         NotFound},
        {Method::Get, "/admin/cycles/{cycle}/team", "/admin/cycles/{published}/team", hr_team, Refused},
        // The line manager visitor managed someone in the published cycle; the participant did not.
        {Method::Get,
         "/me/cycles/{cycle}/team",
         "/me/cycles/{published}/team",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        {Method::Get, "/admin/cycles/{cycle}/reports.zip", "/admin/cycles/{published}/reports.zip", hr_team,
         Refused},
        {Method::Get, "/admin/cycles/{cycle}/heatmap", "/admin/cycles/{published}/heatmap", hr_team, Refused},
        // Development across a published cycle: the HR team's; before publication there is none.
        {Method::Get, "/admin/cycles/{cycle}/programme", "/admin/cycles/{published}/programme", hr_team,
         Refused},
        {Method::Get, "/admin/cycles/{cycle}/programme", "/admin/cycles/{cycle}/programme", hr_team, Refused,
         409},
        {Method::Get, "/admin/cycles/{cycle}/heatmap.csv", "/admin/cycles/{published}/heatmap.csv", hr_team,
         Refused},
        {Method::Get, "/admin/cycles/{cycle}/mentoring", "/admin/cycles/{published}/mentoring", admins_only,
         Refused},
        {Method::Post, "/admin/cycles/{cycle}/mentoring", "/admin/cycles/{published}/mentoring", admins_only,
         Refused, 400}, // no capacity sent
        {Method::Get, "/admin/cycles/{cycle}/mentoring.csv", "/admin/cycles/{published}/mentoring.csv",
         admins_only, Refused},
        {Method::Get, "/admin/learning-sets", "/admin/learning-sets", admins_only, Refused},
        {Method::Get, "/admin/learning-sets/new", "/admin/learning-sets/new", admins_only, Refused},
        {Method::Post, "/admin/learning-sets/new", "/admin/learning-sets/new", admins_only, Refused,
         400}, // nothing typed
        {Method::Get, "/admin/organisation", "/admin/organisation", admins_only, Refused},
        {Method::Get, "/admin/talent", "/admin/talent", admins_only, Refused},
        {Method::Post, "/admin/talent", "/admin/talent", admins_only, Refused, 400}, // nothing chosen
        {Method::Get, "/admin/talent/pools", "/admin/talent/pools", admins_only, Refused},
        {Method::Post, "/admin/talent/pools", "/admin/talent/pools", admins_only, Refused, 400}, // no name
        // Taking out someone who is not in the pool leaves things as asked.
        {Method::Post, "/admin/talent/pools/{pool}/people/{person}/remove",
         "/admin/talent/pools/{talent-pool}/people/{managed}/remove", admins_only, Refused, 303},
        // The review of everyone is still assessing: the page says why nobody can join a pool yet.
        {Method::Get, "/admin/talent/{review}/people/{person}/pool",
         "/admin/talent/{talent}/people/{managed}/pool", admins_only, Refused},
        {Method::Post, "/admin/talent/{review}/people/{person}/pool",
         "/admin/talent/{talent}/people/{managed}/pool", admins_only, Refused, 400}, // nothing chosen
        {Method::Get, "/admin/talent/{review}", "/admin/talent/{talent}", admins_only, Refused},
        {Method::Post, "/admin/talent/{review}/stage", "/admin/talent/{talent}/stage", admins_only, Refused,
         400}, // no stage sent
        {Method::Get, "/admin/talent/{review}/people/{person}", "/admin/talent/{talent}/people/{managed}",
         admins_only, Refused},
        {Method::Post, "/admin/talent/{review}/people/{person}/move",
         "/admin/talent/{talent}/people/{managed}/move", admins_only, Refused, 400}, // no revision sent
        {Method::Get, "/admin/talent/{review}/fairness", "/admin/talent/{talent}/fairness", admins_only,
         Refused},
        {Method::Get, "/me/talent", "/me/talent", not_admins, Page},
        {Method::Get, "/me/talent/{review}", "/me/talent/{talent}", not_admins, Page},
        // The review of everyone is still assessing: there is no placement to disagree with yet.
        {Method::Post, "/me/talent/{review}/disagree", "/me/talent/{talent}/disagree", not_admins, Page, 409},
        // Both the participant (a team leader) and the line manager review someone in a review of everyone.
        {Method::Get, "/me/talent/{review}/meeting", "/me/talent/{talent}/meeting", not_admins, Page},
        {Method::Post, "/me/talent/{review}/views", "/me/talent/{talent}/views", not_admins, Page,
         400}, // nothing chosen
        // Only the person and their line manager reach an assessment; to anyone else there is none.
        {Method::Get,
         "/me/talent/{review}/people/{person}",
         "/me/talent/{talent}/people/{managed}",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        // Nothing rated yet is an assessment not started: it saves, and the form comes back.
        {Method::Post,
         "/me/talent/{review}/people/{person}",
         "/me/talent/{talent}/people/{managed}",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound,
         303},
        {Method::Get, "/admin/equality", "/admin/equality", admins_only, Refused},
        // Empty lists are a choice (nothing recorded), so the bare form saves and goes back to the page.
        {Method::Post, "/admin/equality", "/admin/equality", admins_only, Refused, 303},
        {Method::Get, "/admin/people", "/admin/people", admins_only, Refused},
        {Method::Get, "/admin/people.csv", "/admin/people.csv", admins_only, Refused},
        {Method::Get, "/admin/people/erase", "/admin/people/erase", admins_only, Refused},
        {Method::Post, "/admin/people/erase", "/admin/people/erase", admins_only, Refused, 400}, // no email
        {Method::Get, "/admin/accounts", "/admin/accounts", admins_only, Refused},
        {Method::Get, "/admin/accounts/{account}", "/admin/accounts/{spare-account}", admins_only, Refused},
        {Method::Post, "/admin/accounts", "/admin/accounts", admins_only, Refused, 400}, // no email
        {Method::Post, "/admin/accounts/{account}/link", "/admin/accounts/{spare-account}/link", admins_only,
         Refused, 303},
        {Method::Post, "/admin/accounts/{account}/revoke", "/admin/accounts/{spare-account}/revoke",
         admins_only, Refused, 303},
        {Method::Post, "/admin/accounts/{account}/role", "/admin/accounts/{spare-account}/role", admins_only,
         Refused, 400}, // no role
        {Method::Post, "/admin/accounts/{account}/close", "/admin/accounts/{spare-account}/close",
         admins_only, Refused, 303},
        {Method::Post, "/admin/accounts/{account}/reopen", "/admin/accounts/{spare-account}/reopen",
         admins_only, Refused, 303},
        {Method::Get, "/admin/audit", "/admin/audit", admins_only, Refused},
        {Method::Get, "/admin/audit.csv", "/admin/audit.csv", admins_only, Refused},
        // No message 987654: the admin learns it is not waiting; nobody else learns anything.
        {Method::Post, "/admin/outbox/{message}/sent", "/admin/outbox/987654/sent", admins_only, Refused,
         409},
        {Method::Post, "/admin/outbox/{message}/retry", "/admin/outbox/987654/retry", admins_only, Refused,
         409},
        {Method::Post, "/admin/organisation", "/admin/organisation", admins_only, Refused, 400}, // no name
        {Method::Post, "/admin/people/check", "/admin/people/check", admins_only, Refused, 400}, // no file
        {Method::Post, "/admin/people/apply", "/admin/people/apply", admins_only, Refused, 400}, // no file
        {Method::Get, "/admin/learning-sets/{plan}", "/admin/learning-sets/{sets}", admins_only, Refused},
        {Method::Get, "/admin/learning-sets/{plan}.csv", "/admin/learning-sets/{sets}.csv", admins_only,
         Refused},
        // Confirming tells members once; pressing again goes back to the plan's page.
        {Method::Post, "/admin/learning-sets/{plan}/confirm", "/admin/learning-sets/{sets}/confirm",
         admins_only, Refused, 303},
        {Method::Post,
         "",
         "/admin/learning-sets",
         {{Visitor::Admin, WrongMethod}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        // A rater's link is its own key: the same for everyone, signed in or not.
        {Method::Get, "/r/{token}", "/r/{rater}", {}, Page},
        {Method::Get, "/r/{token}/a/{page}", "/r/{rater}/a/1", {}, Page},
        {Method::Post, "/r/{token}/a/{page}", "/r/{rater}/a/1", {}, Page, 400}, // nothing chosen: the page
                                                                                // says so
        {Method::Get, "/r/{token}/check", "/r/{rater}/check", {}, Page},
        {Method::Post, "/r/{token}/submit", "/r/{rater}/submit", {}, Page, 400}, // nothing answered yet
        {Method::Get, "/r/{token}/done", "/r/{rater}/done", {}, Page, 303}, // not sent: back to the start
        {Method::Get, "/r/{token}", "/r/" + std::string(43, 'x'), {}, NotFound},
        // A week of micro-actions through its private link: anyone holding it; a post without its choice
        // is a bad form; an unknown link is not found.
        {Method::Get, "/h/{token}", "/h/{habit}", {}, Page},
        {Method::Post, "/h/{token}", "/h/{habit}", {}, Page, 400},
        {Method::Get, "/h/{token}", "/h/" + std::string(43, 'x'), {}, NotFound},
        // The pulse through a rater's private link: anyone holding it; nothing chosen is a bad form; an
        // unknown link is not found.
        {Method::Get, "/p/{token}", "/p/{pulse}", {}, Page},
        {Method::Post, "/p/{token}", "/p/{pulse}", {}, Page, 400},
        {Method::Get, "/p/{token}", "/p/" + std::string(43, 'x'), {}, NotFound},
        {Method::Post, "", "/r/{rater}", {}, WrongMethod},
        {Method::Get, "/admin/cycles/new", "/admin/cycles/new", admins_only, Refused},
        {Method::Post, "/admin/cycles/new", "/admin/cycles/new", admins_only, Refused, 400}, // nothing typed
        {Method::Get, "/admin/cycles/{cycle}", "/admin/cycles/{cycle}", hr_team, Refused},
        {Method::Get, "/admin/cycles/{cycle}/progress.csv", "/admin/cycles/{cycle}/progress.csv", hr_team,
         Refused},
        {Method::Get,
         "",
         "/admin/cycles/0",
         {{Visitor::Admin, NotFound}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Post, "/admin/cycles/{cycle}/subjects", "/admin/cycles/{cycle}/subjects", admins_only,
         Refused, 400}, // no email typed
        {Method::Get, "/admin/cycles/{cycle}/add-subjects", "/admin/cycles/{cycle}/add-subjects", admins_only,
         Refused},
        {Method::Post, "/admin/cycles/{cycle}/add-subjects", "/admin/cycles/{cycle}/add-subjects",
         admins_only, Refused, 400}, // nothing typed
        {Method::Post, "/admin/cycles/{cycle}/remind", "/admin/cycles/{cycle}/remind", admins_only, Refused,
         303},
        {Method::Get, "/admin/cycles/{cycle}/subjects/{person}",
         "/admin/cycles/{published}/subjects/{subject}", admins_only, Refused},
        // Unconfirmed, each asks first.
        {Method::Post, "/admin/cycles/{cycle}/subjects/{person}/remove",
         "/admin/cycles/{cycle}/subjects/{subject}/remove", admins_only, Refused, 200},
        {Method::Post, "/admin/cycles/{cycle}/raters/{nomination}/withdraw",
         "/admin/cycles/{cycle}/raters/{nomination}/withdraw", admins_only, Refused, 200},
        {Method::Get, "/admin/cycles/{cycle}/chasing", "/admin/cycles/{cycle}/chasing", admins_only, Refused},
        // The open cycle asks for no approval of rater lists.
        {Method::Post, "/admin/cycles/{cycle}/subjects/{person}/approve",
         "/admin/cycles/{cycle}/subjects/{subject}/approve", admins_only, Refused, 409},
        {Method::Get,
         "/me/approvals",
         "/me/approvals",
         {{Visitor::Participant, Page},
          {Visitor::LineManager, Page},
          {Visitor::Admin, Refused},
          {Visitor::Anonymous, SignInFirst}},
         Refused},
        // Nobody but their line manager (or an admin) approves a list; to anyone else there is none.
        {Method::Post,
         "/me/approvals/{cycle}/{person}",
         "/me/approvals/{cycle}/{subject}",
         {{Visitor::Participant, NotFound},
          {Visitor::LineManager, NotFound},
          {Visitor::Admin, Refused},
          {Visitor::Anonymous, SignInFirst}},
         Refused},
        // The open cycle's settings cannot change any more.
        {Method::Get, "/admin/cycles/{cycle}/settings", "/admin/cycles/{cycle}/settings", admins_only,
         Refused, 409},
        {Method::Post, "/admin/cycles/{cycle}/settings", "/admin/cycles/{cycle}/settings", admins_only,
         Refused, 400}, // an empty form
        {Method::Post, "/admin/cycles/{cycle}/nudge", "/admin/cycles/{cycle}/nudge", admins_only, Refused,
         303},
        {Method::Post, "/admin/cycles/{cycle}/open", "/admin/cycles/{cycle}/open", admins_only, Refused, 409},
        {Method::Post, "/admin/cycles/{cycle}/publish", "/admin/cycles/{cycle}/publish", admins_only, Refused,
         409},
        {Method::Get, "/admin/cycles/{cycle}/closing-date", "/admin/cycles/{cycle}/closing-date", admins_only,
         Refused},
        // The pulse's dates: only after publishing; with nothing typed, the open round cannot be removed.
        {Method::Get, "/admin/cycles/{cycle}/pulse", "/admin/cycles/{published}/pulse", admins_only, Refused},
        {Method::Get, "/admin/cycles/{cycle}/pulse", "/admin/cycles/{cycle}/pulse", admins_only, Refused,
         409},
        {Method::Post, "/admin/cycles/{cycle}/pulse", "/admin/cycles/{published}/pulse", admins_only, Refused,
         400},
        {Method::Post, "/admin/cycles/{cycle}/pulse/withdraw", "/admin/cycles/{published}/pulse/withdraw",
         admins_only, Refused, 400}, // no addresses typed
        {Method::Post, "/admin/cycles/{cycle}/closing-date", "/admin/cycles/{cycle}/closing-date",
         admins_only, Refused, 400}, // no date typed
        // Closing before the closing date asks first.
        {Method::Post, "/admin/cycles/{cycle}/close", "/admin/cycles/{cycle}/close", admins_only, Refused,
         200},
        // Last, as it ends the sessions.
        {Method::Post, "/sign-out", "/sign-out", {{Visitor::Anonymous, SignInFirst}}, Page, 303},
    };
}

// What a visitor should get. An HR viewer not named in a row is an admin who may change nothing and is in
// no cycle: refused where an admin gets the page, and answered as an admin is elsewhere.
Outcome expected_for(const Route& route, Visitor visitor) {
    auto found = route.outcome.find(visitor);
    if (found == route.outcome.end() && visitor == Visitor::HrViewer) {
        found = route.outcome.find(Visitor::Admin);
        if (found != route.outcome.end()) {
            return found->second == Outcome::Page ? Outcome::Refused : found->second;
        }
    }
    return found == route.outcome.end() ? route.otherwise : found->second;
}

TEST_F(AccessControl, EveryRouteInTheTableHasAnExpectationForEveryVisitor) {
    const auto all = expectations();
    for (const auto& route : web::product_routes().routes()) {
        const auto method = route.method == web::RouteMethod::Get ? web::Method::Get : web::Method::Post;
        const bool expected = std::any_of(all.begin(), all.end(), [&](const Route& row) {
            return row.method == method && row.route == route.pattern;
        });
        EXPECT_TRUE(expected) << web::method_name(route.method) << " " << route.pattern
                              << " is in the route table but not in this test: add what every visitor gets";
    }
}

TEST_F(AccessControl, EachExpectationReachesTheRouteItNames) {
    for (const auto& row : expectations()) {
        const auto resolution = web::product_routes().resolve(row.method, address(row.path));
        const std::string reached = resolution.route != nullptr ? std::string(resolution.route->pattern) : "";
        EXPECT_EQ(reached, row.route) << method_text(row.method) << " " << row.path;
    }
}

TEST_F(AccessControl, EveryRouteAgainstEveryRole) {
    for (const auto& route : expectations()) {
        for (auto visitor : all_visitors) {
            const auto expected = expected_for(route, visitor);
            const auto response = visit(visitor, route);
            EXPECT_TRUE(matches(response, expected, route.page_status))
                << method_text(route.method) << " " << route.path << " as " << name_of(visitor)
                << " answered " << response.status;
        }
    }
}

TEST_F(AccessControl, EveryPostWithoutItsFormTokenIsRefused) {
    // Someone the route admits, so that only the missing token stands in the way.
    auto admitted = [](web::Audience audience) {
        switch (audience) {
        case web::Audience::Admin:
        case web::Audience::HrTeam:
            return Visitor::Admin;
        case web::Audience::Participant:
        case web::Audience::SignedIn:
            return Visitor::Participant;
        default:
            return Visitor::Anonymous;
        }
    };
    const std::map<std::string, std::string> sample{
        {"{cycle}", "{cycle}"},   {"{person}", "{subject}"},  {"{nomination}", "{nomination}"},
        {"{plan}", "{sets}"},     {"{token}", "{rater}"},     {"{link}", std::string(43, 'x')},
        {"{page}", "1"},          {"{message}", "1"},         {"{account}", "{spare-account}"},
        {"{review}", "{talent}"}, {"{pool}", "{talent-pool}"}};
    const auto other = leadline::testing::form_token_in(browsers.at(Visitor::Admin).get("/admin").body);
    for (const auto& route : web::product_routes().routes()) {
        if (route.method != web::RouteMethod::Post) {
            continue;
        }
        ASSERT_NE(route.form, web::FormToken::None) << route.pattern << " takes posts without a form token";
        std::string path(route.pattern);
        for (const auto& [placeholder, value] : sample) {
            if (const auto at = path.find(placeholder); at != std::string::npos) {
                path.replace(at, placeholder.size(), value);
            }
        }
        path = address(path);
        const auto visitor = admitted(route.audience);
        auto& browser = browsers.at(visitor);
        EXPECT_EQ(browser.post(path, {}).status, 403) << route.pattern << " as " << name_of(visitor);
        EXPECT_EQ(browser.post(path, {{"csrf", "wrong"}}).status, 403)
            << route.pattern << " as " << name_of(visitor);
        // Another person's token does not work either.
        if (visitor != Visitor::Admin) {
            EXPECT_EQ(browser.post(path, {{"csrf", other}}).status, 403)
                << route.pattern << " as " << name_of(visitor);
        }
    }
}
