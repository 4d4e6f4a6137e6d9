#include "web/handlers/subject_admin_pages.hpp"

#include <algorithm>
#include <set>

#include "app/feedback/cycle_administration.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/subject_admin_view.hpp"

namespace leadline::web {

namespace {

domain::Result<std::set<domain::NominationId>>
nominations_of(domain::Result<std::vector<app::RaterToContact>> raters) {
    if (!raters) {
        return domain::fail(raters.error());
    }
    std::set<domain::NominationId> ids;
    for (const auto& rater : *raters) {
        ids.insert(rater.nomination);
    }
    return ids;
}

// The subject's progress within the cycle's, or nothing when they are not one of its subjects.
const domain::SubjectProgress* progress_of(const app::CycleOverview& overview, domain::PersonId person) {
    const auto found = std::find_if(overview.subjects.begin(), overview.subjects.end(),
                                    [&](const auto& subject) { return subject.subject == person; });
    return found == overview.subjects.end() ? nullptr : &*found;
}

Response confirm(const Exchange& exchange, StepToConfirm question, const std::string& back) {
    question.action = exchange.request.path;
    question.csrf_token = exchange.signed_in().csrf_token;
    question.back = back;
    ctemplate::TemplateDictionary page("admin_confirm");
    fill_confirm_step(page, question);
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(200, question.heading, "admin_confirm.tpl", page, {}, &viewer);
}

} // namespace

Response subject_admin_page(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    auto overview = exchange.site.progress.overview(exchange.store(), id);
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    const auto* subject = progress_of(**overview, exchange.parameters.person());
    if (subject == nullptr) {
        return not_found(exchange);
    }
    auto cycle = exchange.store().cycles().load_cycle(id);
    auto uninvited = nominations_of(exchange.store().responses().uninvited(id));
    auto unanswered = nominations_of(exchange.store().responses().unanswered(id));
    for (const auto* failed : {cycle ? nullptr : &cycle.error(), uninvited ? nullptr : &uninvited.error(),
                               unanswered ? nullptr : &unanswered.error()}) {
        if (failed != nullptr) {
            return error_answer(exchange, *failed);
        }
    }
    auto approval = app::RaterListApprovals(exchange.store(), exchange.site.clock, exchange.site.base_url)
                        .standing(id, subject->subject);
    if (!approval) {
        return error_answer(exchange, approval.error());
    }
    ctemplate::TemplateDictionary page("admin_subject");
    fill_subject_admin(page, {*cycle, *subject, *uninvited, *unanswered, exchange.query("done"),
                              exchange.signed_in().csrf_token, *approval});
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(200, subject->name, "admin_subject.tpl", page, {}, &viewer);
}

Response admin_remove_subject(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    const auto person = exchange.parameters.person();
    if (exchange.field("confirmed") != "yes") {
        auto overview = exchange.site.progress.overview(exchange.store(), id);
        auto cycle = exchange.store().cycles().load_cycle(id);
        if (!overview || !cycle) {
            return error_answer(exchange, overview ? cycle.error() : overview.error());
        }
        const auto* subject = progress_of(**overview, person);
        if (subject == nullptr) {
            return not_found(exchange);
        }
        return confirm(exchange, removal_question(*cycle, subject->name), admin_subject_href(id, person));
    }
    if (auto removed = app::CycleAdministration(exchange.store()).remove_subject(id, person); !removed) {
        return error_answer(exchange, removed.error());
    }
    return Response::redirect(admin_cycle_href(id) + "?done=subject-removed");
}

Response admin_withdraw_rater(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    auto cycle = exchange.store().cycles().load_cycle(id);
    if (!cycle) {
        return error_answer(exchange, cycle.error());
    }
    const auto& nominations = cycle->nominations();
    const auto rater = std::find_if(nominations.begin(), nominations.end(), [&](const auto& nomination) {
        return nomination.id == exchange.parameters.nomination();
    });
    if (rater == nominations.end()) {
        return not_found(exchange);
    }
    const auto back = admin_subject_href(id, rater->subject);
    if (exchange.field("confirmed") != "yes") {
        const auto* subject = cycle->find_subject(rater->subject);
        auto person = exchange.store().people().person(rater->subject);
        const auto name = person && *person    ? (*person)->name
                          : subject != nullptr ? subject->email
                                               : "the subject";
        return confirm(exchange, withdrawal_question(*cycle, *rater, name), back);
    }
    auto withdrawn = app::CycleAdministration(exchange.store()).withdraw_rater(id, rater->id);
    if (!withdrawn) {
        return error_answer(exchange, withdrawn.error());
    }
    return Response::redirect(back + "?done=withdrawn");
}

} // namespace leadline::web
