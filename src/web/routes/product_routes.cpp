// Every address Leadline answers, as one table. To add a page: one row here, one handler function in
// src/web/handlers/, one view in src/web/views/, one template in templates/ (README, "Developing").
// tests/web/access_control_test.cpp walks this table: a new row without an expectation for every
// visitor fails the tests.
#include "web/handlers/account_admin_pages.hpp"
#include "web/handlers/account_pages.hpp"
#include "web/handlers/admin_analysis_pages.hpp"
#include "web/handlers/admin_cycle_pages.hpp"
#include "web/handlers/approval_pages.hpp"
#include "web/handlers/audit_pages.hpp"
#include "web/handlers/chasing_pages.hpp"
#include "web/handlers/closing_date_pages.hpp"
#include "web/handlers/cycle_form_pages.hpp"
#include "web/handlers/equality_pages.hpp"
#include "web/handlers/erase_pages.hpp"
#include "web/handlers/habit_pages.hpp"
#include "web/handlers/learning_set_pages.hpp"
#include "web/handlers/mentoring_choice_pages.hpp"
#include "web/handlers/my_talent_pages.hpp"
#include "web/handlers/organisation_pages.hpp"
#include "web/handlers/participant_pages.hpp"
#include "web/handlers/people_pages.hpp"
#include "web/handlers/plan_pages.hpp"
#include "web/handlers/programme_pages.hpp"
#include "web/handlers/pulse_pages.hpp"
#include "web/handlers/pulse_rater_pages.hpp"
#include "web/handlers/rater_pages.hpp"
#include "web/handlers/report_archive_pages.hpp"
#include "web/handlers/report_pages.hpp"
#include "web/handlers/site_pages.hpp"
#include "web/handlers/subject_admin_pages.hpp"
#include "web/handlers/subject_bulk_pages.hpp"
#include "web/handlers/talent_pool_pages.hpp"
#include "web/handlers/talent_review_pages.hpp"
#include "web/routes/route_table.hpp"

