// Every route against every role and against anonymous visitors: who gets the page, who is sent to
// sign in, who is refused. A new route is added to this table when it is added to the application.
#include <gtest/gtest.h>

#include "app/development/learning_set_planning.hpp"

#include "support/demo_site.hpp"
#include "support/short_search.hpp"
#include "web/handlers/rater_handler.hpp"

using namespace leadline;
using leadline::testing::Browser;

namespace {

enum class Visitor { Anonymous, Admin, Participant, LineManager };
constexpr std::array<Visitor, 4> all_visitors{Visitor::Anonymous, Visitor::Admin, Visitor::Participant,
                                              Visitor::LineManager};

std::string name_of(Visitor visitor) {
    switch (visitor) {
    case Visitor::Anonymous:
        return "anonymous";
    case Visitor::Admin:
        return "admin";
    case Visitor::Participant:
        return "participant";
    case Visitor::LineManager:
        return "line manager";
    }
    return "?";
}

// What a visitor gets: the page (or the redirect that is the page's answer), sent to sign in, refused.
enum class Outcome { Page, SignInFirst, GoHome, Refused, NotFound, Unauthorised };

struct Route {
    web::Method method;
    std::string path;                   // {rater} is replaced by a working rater token
    std::map<Visitor, Outcome> outcome; // visitors not listed get `otherwise`
    Outcome otherwise;
    int page_status = 200; // what "Page" means for this route
};

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
    }

    // Sends the request as this visitor, with their session's form token on a post.
    web::Response visit(Visitor visitor, const Route& route) {
        auto& browser = browsers.at(visitor);
        auto path = route.path;
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
        if (const auto at = path.find("{sets}"); at != std::string::npos) {
            path.replace(at, 6, std::to_string(saved_sets()));
        }
        if (const auto at = path.find("{nomination}"); at != std::string::npos) {
            path.replace(at, 12, std::to_string(participants_peer().value()));
        }
        if (route.method == web::Method::Get) {
            return browser.get(path);
        }
        // A real form token: the one on the visitor's own page (or the rater's, on a rater page).
        std::string token = path.rfind("/r/", 0) == 0 ? web::rater_form_token(rater_token) : "";
        if (token.empty() && visitor != Visitor::Anonymous) {
            token = leadline::testing::form_token_in(
                browser.get(visitor == Visitor::Admin ? "/admin" : "/me").body);
        }
        return browser.post(path, {{"csrf", token}});
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
    }
    return false;
}

} // namespace

