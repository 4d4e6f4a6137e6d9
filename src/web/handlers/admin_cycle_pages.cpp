#include "web/handlers/admin_cycle_pages.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>

#include <spdlog/spdlog.h>

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/enrolment.hpp"
#include "app/feedback/invitations.hpp"
#include "app/feedback/report_notices.hpp"
#include "web/handlers/directory_lookup.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/admin_cycle_view.hpp"
#include "web/views/admin_lists_view.hpp"
#include "web/views/chasing_view.hpp"

namespace leadline::web {

namespace {

// What the cycle page shows after a form on it was sent.
struct CycleFormState {
    std::string done;
    std::vector<PageError> errors;
    std::string typed_email;
    std::string search;
    app::ProgressQuery progress{};
};

// Which subjects the progress table shows, from the address (?standing=&find=&unit=&sort=&page=); anything
// unrecognised shows everyone, from the first page.
app::ProgressQuery progress_query(const Exchange& exchange) {
    const auto page = positive_id(exchange.query("page"));
    return {app::standing_from_string(exchange.query("standing")), exchange.query("find"),
            page ? static_cast<std::size_t>(*page) : 1, exchange.query("unit"),
            app::progress_sort_from_string(exchange.query("sort"))};
}

Response cycle_page(const Exchange& exchange, const CycleFormState& state) {
    const auto id = exchange.parameters.cycle();
    auto overview = exchange.site.progress.overview(exchange.store(), id);
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    auto found = search_directory(exchange.store(), state.search);
    if (!found) {
        return error_answer(exchange, found.error());
    }
    const auto& settings = (*overview)->settings;
    const auto* framework = exchange.site.catalog.find(settings.framework.value());
    const AdminCyclePage shown{
        **overview,
        (framework != nullptr ? framework->framework.name : settings.framework.value()) + " (version " +
            settings.framework_version + ")",
        exchange.signed_in().csrf_token,
        state.done,
        state.errors,
        state.typed_email,
        state.search,
        *found,
        state.progress,
        exchange.signed_in().user.role == domain::Role::Admin};
    ctemplate::TemplateDictionary page("admin_cycle");
    fill_admin_cycle(page, shown);
    if ((*overview)->state == domain::CycleState::Published) {
        auto keeping = app::answer_keeping(exchange.store(), id);
        if (!keeping) {
            return error_answer(exchange, keeping.error());
        }
        fill_answer_keeping(page, *keeping);
    }
    const bool typing_problem = std::any_of(state.errors.begin(), state.errors.end(), [](const auto& error) {
        return error.field_id == "subject-email";
    });
    const int status = state.errors.empty() ? 200 : typing_problem ? 400 : 409;
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(status, settings.name, "admin_cycle.tpl", page, state.errors, &viewer);
}

// What to ask before a step taken early (or, for publishing, always); nothing when the step need not ask:
// it is not early, or the cycle is not where the step starts (the step itself then says why not).
std::optional<StepToConfirm> question_before(const app::CycleOverview& overview, app::CycleStep step,
                                             domain::Date now) {
    const auto& settings = overview.settings;
    const auto state = overview.state;
    switch (step) {
    case app::CycleStep::Open:
        if (state != domain::CycleState::Draft || now >= settings.opens_on) {
            return std::nullopt;
        }
        return StepToConfirm{
            settings.name,
            "Open the cycle before its opening date?",
            {"It is set to open on " + settings.opens_on.display() + ".",
             "Opening now sends every rater their invitation, and they can answer from today."},
            "Invitations cannot be taken back once they are sent.",
            "Open the cycle now"};
    case app::CycleStep::Close:
        if (state != domain::CycleState::Open || now >= settings.closes_on) {
            return std::nullopt;
        }
        return StepToConfirm{
            settings.name,
            "Close the cycle before its closing date?",
            {"It is set to close on " + settings.closes_on.display() + ".",
             "Closing now stops every answer, sent or not: raters who have not finished cannot."},
            "Closing cannot be undone.",
            "Close the cycle now"};
    case app::CycleStep::Publish:
        if (state != domain::CycleState::Closed) {
            return std::nullopt;
        }
        return StepToConfirm{
            settings.name,
            "Publish the reports?",
            {"Publishing fixes every subject's report as it is now and lets them read it (and "
             "their line managers, where the cycle allows)."},
            "Published reports cannot be changed or taken back.",
            "Publish the reports"};
    }
    return std::nullopt;
}

// The page that asks before the step, when it must ask and has not been confirmed yet.
std::optional<Response> ask_first(const Exchange& exchange, app::CycleStep step, const std::string& path) {
    if (exchange.field("confirmed") == "yes") {
        return std::nullopt;
    }
    const auto id = exchange.parameters.cycle();
    auto overview = exchange.site.progress.overview(exchange.store(), id);
    if (!overview) {
        return std::nullopt; // the step reports it
    }
    auto question = question_before(**overview, step, app::today(exchange.site.clock));
    if (!question) {
        return std::nullopt;
    }
    question->action = admin_cycle_href(id) + "/" + path;
    question->csrf_token = exchange.signed_in().csrf_token;
    question->back = admin_cycle_href(id);
    ctemplate::TemplateDictionary page("admin_confirm");
    fill_confirm_step(page, *question);
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(200, question->heading, "admin_confirm.tpl", page, {}, &viewer);
}

// Takes the step and writes what it calls for, all or nothing: invitations to every rater when the cycle
// opens, word to every subject when its reports are published.
domain::Result<domain::CycleState> step_and_write(const Exchange& exchange, app::CycleStep step) {
    const auto id = exchange.parameters.cycle();
    auto& store = exchange.store();
    domain::CycleState reached = domain::CycleState::Draft;
    auto done = store.in_transaction([&]() -> domain::Result<void> {
        auto moved = app::CycleAdministration(store).advance(id, step);
        if (!moved) {
            return domain::fail(moved.error());
        }
        reached = *moved;
        if (reached == domain::CycleState::Open) {
            return app::Invitations(store, exchange.site.clock, exchange.site.base_url)
                .invite_uninvited(id)
                .map([](int) {});
        }
        if (reached == domain::CycleState::Published) {
            return app::ReportNotices(store, exchange.site.clock, exchange.site.base_url)
                .tell_subjects(id)
                .map([](int) {});
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return reached;
}

Response advance(const Exchange& exchange, app::CycleStep step, const std::string& path,
                 const std::string& done) {
    if (auto asked = ask_first(exchange, step, path)) {
        return std::move(*asked);
    }
    const auto id = exchange.parameters.cycle();
    auto moved = step_and_write(exchange, step);
    if (!moved) {
        if (moved.error().code == domain::ErrorCode::FailedPrecondition) {
            return cycle_page(exchange, {"", {{"progress", moved.error().message}}, "", ""});
        }
        return error_answer(exchange, moved.error());
    }
    if (*moved == domain::CycleState::Published) {
        if (auto computed = exchange.site.published.compute_now(exchange.store(), id); !computed) {
            // The cycle is published; its reports will be computed when first asked for instead.
            spdlog::error("request {}: computing cycle {}'s reports at publication failed: {}",
                          exchange.request.id, id.value(), computed.error().message);
        }
    }
    return Response::redirect(admin_cycle_href(id) + "?done=" + done);
}

} // namespace

Response admin_cycles(const Exchange& exchange) {
    auto all = exchange.store().cycles().cycles();
    if (!all) {
        return error_answer(exchange, all.error());
    }
    ctemplate::TemplateDictionary page("admin_cycles");
    fill_admin_cycles(page, *all);
    if (exchange.signed_in().user.role == domain::Role::Admin) {
        page.ShowSection("CREATE"); // an HR viewer reads cycles but does not run them
    }
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(200, "Feedback cycles", "admin_cycles.tpl", page, {}, &viewer);
}

Response admin_cycle(const Exchange& exchange) {
    return cycle_page(
        exchange,
        {exchange.query("done"), {}, exchange.query("email"), exchange.query("q"), progress_query(exchange)});
}

Response progress_csv(const Exchange& exchange) {
    auto overview = exchange.site.progress.overview(exchange.store(), exchange.parameters.cycle());
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    return Response::csv_download(app::progress_csv((*overview)->subjects, progress_query(exchange)),
                                  "progress-cycle-" + std::to_string(exchange.parameters.cycle().value()) +
                                      ".csv");
}

Response add_subject(const Exchange& exchange) {
    const auto email = exchange.field("email");
    if (email.empty()) {
        return cycle_page(
            exchange, {"", {{"subject-email", "Enter the email address of the person to add"}}, email, ""});
    }
    const auto id = exchange.parameters.cycle();
    auto added =
        app::Enrolment(exchange.store(), exchange.site.clock, exchange.site.base_url).add_subject(id, email);
    if (!added) {
        switch (added.error().code) {
        case domain::ErrorCode::InvalidInput:
        case domain::ErrorCode::NotFound:
        case domain::ErrorCode::Conflict:
        case domain::ErrorCode::FailedPrecondition:
            return cycle_page(exchange, {"", {{"subject-email", added.error().message}}, email, ""});
        default:
            return error_answer(exchange, added.error());
        }
    }
    return Response::redirect(admin_cycle_href(id) + "?done=subject-added");
}

Response remind_raters(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    auto reminded =
        app::Invitations(exchange.store(), exchange.site.clock, exchange.site.base_url).remind_unanswered(id);
    if (!reminded) {
        if (reminded.error().code == domain::ErrorCode::FailedPrecondition) {
            return cycle_page(exchange, {"", {{"progress", reminded.error().message}}, "", ""});
        }
        return error_answer(exchange, reminded.error());
    }
    // Back to where the button was: the chasing page, or the cycle's.
    const auto back = exchange.field("from") == "chasing" ? chasing_href(id) : admin_cycle_href(id);
    return Response::redirect(back + (*reminded > 0 ? "?done=reminded" : "?done=none-due"));
}

Response open_cycle(const Exchange& exchange) {
    return advance(exchange, app::CycleStep::Open, "open", "opened");
}

Response close_cycle(const Exchange& exchange) {
    return advance(exchange, app::CycleStep::Close, "close", "closed");
}

Response publish_cycle(const Exchange& exchange) {
    return advance(exchange, app::CycleStep::Publish, "publish", "published");
}

namespace {

// Answers an outbox step on a waiting message: back to the outbox saying what was done, or why not.
Response outbox_step(const Exchange& exchange, const domain::Result<bool>& done, const std::string& what) {
    if (!done) {
        return error_answer(exchange, done.error());
    }
    if (!*done) {
        return error_answer(exchange, {domain::ErrorCode::Conflict,
                                       "That message is not waiting any more: it has been sent already."});
    }
    return Response::redirect("/admin/outbox?done=" + what);
}

} // namespace

Response mark_message_sent(const Exchange& exchange) {
    return outbox_step(exchange,
                       exchange.store().outbox().mark_sent_by_hand(exchange.parameters.message(),
                                                                   exchange.site.clock.now_seconds()),
                       "sent");
}

Response retry_message(const Exchange& exchange) {
    return outbox_step(exchange, exchange.store().outbox().retry(exchange.parameters.message()), "retry");
}

Response admin_outbox(const Exchange& exchange) {
    constexpr int shown = 200;
    auto messages = exchange.store().outbox().recent(shown);
    if (!messages) {
        return error_answer(exchange, messages.error());
    }
    ctemplate::TemplateDictionary page("admin_outbox");
    fill_admin_outbox(page, *messages, exchange.query("done"), exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/outbox");
    return exchange.pages().page(200, "Outbox", "admin_outbox.tpl", page, {}, &viewer);
}

} // namespace leadline::web