namespace leadline::web {

namespace {

RouteTable make_product_routes() {
    using enum RouteMethod;
    using enum Audience;
    using enum FormToken;
    return RouteTable(
        {
            // The site itself.
            {Get, "/", Anyone, None, home_page, "What Leadline is", nullptr, Database::NotUsed},
            {Get, "/healthz", Anyone, None, health, "Whether the database answers", nullptr,
             Database::NotUsed},
            {Get, "/assets/{file...}", Anyone, None, asset, "Styles, scripts and images", asset_from_memory,
             Database::NotUsed},
            // Signing in and out.
            {Get, "/sign-in", Anyone, None, sign_in_page, "The sign-in form"},
            {Post, "/sign-in", Anyone, SignInCookie, sign_in, "Signs in with email and password"},
            {Get, "/sign-in/{link}", LinkHolder, None, choose_password_page,
             "A one-time link's form to choose a password"},
            {Post, "/sign-in/{link}", LinkHolder, SignInLink, choose_password,
             "Chooses a password and signs in"},
            {Post, "/sign-out", SignedIn, Session, sign_out, "Ends the session"},
            // A rater's questionnaire, reached through their private link.
            {Get, "/r/{token}", LinkHolder, None, rater_introduction, "A rater's introduction",
             rater_introduction_from_memory},
            {Get, "/r/{token}/a/{page}", LinkHolder, None, rater_attribute, "One attribute's questions",
             rater_attribute_from_memory},
            {Post, "/r/{token}/a/{page}", LinkHolder, RaterLink, save_rater_attribute,
             "Saves one attribute's answers"},
            {Get, "/r/{token}/check", LinkHolder, None, rater_check, "Every answer, to check",
             rater_check_from_memory},
            {Post, "/r/{token}/submit", LinkHolder, RaterLink, submit_rater_answers, "Sends the answers"},
            {Get, "/r/{token}/done", LinkHolder, None, rater_done, "Thanks, once sent",
             rater_done_from_memory},
            // A week's micro-actions, reached through the weekly email's private link.
            {Get, "/h/{token}", LinkHolder, None, habit_week_page,
             "A week's micro-actions, to say which were done"},
            {Post, "/h/{token}", LinkHolder, RaterLink, answer_habit_by_link,
             "Says a micro-action was done or not yet, or stops the weekly email"},
            // The pulse months after a 360, reached through a rater's private link.
            {Get, "/p/{token}", LinkHolder, None, pulse_page, "The pulse's questions about one subject"},
            {Post, "/p/{token}", LinkHolder, RaterLink, answer_pulse, "Keeps a rater's pulse answer"},
            // The HR team.
            {Get, "/admin", HrTeam, None, admin_cycles, "Every feedback cycle"},
            {Get, "/admin/outbox", Admin, None, admin_outbox, "Emails sent and waiting"},
            {Post, "/admin/outbox/{message}/sent", Admin, Session, mark_message_sent,
             "Marks a waiting email sent by hand"},
            {Post, "/admin/outbox/{message}/retry", Admin, Session, retry_message,
             "Tries a refused email again now"},
            {Get, "/admin/people", Admin, None, people_page, "The people directory, and uploading it"},
            {Get, "/admin/people.csv", Admin, None, people_csv_download, "The people directory, as CSV"},
            {Post, "/admin/people/check", Admin, Session, check_people_file,
             "Shows what an uploaded people file would change", nullptr, Database::Used, Body::File},
            {Post, "/admin/people/apply", Admin, Session, apply_people_file, "Saves a checked people file",
             nullptr, Database::Used, Body::File},
            {Get, "/admin/accounts", Admin, None, accounts_page, "Every account, and inviting someone"},
            {Post, "/admin/accounts", Admin, Session, invite_account, "Invites someone to an account"},
            {Get, "/admin/accounts/{account}", Admin, None, account_page,
             "One account, and looking after it"},
            {Post, "/admin/accounts/{account}/link", Admin, Session, email_account_link,
             "Emails an account a new sign-in link"},
            {Post, "/admin/accounts/{account}/revoke", Admin, Session, revoke_account_links,
             "Stops an account's unused sign-in links working"},
            {Post, "/admin/accounts/{account}/close", Admin, Session, close_account, "Closes an account"},
            {Post, "/admin/accounts/{account}/reopen", Admin, Session, reopen_account,
             "Opens a closed account again"},
            {Post, "/admin/accounts/{account}/role", Admin, Session, change_account_role,
             "Changes an account's role"},
            {Get, "/admin/people/erase", Admin, None, erase_page, "What erasing someone does, and the form"},
            {Post, "/admin/people/erase", Admin, Session, erase_person,
             "Erases someone who has left, on request"},
            {Get, "/admin/audit", Admin, None, audit_page, "What admins have done"},
            {Get, "/admin/audit.csv", Admin, None, audit_csv_download, "The audit log, as CSV"},
            {Get, "/admin/organisation", Admin, None, organisation_page,
             "The organisation's name, contact and privacy notice"},
            {Post, "/admin/organisation", Admin, Session, save_organisation,
             "Saves the organisation's details"},
            {Get, "/admin/equality", Admin, None, equality_page,
             "The values recorded for each protected characteristic"},
            {Post, "/admin/equality", Admin, Session, save_equality_categories,
             "Saves the values recorded for each protected characteristic"},
            {Get, "/admin/learning-sets", Admin, None, learning_sets_page, "Saved learning sets"},
            {Get, "/admin/learning-sets/new", Admin, None, new_learning_sets_page,
             "The form to form learning sets"},
            {Post, "/admin/learning-sets/new", Admin, Session, form_learning_sets,
             "Forms and saves learning sets"},
            {Get, "/admin/learning-sets/{plan}", Admin, None, learning_set_page,
             "One saved plan of learning sets"},
            {Get, "/admin/learning-sets/{plan}.csv", Admin, None, learning_set_csv, "One saved plan, as CSV"},
            {Post, "/admin/learning-sets/{plan}/confirm", Admin, Session, confirm_learning_sets,
             "Confirms saved learning sets and tells each member"},
            {Get, "/admin/talent", Admin, None, talent_reviews_page,
             "Talent reviews, and the form to start one"},
            {Post, "/admin/talent", Admin, Session, start_talent_review, "Starts a talent review"},
            {Get, "/admin/talent/pools", Admin, None, talent_pools_page,
             "Talent pools: who is in them, searched by pool, indicator, profession and region"},
            {Post, "/admin/talent/pools", Admin, Session, create_talent_pool_form, "Starts a talent pool"},
            {Post, "/admin/talent/pools/{pool}/people/{person}/remove", Admin, Session,
             remove_from_talent_pool, "Takes someone out of a talent pool"},
            {Get, "/admin/talent/{review}/people/{person}/pool", Admin, None, talent_pool_entry_page,
             "The form to add someone a closed review placed to a pool, or renew their place"},
            {Post, "/admin/talent/{review}/people/{person}/pool", Admin, Session, add_to_talent_pool_form,
             "Adds someone to a pool until a date, or renews their place"},
            {Get, "/admin/talent/{review}", Admin, None, talent_review_page,
             "A talent review's meeting board: the 9-box, filters and everyone's placement"},
            {Post, "/admin/talent/{review}/stage", Admin, Session, change_talent_stage,
             "Begins calibration, or closes the review"},
            {Get, "/admin/talent/{review}/people/{person}", Admin, None, talent_person_page,
             "One person of a review: assessments, evidence, views, changes, and the move form"},
            {Post, "/admin/talent/{review}/people/{person}/move", Admin, Session, move_talent_person,
             "Moves a placement in the meeting, with its reason"},
            {Get, "/admin/talent/{review}/fairness", Admin, None, talent_fairness_page,
             "Fairness by group and drift by line manager"},
            {Get, "/admin/cycles/new", Admin, None, new_cycle_page, "The form for a new cycle"},
            {Post, "/admin/cycles/new", Admin, Session, create_cycle, "Creates a cycle as a draft"},
            {Get, "/admin/cycles/{cycle}", HrTeam, None, admin_cycle, "A cycle's settings and progress"},
            {Get, "/admin/cycles/{cycle}/progress.csv", HrTeam, None, progress_csv,
             "A cycle's progress by subject, as CSV"},
            {Get, "/admin/cycles/{cycle}/settings", Admin, None, cycle_settings_page,
             "A draft cycle's settings, to change them"},
            {Post, "/admin/cycles/{cycle}/settings", Admin, Session, save_cycle_settings,
             "Changes a draft cycle's settings"},
            {Post, "/admin/cycles/{cycle}/subjects", Admin, Session, add_subject, "Adds a subject"},
            {Get, "/admin/cycles/{cycle}/add-subjects", Admin, None, add_subjects_page,
             "The form for adding everyone in a unit, or a list of addresses"},
            {Post, "/admin/cycles/{cycle}/add-subjects", Admin, Session, add_subjects,
             "Adds several subjects, asking first", nullptr, Database::Used, Body::File},
            {Get, "/admin/cycles/{cycle}/subjects/{person}", Admin, None, subject_admin_page,
             "One subject: who they asked, and where each rater is"},
            {Post, "/admin/cycles/{cycle}/subjects/{person}/approve", Admin, Session, approve_as_admin,
             "Approves a subject's rater list"},
            {Post, "/admin/cycles/{cycle}/subjects/{person}/remove", Admin, Session, admin_remove_subject,
             "Takes a subject out of a draft, asking first"},
            {Post, "/admin/cycles/{cycle}/raters/{nomination}/withdraw", Admin, Session, admin_withdraw_rater,
             "Withdraws a rater and their answers, asking first"},
            {Post, "/admin/cycles/{cycle}/remind", Admin, Session, remind_raters,
             "Reminds raters who have not answered"},
            {Get, "/admin/cycles/{cycle}/chasing", Admin, None, chasing_page,
             "Subjects still choosing raters and raters still to answer"},
            {Post, "/admin/cycles/{cycle}/nudge", Admin, Session, nudge_subjects,
             "Nudges subjects still choosing raters"},
            {Post, "/admin/cycles/{cycle}/open", Admin, Session, open_cycle, "Opens a draft cycle"},
            {Post, "/admin/cycles/{cycle}/close", Admin, Session, close_cycle, "Closes an open cycle"},
            {Post, "/admin/cycles/{cycle}/publish", Admin, Session, publish_cycle,
             "Publishes a closed cycle's reports"},
            {Get, "/admin/cycles/{cycle}/closing-date", Admin, None, closing_date_page,
             "The form for a later closing date, or to reopen a closed cycle"},
            {Post, "/admin/cycles/{cycle}/closing-date", Admin, Session, change_closing_date,
             "Sets a later closing date, reopening a closed cycle until then"},
            {Get, "/admin/cycles/{cycle}/pulse", Admin, None, admin_pulse,
             "The dates of the pulse after a published cycle"},
            {Post, "/admin/cycles/{cycle}/pulse", Admin, Session, save_pulse_dates,
             "Saves the pulse's dates"},
            {Post, "/admin/cycles/{cycle}/pulse/withdraw", Admin, Session, withdraw_pulse_rater,
             "Withdraws a rater from a subject's pulse"},
            {Get, "/admin/cycles/{cycle}/reports/{person}", HrTeam, None, admin_report,
             "Any subject's report"},
            {Get, "/admin/cycles/{cycle}/reports.zip", HrTeam, None, reports_zip,
             "Every report of a published cycle, in one ZIP"},
            {Get, "/admin/cycles/{cycle}/programme", HrTeam, None, programme_page,
             "Development after a published cycle: plans, focus areas, habits, the pulse"},
            {Get, "/admin/cycles/{cycle}/heatmap", HrTeam, None, heatmap_page, "The organisation heatmap"},
            {Get, "/admin/cycles/{cycle}/heatmap.csv", HrTeam, None, heatmap_csv, "The heatmap, as CSV"},
            {Get, "/admin/cycles/{cycle}/team", HrTeam, None, admin_team_mix, "A unit's right mix"},
            {Get, "/admin/cycles/{cycle}/mentoring", Admin, None, mentoring_page, "Mentor matching"},
            {Post, "/admin/cycles/{cycle}/mentoring", Admin, Session, confirm_mentoring,
             "Confirms the mentoring pairs shown and tells each person"},
            {Get, "/admin/cycles/{cycle}/mentoring.csv", Admin, None, mentoring_csv,
             "Mentor matching, as CSV"},
            // Participants and line managers.
            {Get, "/me", Participant, None, my_cycles, "The person's cycles"},
            {Get, "/me/cycles/{cycle}", Participant, None, my_cycle,
             "One cycle: who was asked, who answered"},
            {Post, "/me/cycles/{cycle}/raters", Participant, Session, nominate_rater,
             "Asks someone for feedback"},
            {Post, "/me/cycles/{cycle}/raters/{nomination}/withdraw", Participant, Session, withdraw_rater,
             "Takes back a request while the cycle is a draft"},
            {Post, "/me/cycles/{cycle}/self", Participant, Session, start_self_assessment,
             "Goes to the person's self-assessment"},
            {Get, "/me/cycles/{cycle}/report", Participant, None, own_report, "The person's own report"},
            {Get, "/me/cycles/{cycle}/reports/{person}", Participant, None, managed_report,
             "A report of someone they manage, where the cycle allows"},
            {Get, "/me/cycles/{cycle}/team", Participant, None, my_team_mix, "Their team's right mix"},
            {Get, "/me/cycles/{cycle}/plan", Participant, None, my_plan,
             "The person's development plan, its check-ins and timeline"},
            {Get, "/me/cycles/{cycle}/plan/edit", Participant, None, edit_plan_page,
             "The form to start or change their plan"},
            {Post, "/me/cycles/{cycle}/plan", Participant, Session, save_plan, "Saves their plan"},
            {Post, "/me/cycles/{cycle}/plan/check-ins", Participant, Session, add_plan_check_in,
             "Records what they did and learned"},
            {Post, "/me/cycles/{cycle}/plan/sharing", Participant, Session, share_plan,
             "Shares their plan with their line manager, or stops"},
            {Post, "/me/cycles/{cycle}/plan/mentor-sharing", Participant, Session, share_plan_with_mentor,
             "Shares their plan with their mentor, or stops"},
            {Post, "/me/cycles/{cycle}/plan/habits", Participant, Session, pick_habits,
             "Picks the micro-actions to try each week"},
            {Post, "/me/cycles/{cycle}/plan/habits/answer", Participant, Session, answer_habit_on_plan,
             "Says one of this week's micro-actions was done or not yet"},
            {Post, "/me/cycles/{cycle}/plan/nudges", Participant, Session, set_plan_nudges,
             "Turns the weekly email about micro-actions off or on"},
            {Get, "/me/cycles/{cycle}/pulse", Participant, None, my_pulse,
             "The subject's pulse rounds and what each found"},
            {Post, "/me/cycles/{cycle}/pulse/raters", Participant, Session, add_pulse_rater,
             "Adds someone to be asked in the pulse"},
            {Get, "/me/cycles/{cycle}/mentoring", Participant, None, my_mentoring_choice,
             "What they would like from mentoring after a published cycle, and could offer"},
            {Post, "/me/cycles/{cycle}/mentoring", Participant, Session, save_my_mentoring_choice,
             "Keeps what they chose for mentoring"},
            {Get, "/me/cycles/{cycle}/plans/{person}", Participant, None, shared_plan,
             "A plan someone they manage or mentor shared with them"},
            {Get, "/me/talent", Participant, None, my_talent_page,
             "Talent reviews the person assesses people in, or is in"},
            {Get, "/me/talent/{review}", Participant, None, own_talent_page,
             "What a talent review says about the person themselves"},
            {Post, "/me/talent/{review}/disagree", Participant, Session, say_talent_disagreement,
             "Tells HR what the person disagrees with in their closed review"},
            {Get, "/me/talent/{review}/meeting", Participant, None, talent_meeting_page,
             "A reviewer's view of their meeting's people, and their views before it"},
            {Post, "/me/talent/{review}/views", Participant, Session, save_talent_view,
             "Keeps a reviewer's view on one proposed placement before the meeting"},
            {Get, "/me/talent/{review}/people/{person}", Participant, None, talent_assessment_page,
             "The assessment form: a line manager's of their people, or the person's own"},
            {Post, "/me/talent/{review}/people/{person}", Participant, Session, save_talent_assessment_form,
             "Saves an assessment and, for a line manager, the proposed placement"},
            {Get, "/me/approvals", Participant, None, my_approvals, "Rater lists waiting for a line manager"},
            {Post, "/me/approvals/{cycle}/{person}", Participant, Session, approve_as_manager,
             "A line manager approves a rater list"},
            // The JSON API.
            {Get, "/api/v1/cycles/{cycle}/reports/{person}", SignedIn, None, api_report,
             "A report as JSON, for whoever may read it"},
            {Get, "/api/v1/cycles/{cycle}/plans/{person}", SignedIn, None, api_plan,
             "A development plan as JSON, for its owner or a line manager it is shared with"},
            {Get, "/api/v1/talent/{review}", SignedIn, None, api_talent_review,
             "A talent review's people and placements as JSON, for the HR team's admins"},
        },
        {{"/admin", HrTeam}, {"/me", Participant}, {"/api", SignedIn}});
}

} // namespace

const RouteTable& product_routes() {
    static const RouteTable table = make_product_routes();
    return table;
}

} // namespace leadline::web
