#include "app/feedback/queued_message.hpp"

#include "app/accounts/accounts.hpp"

namespace leadline::app {

domain::Result<std::int64_t> queue_message(Store& store, OutboxMessage message) {
    auto details = store.organisation().details();
    if (!details) {
        return domain::fail(details.error());
    }
    message.body += domain::email_sign_off(*details);
    return store.outbox().enqueue(message);
}

std::string site_address(const std::string& base_url) {
    auto base = base_url.empty() ? std::string("http://127.0.0.1:8080") : base_url;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    return base;
}

domain::Result<std::string> sign_in_lines(Store& store, const Clock& clock, const std::string& base_url,
                                          const std::string& email) {
    const auto base = site_address(base_url);
    auto account = store.accounts().find_user_by_email(email);
    if (!account) {
        return domain::fail(account.error());
    }
    if (*account && !(*account)->user.active()) {
        return std::string("Your Leadline account is closed. If you need it, ask your HR team.\n");
    }
    if (*account && (*account)->user.has_password) {
        return "Sign in at " + base + "/sign-in\n";
    }
    Accounts accounts(store, clock);
    auto link = *account ? accounts.issue_link(email) : accounts.add_user(email, domain::Role::Participant);
    if (!link) {
        return domain::fail(link.error());
    }
    return "Your sign-in link works once, for 7 days, and lets you choose a password:\n" + base +
           "/sign-in/" + link->token + "\n";
}

} // namespace leadline::app
