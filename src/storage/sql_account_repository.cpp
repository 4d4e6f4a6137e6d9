#include "storage/sql_account_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

namespace {

constexpr const char* user_columns =
    "SELECT id, email, role, person_id, password_hash, deactivated_at FROM users";

struct UserRow {
    long long id = 0;
    std::string email;
    std::string role;
    long long person = 0;
    soci::indicator person_indicator = soci::i_null;
    std::string password_hash;
    long long deactivated_at = 0;
    soci::indicator deactivated_indicator = soci::i_null;

    void bind(soci::statement& statement) {
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(email));
        statement.exchange(soci::into(role));
        statement.exchange(soci::into(person, person_indicator));
        statement.exchange(soci::into(password_hash));
        statement.exchange(soci::into(deactivated_at, deactivated_indicator));
    }

    [[nodiscard]] app::StoredUser stored() const {
        app::StoredUser stored;
        stored.user.id = domain::UserId{id};
        stored.user.email = email;
        stored.user.role = domain::role_from_string(role).value_or(domain::Role::Participant);
        if (person_indicator == soci::i_ok) {
            stored.user.person = domain::PersonId{person};
        }
        stored.user.has_password = !password_hash.empty();
        stored.password_hash = password_hash;
        if (deactivated_indicator == soci::i_ok) {
            stored.user.deactivated_at = deactivated_at;
        }
        return stored;
    }
};

} // namespace

Result<domain::UserId> SqlAccountRepository::create_user(const std::string& email, domain::Role role,
                                                         std::optional<domain::PersonId> person,
                                                         std::int64_t now) {
    return guarded("creating an account", [&]() -> Result<domain::UserId> {
        long long id = 0;
        const std::string role_text(domain::to_string(role));
        long long person_id = person ? person->value() : 0;
        soci::indicator person_indicator = person ? soci::i_ok : soci::i_null;
        long long created = now;
        m_sql << "INSERT INTO users (email, role, person_id, created_at) VALUES (:email, :role, :person, "
                 ":created) RETURNING id",
            soci::use(email), soci::use(role_text), soci::use(person_id, person_indicator),
            soci::use(created), soci::into(id);
        return domain::UserId{id};
    });
}

Result<std::optional<app::StoredUser>>
SqlAccountRepository::find_user_where(const std::string& condition, const std::string& email, long long id) {
    return guarded("reading an account", [&]() -> Result<std::optional<app::StoredUser>> {
        UserRow row;
        soci::statement statement(m_sql);
        row.bind(statement);
        if (condition == "email") {
            statement.exchange(soci::use(email));
            statement.alloc();
            statement.prepare(std::string(user_columns) + " WHERE email = :email");
        } else {
            statement.exchange(soci::use(id));
            statement.alloc();
            statement.prepare(std::string(user_columns) + " WHERE id = :id");
        }
        statement.define_and_bind();
        if (!statement.execute(true)) {
            return std::optional<app::StoredUser>{};
        }
        return std::optional<app::StoredUser>{row.stored()};
    });
}

Result<std::optional<app::StoredUser>> SqlAccountRepository::find_user_by_email(const std::string& email) {
    return find_user_where("email", email, 0);
}

Result<std::optional<app::StoredUser>> SqlAccountRepository::find_user(domain::UserId user) {
    return find_user_where("id", "", user.value());
}

Result<std::vector<domain::User>> SqlAccountRepository::users() {
    return guarded("listing accounts", [&]() -> Result<std::vector<domain::User>> {
        std::vector<domain::User> users;
        UserRow row;
        soci::statement statement(m_sql);
        row.bind(statement);
        statement.alloc();
        statement.prepare(std::string(user_columns) + " ORDER BY email");
        statement.define_and_bind();
        statement.execute();
        while (statement.fetch()) {
            users.push_back(row.stored().user);
        }
        return users;
    });
}

Result<void> SqlAccountRepository::set_password_hash(domain::UserId user, const std::string& hash) {
    return guarded("saving a password", [&]() -> Result<void> {
        long long id = user.value();
        m_sql << "UPDATE users SET password_hash = :hash WHERE id = :id", soci::use(hash), soci::use(id);
        return {};
    });
}

