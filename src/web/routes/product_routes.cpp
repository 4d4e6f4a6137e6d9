// Every address Leadline answers, as one table. To add a page: one row here, one handler function in
// src/web/handlers/, one view in src/web/views/, one template in templates/ (README, "Developing").
// tests/web/access_control_test.cpp walks this table: a new row without an expectation for every
// visitor fails the tests.
#include "web/handlers/account_pages.hpp"
#include "web/handlers/admin_analysis_pages.hpp"
#include "web/handlers/admin_cycle_pages.hpp"
#include "web/handlers/learning_set_pages.hpp"
#include "web/handlers/participant_pages.hpp"
#include "web/handlers/rater_pages.hpp"
#include "web/handlers/report_pages.hpp"
#include "web/handlers/site_pages.hpp"
#include "web/routes/route_table.hpp"

namespace leadline::web {

namespace {

constexpr auto Get = RouteMethod::Get;
constexpr auto Post = RouteMethod::Post;
constexpr auto NoToken = FormToken::None;

RouteTable make_product_routes() {
    using enum Audience;
    return RouteTable(
        {
            // The site itself.
            {Get, "/", Anyone, NoToken, home_page, "What Leadline is", nullptr, Database::NotUsed},
            {Get, "/healthz", Anyone, NoToken, health, "Whether the database answers", nullptr,
             Database::NotUsed},
            {Get, "/assets/{file...}", Anyone, NoToken, asset, "Styles, scripts and images",
             asset_from_memory, Database::NotUsed},
            // Signing in and out.
            {Get, "/sign-in", Anyone, NoToken, sign_in_page, "The sign-in form"},
            {Post, "/sign-in", Anyone, FormToken::SignInCookie, sign_in, "Signs in with email and password"},
            {Get, "/sign-in/{link}", LinkHolder, NoToken, choose_password_page,
             "A one-time link's form to choose a password"},
            {Post, "/sign-in/{link}", LinkHolder, FormToken::SignInLink, choose_password,
             "Chooses a password and signs in"},
            {Post, "/sign-out", SignedIn, FormToken::Session, sign_out, "Ends the session"},
            // A rater's questionnaire, reached through their private link.
            {Get, "/r/{token}", LinkHolder, NoToken, rater_introduction, "A rater's introduction",
             rater_introduction_from_memory},
            {Get, "/r/{token}/a/{page}", LinkHolder, NoToken, rater_attribute, "One attribute's questions",
             rater_attribute_from_memory},
            {Post, "/r/{token}/a/{page}", LinkHolder, FormToken::RaterLink, save_rater_attribute,
             "Saves one attribute's answers"},
            {Get, "/r/{token}/check", LinkHolder, NoToken, rater_check, "Every answer, to check",
             rater_check_from_memory},
            {Post, "/r/{token}/submit", LinkHolder, FormToken::RaterLink, submit_rater_answers,
             "Sends the answers"},
            {Get, "/r/{token}/done", LinkHolder, NoToken, rater_done, "Thanks, once sent",
             rater_done_from_memory},
            // The HR team.
            {Get, "/admin", Admin, NoToken, admin_cycles, "Every feedback cycle"},
            {Get, "/admin/outbox", Admin, NoToken, admin_outbox, "Emails sent and waiting"},
            {Get, "/admin/learning-sets", Admin, NoToken, learning_sets_page, "Saved learning sets"},
            {Get, "/admin/learning-sets/{plan}", Admin, NoToken, learning_set_page,
             "One saved plan of learning sets"},
            {Get, "/admin/learning-sets/{plan}.csv", Admin, NoToken, learning_set_csv,
             "One saved plan, as CSV"},
            {Get, "/admin/cycles/new", Admin, NoToken, new_cycle_page, "The form for a new cycle"},
            {Post, "/admin/cycles/new", Admin, FormToken::Session, create_cycle,
             "Creates a cycle as a draft"},
            {Get, "/admin/cycles/{cycle}", Admin, NoToken, admin_cycle, "A cycle's settings and progress"},
            {Post, "/admin/cycles/{cycle}/subjects", Admin, FormToken::Session, add_subject,
             "Adds a subject"},
            {Post, "/admin/cycles/{cycle}/remind", Admin, FormToken::Session, remind_raters,
             "Reminds raters who have not answered"},
            {Post, "/admin/cycles/{cycle}/open", Admin, FormToken::Session, open_cycle,
             "Opens a draft cycle"},
            {Post, "/admin/cycles/{cycle}/close", Admin, FormToken::Session, close_cycle,
             "Closes an open cycle"},
            {Post, "/admin/cycles/{cycle}/publish", Admin, FormToken::Session, publish_cycle,
             "Publishes a closed cycle's reports"},
            {Get, "/admin/cycles/{cycle}/reports/{person}", Admin, NoToken, admin_report,
             "Any subject's report"},
            {Get, "/admin/cycles/{cycle}/heatmap", Admin, NoToken, heatmap_page, "The organisation heatmap"},
            {Get, "/admin/cycles/{cycle}/heatmap.csv", Admin, NoToken, heatmap_csv, "The heatmap, as CSV"},
            {Get, "/admin/cycles/{cycle}/team", Admin, NoToken, admin_team_mix, "A unit's right mix"},
            {Get, "/admin/cycles/{cycle}/mentoring", Admin, NoToken, mentoring_page, "Mentor matching"},
            {Get, "/admin/cycles/{cycle}/mentoring.csv", Admin, NoToken, mentoring_csv,
             "Mentor matching, as CSV"},
            // Participants and line managers.
            {Get, "/me", Participant, NoToken, my_cycles, "The person's cycles"},
            {Get, "/me/cycles/{cycle}", Participant, NoToken, my_cycle,
             "One cycle: who was asked, who answered"},
            {Post, "/me/cycles/{cycle}/raters", Participant, FormToken::Session, nominate_rater,
             "Asks someone for feedback"},
            {Post, "/me/cycles/{cycle}/raters/{nomination}/withdraw", Participant, FormToken::Session,
             withdraw_rater, "Takes back a request while the cycle is a draft"},
            {Post, "/me/cycles/{cycle}/self", Participant, FormToken::Session, start_self_assessment,
             "Goes to the person's self-assessment"},
            {Get, "/me/cycles/{cycle}/report", Participant, NoToken, own_report, "The person's own report"},
            {Get, "/me/cycles/{cycle}/reports/{person}", Participant, NoToken, managed_report,
             "A report of someone they manage, where the cycle allows"},
            {Get, "/me/cycles/{cycle}/team", Participant, NoToken, my_team_mix, "Their team's right mix"},
            // The JSON API.
            {Get, "/api/v1/cycles/{cycle}/reports/{person}", SignedIn, NoToken, api_report,
             "A report as JSON, for whoever may read it"},
        },
        {{"/admin", Admin}, {"/me", Participant}, {"/api", SignedIn}});
}

} // namespace

const RouteTable& product_routes() {
    static const RouteTable table = make_product_routes();
    return table;
}

} // namespace leadline::web
