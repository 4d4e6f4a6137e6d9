#include "web/views/site_navigation.hpp"

namespace leadline::web {

std::string home_of(domain::Role role) {
    return role == domain::Role::Admin || role == domain::Role::HrViewer ? "/admin" : "/me";
}

Viewer viewer_for(const app::SignedIn& who, const std::string& current_href) {
    Viewer viewer;
    viewer.email = who.user.email;
    viewer.role_name = std::string(domain::display_name(who.user.role));
    viewer.csrf_token = who.csrf_token;
    viewer.current_href = current_href;
    if (who.user.role == domain::Role::Admin) {
        viewer.links = {{"Cycles", "/admin"},
                        {"People", "/admin/people"},
                        {"Accounts", "/admin/accounts"},
                        {"Learning sets", "/admin/learning-sets"},
                        {"Talent reviews", "/admin/talent"},
                        {"Outbox", "/admin/outbox"},
                        {"Organisation", "/admin/organisation"},
                        {"Audit log", "/admin/audit"}};
    } else if (who.user.role == domain::Role::HrViewer) {
        viewer.links = {{"Cycles", "/admin"}};
    } else {
        viewer.links = {{"Your feedback", "/me"}};
        return viewer;
    }
    // Someone in the HR team who is also in the people directory can take part in cycles themselves.
    if (who.user.person) {
        viewer.links.push_back({"Your feedback", "/me"});
    }
    return viewer;
}

} // namespace leadline::web
