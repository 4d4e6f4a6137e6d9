#include "web/handlers/approval_pages.hpp"

#include "app/feedback/rater_list_approval.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/approvals_view.hpp"

namespace leadline::web {

namespace {

app::RaterListApprovals approvals(const Exchange& exchange) {
    return app::RaterListApprovals(exchange.store(), exchange.site.clock, exchange.site.base_url);
}

} // namespace

Response my_approvals(const Exchange& exchange) {
    auto waiting = approvals(exchange).waiting_for(exchange.signed_in().user);
    if (!waiting) {
        return error_answer(exchange, waiting.error());
    }
    ctemplate::TemplateDictionary page("me_approvals");
    fill_approvals(page, *waiting, exchange.query("approved") == "1", exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/me");
    return exchange.pages().page(200, "Rater lists to approve", "me_approvals.tpl", page, {}, &viewer);
}

Response approve_as_manager(const Exchange& exchange) {
    auto approved = approvals(exchange).approve(exchange.parameters.cycle(), exchange.parameters.person(),
                                                exchange.signed_in().user);
    if (!approved) {
        return approved.error().code == domain::ErrorCode::NotFound
                   ? not_found(exchange)
                   : error_answer(exchange, approved.error());
    }
    return Response::redirect("/me/approvals?approved=1");
}

Response approve_as_admin(const Exchange& exchange) {
    const auto cycle = exchange.parameters.cycle();
    const auto subject = exchange.parameters.person();
    auto approved = approvals(exchange).approve(cycle, subject, exchange.signed_in().user);
    if (!approved) {
        return approved.error().code == domain::ErrorCode::NotFound
                   ? not_found(exchange)
                   : error_answer(exchange, approved.error());
    }
    return Response::redirect("/admin/cycles/" + std::to_string(cycle.value()) + "/subjects/" +
                              std::to_string(subject.value()) + "?done=approved");
}

} // namespace leadline::web