TEST_F(AccessControl, EveryRouteAgainstEveryRole) {
    using enum Outcome;
    using web::Method;
    const std::vector<Route> routes{
        {Method::Get, "/", {}, Page},
        {Method::Get, "/healthz", {}, Page},
        {Method::Get, "/assets/leadline.css", {}, NotFound}, // the test site has no built assets
        {Method::Get, "/no-such-page", {}, NotFound},
        {Method::Get, "/sign-in", {{Visitor::Anonymous, Page}}, GoHome},
        {Method::Get, "/sign-in/" + std::string(43, 'x'), {}, NotFound},
        {Method::Get, "/sign-out", {}, NotFound},
        {Method::Get, "/admin", {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}}, Refused},
        {Method::Get,
         "/admin/no-such-page",
         {{Visitor::Admin, NotFound}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get, "/me", {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}}, Page},
        {Method::Get,
         "/me/no-such-page",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        // The participant's own cycle; the line manager is not its subject.
        {Method::Get,
         "/me/cycles/{cycle}",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}, {Visitor::LineManager, NotFound}},
         Page},
        // Only the subject may take back their nomination, and not once the cycle is open.
        {Method::Post,
         "/me/cycles/{cycle}/raters/{nomination}/withdraw",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}, {Visitor::LineManager, NotFound}},
         Page,
         409},
        // Reports: your own (the line manager is a subject of the published cycle too), any for admins,
        // and through the API only your own; someone else's reads as missing.
        {Method::Get,
         "/me/cycles/{published}/report",
         {{Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         Page},
        {Method::Get,
         "/admin/cycles/{published}/reports/{subject}",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get,
         "/api/v1/cycles/{published}/reports/{subject}",
         {{Visitor::Admin, Page}, {Visitor::Participant, Page}, {Visitor::Anonymous, Unauthorised}},
         NotFound},
        // A line manager reads the reports of the people they manage where the cycle allows (the
        // published one does); to anyone else they read as missing.
        {Method::Get,
         "/me/cycles/{published}/reports/{managed}",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        {Method::Get,
         "/api/v1/cycles/{published}/reports/{managed}",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Page}, {Visitor::Anonymous, Unauthorised}},
         NotFound},
        {Method::Get,
         "/me/cycles/{published}/reports/{subject}",
         {{Visitor::Participant, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        {Method::Post,
         "/api/v1/cycles/{published}/reports/{subject}",
         {{Visitor::Anonymous, Unauthorised}},
         NotFound},
        {Method::Get,
         "/admin/cycles/{published}/team",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        // The line manager visitor managed someone in the published cycle; the participant did not.
        {Method::Get,
         "/me/cycles/{published}/team",
         {{Visitor::LineManager, Page}, {Visitor::Admin, Refused}, {Visitor::Anonymous, SignInFirst}},
         NotFound},
        {Method::Get,
         "/admin/cycles/{published}/heatmap",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get,
         "/admin/cycles/{published}/heatmap.csv",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get,
         "/admin/learning-sets",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get,
         "/admin/learning-sets/{sets}",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get,
         "/admin/learning-sets/{sets}.csv",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Post,
         "/admin/learning-sets",
         {{Visitor::Admin, NotFound}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        // A rater's link is its own key: the same for everyone, signed in or not.
        {Method::Get, "/r/{rater}", {}, Page},
        {Method::Get, "/r/{rater}/a/1", {}, Page},
        {Method::Get, "/r/{rater}/check", {}, Page},
        {Method::Post, "/r/{rater}/submit", {}, Page, 400}, // nothing answered yet: the check page says so
        {Method::Get, "/r/" + std::string(43, 'x'), {}, NotFound},
        {Method::Get,
         "/admin/cycles/{cycle}",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        {Method::Get,
         "/admin/cycles/0",
         {{Visitor::Admin, NotFound}, {Visitor::Anonymous, SignInFirst}},
         Refused},
        // Near the end, as it closes the cycle the rater rows use.
        {Method::Post,
         "/admin/cycles/{cycle}/close",
         {{Visitor::Admin, Page}, {Visitor::Anonymous, SignInFirst}},
         Refused,
         303},
        // Last, as it ends the sessions.
        {Method::Post, "/sign-out", {{Visitor::Anonymous, SignInFirst}}, Page, 303},
    };
    for (const auto& route : routes) {
        for (auto visitor : all_visitors) {
            const auto found = route.outcome.find(visitor);
            const auto expected = found == route.outcome.end() ? route.otherwise : found->second;
            const auto response = visit(visitor, route);
            EXPECT_TRUE(matches(response, expected, route.page_status))
                << (route.method == Method::Get ? "GET " : "POST ") << route.path << " as "
                << name_of(visitor) << " answered " << response.status;
        }
    }
}

TEST_F(AccessControl, ASignedInPostWithoutTheSessionsFormTokenIsRefused) {
    for (auto visitor : {Visitor::Admin, Visitor::Participant, Visitor::LineManager}) {
        const auto home = visitor == Visitor::Admin ? "/admin" : "/me";
        auto& browser = browsers.at(visitor);
        EXPECT_EQ(browser.post(home, {}).status, 403) << name_of(visitor);
        EXPECT_EQ(browser.post(home, {{"csrf", "wrong"}}).status, 403) << name_of(visitor);
        // Another person's token does not work either.
        const auto other = leadline::testing::form_token_in(browsers.at(Visitor::Admin).get("/admin").body);
        if (visitor != Visitor::Admin) {
            EXPECT_EQ(browser.post(home, {{"csrf", other}}).status, 403) << name_of(visitor);
        }
    }
}
