#include "web/handlers/account_admin_pages.hpp"

#include <algorithm>

#include "app/accounts/account_administration.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/account_view.hpp"
#include "web/views/accounts_view.hpp"

namespace leadline::web {

namespace {

app::AccountAdministration administration(const Exchange& exchange) {
    return app::AccountAdministration(exchange.store(), exchange.site.clock, exchange.site.base_url);
}

Response accounts_form(const Exchange& exchange, const InvitationForm& form) {
    auto accounts = exchange.store().accounts().overviews(exchange.site.clock.now_seconds());
    if (!accounts) {
        return error_answer(exchange, accounts.error());
    }
    ctemplate::TemplateDictionary page("admin_accounts");
    fill_accounts(page, *accounts, exchange.site.clock.now_seconds(), form, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/accounts");
    return exchange.pages().page(form.problems.empty() ? 200 : 400, "Accounts", "admin_accounts.tpl", page,
                                 form.problems, &viewer);
}

// The account's page, with what was just done or what stopped it.
Response account_answer(const Exchange& exchange, const std::string& done,
                        const std::vector<PageError>& errors) {
    const auto account = exchange.parameters.account();
    auto accounts = exchange.store().accounts().overviews(exchange.site.clock.now_seconds());
    if (!accounts) {
        return error_answer(exchange, accounts.error());
    }
    const auto found =
        std::find_if(accounts->begin(), accounts->end(),
                     [&](const app::AccountOverview& each) { return each.user.id == account; });
    if (found == accounts->end()) {
        return not_found(exchange);
    }
    ctemplate::TemplateDictionary page("admin_account");
    fill_account(page, *found, exchange.site.clock.now_seconds(), account == exchange.signed_in().user.id,
                 done, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/accounts");
    return exchange.pages().page(errors.empty() ? 200 : 400, found->user.email, "admin_account.tpl", page,
                                 errors, &viewer);
}

// Runs an action on the account in the address: back to its page saying so, or the page with why not.
template <class Action>
Response act_on_account(const Exchange& exchange, const std::string& done, Action action) {
    const auto account = exchange.parameters.account();
    auto found = exchange.store().accounts().find_user(account);
    if (!found) {
        return error_answer(exchange, found.error());
    }
    if (!*found) {
        return not_found(exchange);
    }
    if (auto acted = action(account); !acted) {
        if (acted.error().code != domain::ErrorCode::FailedPrecondition &&
            acted.error().code != domain::ErrorCode::InvalidInput) {
            return error_answer(exchange, acted.error());
        }
        return account_answer(exchange, "", {{"role-admin", acted.error().message}});
    }
    return Response::redirect("/admin/accounts/" + std::to_string(account.value()) + "?done=" + done);
}

} // namespace

Response accounts_page(const Exchange& exchange) {
    return accounts_form(exchange, {"", "participant", {}});
}

Response invite_account(const Exchange& exchange) {
    InvitationForm form{exchange.field("email"), exchange.field("role"), {}};
    const auto role = domain::role_from_string(form.role);
    if (form.email.empty()) {
        form.problems.push_back({"email", "Enter the email address of the person to invite"});
    }
    if (!role) {
        form.problems.push_back({"role-admin", "Choose what they can do"});
    }
    if (!form.problems.empty()) {
        return accounts_form(exchange, form);
    }
    auto invited = administration(exchange).invite(form.email, *role);
    if (!invited) {
        if (invited.error().code == domain::ErrorCode::Internal ||
            invited.error().code == domain::ErrorCode::Unavailable) {
            return error_answer(exchange, invited.error());
        }
        form.problems.push_back({"email", invited.error().message});
        return accounts_form(exchange, form);
    }
    return Response::redirect("/admin/accounts/" + std::to_string(invited->value()) + "?done=invited");
}

Response account_page(const Exchange& exchange) {
    return account_answer(exchange, account_action_done(exchange.query("done")), {});
}

Response email_account_link(const Exchange& exchange) {
    return act_on_account(exchange, "link", [&](domain::UserId account) {
        return administration(exchange).send_link(account);
    });
}

Response revoke_account_links(const Exchange& exchange) {
    return act_on_account(exchange, "revoked", [&](domain::UserId account) {
        return administration(exchange).revoke_links(account);
    });
}

Response close_account(const Exchange& exchange) {
    return act_on_account(exchange, "closed", [&](domain::UserId account) {
        return administration(exchange).close(exchange.signed_in().user.id, account);
    });
}

Response reopen_account(const Exchange& exchange) {
    return act_on_account(exchange, "reopened",
                          [&](domain::UserId account) { return administration(exchange).reopen(account); });
}

Response change_account_role(const Exchange& exchange) {
    const auto role = domain::role_from_string(exchange.field("role"));
    return act_on_account(exchange, "role", [&](domain::UserId account) -> domain::Result<void> {
        if (!role) {
            return domain::fail(domain::ErrorCode::InvalidInput, "Choose a role");
        }
        return administration(exchange).change_role(exchange.signed_in().user.id, account, *role);
    });
}

} // namespace leadline::web
