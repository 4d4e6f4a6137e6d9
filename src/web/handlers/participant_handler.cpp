#include "web/handlers/participant_handler.hpp"

#include "web/handlers/account_handler.hpp"

namespace leadline::web {

Response ParticipantHandler::handle(const Request& request, app::Store& /*store*/, const app::SignedIn& who,
                                    const std::vector<std::string>& segments) const {
    const auto viewer = viewer_for(who, "/me");
    if (segments.empty() && request.method != Method::Post) {
        return m_pages.message(200, "Your feedback",
                               {"When your HR team adds you to a feedback cycle, it appears here: you can then "
                                "choose who to ask for feedback and answer your self-assessment."},
                               &viewer);
    }
    return m_pages.message(404, "Page not found", {"If you typed the web address, check it is correct."},
                           &viewer);
}

} // namespace leadline::web
