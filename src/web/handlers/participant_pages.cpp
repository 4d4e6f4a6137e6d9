#include "web/handlers/participant_pages.hpp"

#include "app/development/learning_set_members.hpp"
#include "app/development/mentor_planning.hpp"
#include "app/development/mentoring_pairs.hpp"
#include "web/views/learning_sets_view.hpp"
#include "web/views/mentoring_view.hpp"

#include "app/feedback/enrolment.hpp"
#include "app/feedback/rater_list_approval.hpp"
#include "app/reporting/report_access.hpp"
#include "app/reporting/team_mix_report.hpp"
#include "web/handlers/directory_lookup.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/approvals_view.hpp"
#include "web/views/participant_views.hpp"
#include "web/views/team_mix_view.hpp"

namespace leadline::web {

namespace {

domain::PersonId me(const Exchange& exchange) {
    return *exchange.signed_in().user.person;
}

// What the cycle page shows after its form was sent.
struct AskForm {
    std::string email;
    std::string group;
    std::vector<PageError> errors;
    std::string done;
    std::string search;
};

Response cycle_page(const Exchange& exchange, const AskForm& form) {
    auto found = app::ParticipantCycles(exchange.store(), exchange.site.clock)
                     .one(me(exchange), exchange.parameters.cycle());
    if (!found) {
        return error_answer(exchange, found.error());
    }
    if (!*found) {
        return not_found(exchange);
    }
    auto people = search_directory(exchange.store(), form.search);
    if (!people) {
        return error_answer(exchange, people.error());
    }
    auto approval = app::RaterListApprovals(exchange.store(), exchange.site.clock, exchange.site.base_url)
                        .standing(exchange.parameters.cycle(), me(exchange));
    if (!approval) {
        return error_answer(exchange, approval.error());
    }
    ctemplate::TemplateDictionary page("participant_cycle");
    fill_participant_cycle(page,
                           {**found, exchange.signed_in().csrf_token, form.email, form.group, form.errors,
                            form.done, form.search, *people, me(exchange), approval_in_words(*approval)});
    const auto viewer = exchange.viewer("/me");
    return exchange.pages().page(form.errors.empty() ? 200 : 400, (*found)->settings.name,
                                 "participant_cycle.tpl", page, form.errors, &viewer);
}

// Whether the viewer's team mix in this cycle can be shown to them: enough of the people they
// line-managed have figures (a link to it would otherwise open on "not enough").
domain::Result<bool> team_mix_shown(const Exchange& exchange, domain::CycleId cycle) {
    auto members = app::team_in_cycle(exchange.store(), cycle, me(exchange), exchange.signed_in().user.email);
    if (!members) {
        return domain::fail(members.error());
    }
    auto reports = exchange.site.published.of(exchange.store(), cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    const auto k = app::team_mix_minimum_for(exchange.store(), cycle);
    return domain::team_mix_for_non_admins(app::team_mix_of(**reports, *members), k).has_value();
}

// The latest published cycle and its name, for the home page's invitation to say what they want from
// mentoring after it; nothing when none is published.
using PublishedCycle = std::optional<std::pair<domain::CycleId, std::string>>;
domain::Result<PublishedCycle> mentoring_after(const Exchange& exchange) {
    auto latest = app::latest_published_cycle(exchange.store());
    if (!latest) {
        return latest.error().code == domain::ErrorCode::NotFound ? domain::Result<PublishedCycle>()
                                                                  : domain::fail(latest.error());
    }
    auto heading = exchange.store().cycles().cycle_heading(*latest);
    if (!heading) {
        return domain::fail(heading.error());
    }
    return PublishedCycle(std::pair(*latest, heading->settings.name));
}

} // namespace

Response my_cycles(const Exchange& exchange) {
    auto all = app::ParticipantCycles(exchange.store(), exchange.site.clock).of(me(exchange));
    if (!all) {
        return error_answer(exchange, all.error());
    }
    auto links = app::manager_links(exchange.store(), me(exchange), exchange.signed_in().user.email);
    if (!links) {
        return error_answer(exchange, links.error());
    }
    std::vector<app::LedTeam> shown;
    for (const auto& team : links->teams) {
        auto can_show = team_mix_shown(exchange, team.cycle);
        if (!can_show) {
            return error_answer(exchange, can_show.error());
        }
        if (*can_show) {
            shown.push_back(team);
        }
    }
    links->teams = std::move(shown);
    auto waiting = app::RaterListApprovals(exchange.store(), exchange.site.clock, exchange.site.base_url)
                       .waiting_for(exchange.signed_in().user);
    if (!waiting) {
        return error_answer(exchange, waiting.error());
    }
    auto mentoring = app::MentoringPairs(exchange.store(), exchange.site.clock).of(me(exchange));
    if (!mentoring) {
        return error_answer(exchange, mentoring.error());
    }
    auto sets = app::LearningSetMembers(exchange.store(), exchange.site.clock).of(me(exchange));
    auto after = mentoring_after(exchange);
    if (!sets || !after) {
        return error_answer(exchange, !sets ? sets.error() : after.error());
    }
    ctemplate::TemplateDictionary page("participant_cycles");
    fill_participant_cycles(page, *all, *links);
    fill_my_mentoring(page, *mentoring);
    fill_my_learning_sets(page, *sets);
    if (*after) {
        auto* invitation = page.AddSectionDictionary("MENTORING_CHOICE");
        invitation->SetValue("HREF", my_cycle_href((*after)->first) + "/mentoring");
        invitation->SetValue("CYCLE", (*after)->second);
    }
    fill_approvals_waiting(page, waiting->size());
    const auto viewer = exchange.viewer("/me");
    return exchange.pages().page(200, "Your feedback", "participant_cycles.tpl", page, {}, &viewer);
}

Response my_cycle(const Exchange& exchange) {
    return cycle_page(exchange,
                      {exchange.query("email"), "", {}, exchange.query("done"), exchange.query("q")});
}

Response nominate_rater(const Exchange& exchange) {
    AskForm form;
    for (const auto& field : exchange.form) {
        if (field.name == "email") {
            form.email = field.value;
        } else if (field.name == "group") {
            form.group = field.value;
        } else if (field.name != "csrf") {
            return unexpected_field(exchange, field.name);
        }
    }
    if (form.email.empty()) {
        form.errors.push_back({"rater-email", "Enter the email address of the person to ask"});
    }
    const auto group = domain::rater_group_from_string(form.group);
    if (!group || *group == domain::RaterGroup::Self) {
        form.errors.push_back({"rater-group", "Say who they are to you"});
    }
    if (!form.errors.empty()) {
        return cycle_page(exchange, form);
    }
    const auto id = exchange.parameters.cycle();
    auto nominated = app::Enrolment(exchange.store(), exchange.site.clock, exchange.site.base_url)
                         .nominate(id, me(exchange), *group, form.email);
    if (!nominated) {
        if (nominated.error().code == domain::ErrorCode::Internal ||
            nominated.error().code == domain::ErrorCode::Unavailable) {
            return error_answer(exchange, nominated.error());
        }
        form.errors.push_back({"rater-email", nominated.error().message});
        return cycle_page(exchange, form);
    }
    return Response::redirect(my_cycle_href(id) + "?done=asked");
}

Response start_self_assessment(const Exchange& exchange) {
    auto token = app::ParticipantCycles(exchange.store(), exchange.site.clock)
                     .self_assessment_token(me(exchange), exchange.parameters.cycle());
    if (!token) {
        return error_answer(exchange, token.error(), {"You cannot rate yourself yet", {}});
    }
    return Response::redirect("/r/" + *token);
}

Response withdraw_rater(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    auto withdrawn = app::Enrolment(exchange.store(), exchange.site.clock, exchange.site.base_url)
                         .withdraw(id, me(exchange), exchange.parameters.nomination());
    if (!withdrawn) {
        auto error = withdrawn.error();
        // A refusal for any reason the person can act on reads as a conflict with the cycle's state.
        if (error.code == domain::ErrorCode::InvalidInput) {
            error.code = domain::ErrorCode::Conflict;
        }
        return error_answer(exchange, error, {"You cannot remove this rater", {}});
    }
    return Response::redirect(my_cycle_href(id) + "?done=withdrawn");
}

Response my_team_mix(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    auto members = app::team_in_cycle(exchange.store(), id, me(exchange), exchange.signed_in().user.email);
    if (!members) {
        return error_answer(exchange, members.error());
    }
    if (members->empty()) {
        return not_found(exchange);
    }
    auto reports = exchange.site.published.of(exchange.store(), id);
    if (!reports) {
        return reports.error().code == domain::ErrorCode::FailedPrecondition
                   ? error_answer(exchange,
                                  {reports.error().code,
                                   "Your team's mix is drawn from the reports, which are "
                                   "ready once the cycle is published."},
                                  {"Not ready yet", {}})
                   : error_answer(exchange, reports.error());
    }
    const auto k = app::team_mix_minimum_for(exchange.store(), id);
    const auto shown = domain::team_mix_for_non_admins(app::team_mix_of(**reports, *members), k);
    ctemplate::TemplateDictionary page("team_mix");
    page.SetValue("CYCLE", (*reports)->cycle_name);
    page.SetValue("HEADING", "Your team's right mix");
    page.SetValue("BACK", "/me");
    if (shown) {
        fill_team_mix(page, **reports, *shown);
    } else {
        page.AddSectionDictionary("NOT_ENOUGH")
            ->SetValue("TEXT",
                       "Your team's mix is shown when at least " + std::to_string(k) +
                           " of the people you line-managed in this cycle have reports, so that no one's "
                           "scores can be read from it. Your HR team can see it for a larger unit.");
    }
    const auto viewer = exchange.viewer("/me");
    return exchange.pages().page(200, "Your team's right mix", "team_mix.tpl", page, {}, &viewer);
}

} // namespace leadline::web