Result<void> SqlAccountRepository::set_deactivated(domain::UserId user, std::optional<std::int64_t> at) {
    return guarded("closing or opening an account", [&]() -> Result<void> {
        long long id = user.value();
        long long when = at.value_or(0);
        soci::indicator when_indicator = at ? soci::i_ok : soci::i_null;
        m_sql << "UPDATE users SET deactivated_at = :at WHERE id = :id", soci::use(when, when_indicator),
            soci::use(id);
        return {};
    });
}

Result<void> SqlAccountRepository::set_role(domain::UserId user, domain::Role role) {
    return guarded("changing an account's role", [&]() -> Result<void> {
        long long id = user.value();
        const std::string role_text(domain::to_string(role));
        m_sql << "UPDATE users SET role = :role WHERE id = :id", soci::use(role_text), soci::use(id);
        return {};
    });
}

Result<std::vector<app::AccountOverview>> SqlAccountRepository::overviews(std::int64_t now) {
    return guarded("listing accounts", [&]() -> Result<std::vector<app::AccountOverview>> {
        std::vector<app::AccountOverview> all;
        UserRow row;
        std::string person_name;
        soci::indicator person_name_indicator = soci::i_null;
        long long link_expires = 0;
        soci::indicator link_indicator = soci::i_null;
        long long last_seen = 0;
        soci::indicator seen_indicator = soci::i_null;
        long long at = now;
        soci::statement statement(m_sql);
        row.bind(statement);
        statement.exchange(soci::into(person_name, person_name_indicator));
        statement.exchange(soci::into(link_expires, link_indicator));
        statement.exchange(soci::into(last_seen, seen_indicator));
        statement.exchange(soci::use(at));
        statement.alloc();
        statement.prepare(
            "SELECT u.id, u.email, u.role, u.person_id, u.password_hash, u.deactivated_at, p.name, "
            "(SELECT MAX(l.expires_at) FROM sign_in_links l WHERE l.user_id = u.id AND l.used_at IS NULL "
            "AND l.expires_at > :now), (SELECT MAX(s.last_seen_at) FROM sessions s WHERE s.user_id = u.id) "
            "FROM users u LEFT JOIN people p ON p.id = u.person_id ORDER BY u.email");
        statement.define_and_bind();
        statement.execute();
        while (statement.fetch()) {
            app::AccountOverview overview{row.stored().user, {}, std::nullopt, std::nullopt};
            if (person_name_indicator == soci::i_ok) {
                overview.person_name = person_name;
            }
            if (link_indicator == soci::i_ok) {
                overview.link_expires_at = link_expires;
            }
            if (seen_indicator == soci::i_ok) {
                overview.last_seen_at = last_seen;
            }
            all.push_back(std::move(overview));
        }
        return all;
    });
}

Result<void> SqlAccountRepository::revoke_sign_in_links(domain::UserId user, std::int64_t now) {
    return guarded("revoking sign-in links", [&]() -> Result<void> {
        long long id = user.value();
        long long at = now;
        m_sql << "UPDATE sign_in_links SET used_at = :now WHERE user_id = :user AND used_at IS NULL",
            soci::use(at), soci::use(id);
        return {};
    });
}

Result<void> SqlAccountRepository::add_sign_in_link(domain::UserId user, const std::string& token_hash,
                                                    std::int64_t expires_at) {
    return guarded("saving a sign-in link", [&]() -> Result<void> {
        long long id = user.value();
        long long expires = expires_at;
        m_sql
            << "INSERT INTO sign_in_links (token_hash, user_id, expires_at) VALUES (:hash, :user, :expires)",
            soci::use(token_hash), soci::use(id), soci::use(expires);
        return {};
    });
}

Result<std::optional<domain::UserId>> SqlAccountRepository::find_sign_in_link(const std::string& token_hash,
                                                                              std::int64_t now) {
    return guarded("reading a sign-in link", [&]() -> Result<std::optional<domain::UserId>> {
        long long user = 0;
        long long at = now;
        m_sql << "SELECT user_id FROM sign_in_links WHERE token_hash = :hash AND used_at IS NULL AND "
                 "expires_at > :now",
            soci::use(token_hash), soci::use(at), soci::into(user);
        if (!m_sql.got_data()) {
            return std::optional<domain::UserId>{};
        }
        return std::optional<domain::UserId>{domain::UserId{user}};
    });
}

