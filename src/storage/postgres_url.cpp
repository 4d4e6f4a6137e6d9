#include "storage/postgres_url.hpp"

#include <boost/url/parse.hpp>

namespace leadline::storage {

namespace {

// A value as libpq reads it: in single quotes, with quotes and backslashes escaped.
std::string quoted(std::string_view value) {
    std::string out = "'";
    for (const char c : value) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    out += '\'';
    return out;
}

void add(std::string& conninfo, std::string_view keyword, std::string_view value) {
    if (!conninfo.empty()) {
        conninfo += ' ';
    }
    conninfo.append(keyword).append("=").append(quoted(value));
}

} // namespace

domain::Result<std::string> postgres_connection_string(std::string_view text) {
    auto problem = [] {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            "The database address is not a PostgreSQL URL such as "
                            "postgresql://user:password@host:5432/name (see the README).");
    };
    const auto parsed = boost::urls::parse_uri(text);
    if (parsed.has_error() || (parsed->scheme() != "postgresql" && parsed->scheme() != "postgres")) {
        return problem();
    }
    const auto& url = *parsed;
    std::string conninfo;
    if (url.has_userinfo()) {
        if (!url.user().empty()) {
            add(conninfo, "user", url.user());
        }
        if (url.has_password()) {
            add(conninfo, "password", url.password());
        }
    }
    if (!url.host().empty()) {
        add(conninfo, "host", url.host());
    }
    if (url.has_port()) {
        add(conninfo, "port", url.port());
    }
    std::string database = url.path();
    if (!database.empty() && database.front() == '/') {
        database.erase(0, 1);
    }
    if (database.find('/') != std::string::npos) {
        return problem();
    }
    if (!database.empty()) {
        add(conninfo, "dbname", database);
    }
    boost::urls::encoding_opts decoding;
    decoding.space_as_plus = false; // libpq reads a "+" as itself
    for (const auto& parameter : url.params(decoding)) {
        if (parameter.key.empty()) {
            return problem();
        }
        add(conninfo, parameter.key, parameter.value);
    }
    return conninfo;
}

} // namespace leadline::storage