Result<bool> SqlAccountRepository::use_sign_in_link(const std::string& token_hash, std::int64_t now) {
    return guarded("using a sign-in link", [&]() -> Result<bool> {
        long long at = now;
        soci::statement update =
            (m_sql.prepare << "UPDATE sign_in_links SET used_at = :now WHERE token_hash = "
                              ":hash AND used_at IS NULL AND expires_at > :now2",
             soci::use(at), soci::use(token_hash), soci::use(at));
        update.execute(true);
        return update.get_affected_rows() == 1;
    });
}

Result<void> SqlAccountRepository::create_session(const std::string& id_hash,
                                                  const app::StoredSession& session) {
    return guarded("starting a session", [&]() -> Result<void> {
        long long user = session.user.value();
        long long created = session.created_at;
        long long seen = session.last_seen_at;
        m_sql << "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (:id, "
                 ":user, :csrf, :created, :seen)",
            soci::use(id_hash), soci::use(user), soci::use(session.csrf_token), soci::use(created),
            soci::use(seen);
        return {};
    });
}

Result<std::optional<app::StoredSession>> SqlAccountRepository::find_session(const std::string& id_hash) {
    return guarded("reading a session", [&]() -> Result<std::optional<app::StoredSession>> {
        long long user = 0;
        long long created = 0;
        long long seen = 0;
        app::StoredSession session;
        m_sql << "SELECT user_id, csrf_token, created_at, last_seen_at FROM sessions WHERE id_hash = :id",
            soci::use(id_hash), soci::into(user), soci::into(session.csrf_token), soci::into(created),
            soci::into(seen);
        if (!m_sql.got_data()) {
            return std::optional<app::StoredSession>{};
        }
        session.user = domain::UserId{user};
        session.created_at = created;
        session.last_seen_at = seen;
        return std::optional<app::StoredSession>{session};
    });
}

Result<void> SqlAccountRepository::touch_session(const std::string& id_hash, std::int64_t now) {
    return guarded("keeping a session alive", [&]() -> Result<void> {
        long long at = now;
        m_sql << "UPDATE sessions SET last_seen_at = :now WHERE id_hash = :id", soci::use(at),
            soci::use(id_hash);
        return {};
    });
}

Result<void> SqlAccountRepository::delete_session(const std::string& id_hash) {
    return guarded("ending a session", [&]() -> Result<void> {
        m_sql << "DELETE FROM sessions WHERE id_hash = :id", soci::use(id_hash);
        return {};
    });
}

Result<void> SqlAccountRepository::delete_sessions_of(domain::UserId user) {
    return guarded("ending sessions", [&]() -> Result<void> {
        long long id = user.value();
        m_sql << "DELETE FROM sessions WHERE user_id = :user", soci::use(id);
        return {};
    });
}

Result<void> SqlAccountRepository::record_sign_in_failure(const std::string& key_hash, std::int64_t at) {
    return guarded("recording a failed sign-in", [&]() -> Result<void> {
        long long when = at;
        m_sql << "INSERT INTO sign_in_failures (key_hash, failed_at) VALUES (:key, :at)", soci::use(key_hash),
            soci::use(when);
        return {};
    });
}

Result<int> SqlAccountRepository::count_sign_in_failures(const std::string& key_hash, std::int64_t since) {
    return guarded("counting failed sign-ins", [&]() -> Result<int> {
        long long from = since;
        int count = 0;
        m_sql << "SELECT COUNT(*) FROM sign_in_failures WHERE key_hash = :key AND failed_at > :since",
            soci::use(key_hash), soci::use(from), soci::into(count);
        return count;
    });
}

Result<void> SqlAccountRepository::clear_sign_in_failures(const std::string& key_hash) {
    return guarded("clearing failed sign-ins", [&]() -> Result<void> {
        m_sql << "DELETE FROM sign_in_failures WHERE key_hash = :key", soci::use(key_hash);
        return {};
    });
}

} // namespace leadline::storage
