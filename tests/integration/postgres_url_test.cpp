// PostgreSQL addresses as the README writes them: turned into libpq's keywords, and each form
// connecting to a real server when the tests have one (scripts/with-postgres).
#include <gtest/gtest.h>

#include <cstdlib>

#include <libpq-fe.h>

#include "storage/postgres_url.hpp"
#include "storage/soci_store_factory.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using storage::postgres_connection_string;

namespace {

// Whether libpq connects with this connection string.
bool connects(const std::string& conninfo) {
    PGconn* connection = PQconnectdb(conninfo.c_str());
    const bool ok = PQstatus(connection) == CONNECTION_OK;
    PQfinish(connection);
    return ok;
}

// The test server's address without the scheme's parts: "127.0.0.1:55432/leadline" and its user.
struct TestServer {
    std::string url;
    std::string host_port_database;
};

std::optional<TestServer> test_server() {
    const char* url = std::getenv("LEADLINE_TEST_PG_URL");
    if (url == nullptr || *url == '\0') {
        return std::nullopt;
    }
    std::string text(url);
    const auto at = text.find('@');
    return TestServer{text, text.substr(at + 1)};
}

} // namespace

TEST(PostgresUrl, EachPartBecomesItsOwnKeyword) {
    EXPECT_EQ(postgres_connection_string("postgresql://app@127.0.0.1:5432/leadline").value(),
              "user='app' host='127.0.0.1' port='5432' dbname='leadline'");
    EXPECT_EQ(postgres_connection_string("postgres://app:s3cret@db.council.example/leadline").value(),
              "user='app' password='s3cret' host='db.council.example' dbname='leadline'");
    EXPECT_EQ(
        postgres_connection_string("postgresql://app@127.0.0.1/leadline?sslmode=require&connect_timeout=5")
            .value(),
        "user='app' host='127.0.0.1' dbname='leadline' sslmode='require' connect_timeout='5'");
}

TEST(PostgresUrl, ASocketFolderAndEscapedCharactersAreDecodedAndQuoted) {
    EXPECT_EQ(postgres_connection_string("postgresql://app@%2Fvar%2Frun%2Fpostgresql/leadline").value(),
              "user='app' host='/var/run/postgresql' dbname='leadline'");
    EXPECT_EQ(postgres_connection_string("postgresql://app:it%27s%20a%5Csecret@localhost/leadline").value(),
              "user='app' password='it\\'s a\\\\secret' host='localhost' dbname='leadline'");
    EXPECT_EQ(postgres_connection_string("postgresql:///leadline?host=/tmp").value(),
              "dbname='leadline' host='/tmp'");
}

TEST(PostgresUrl, WhatIsNotAPostgresUrlIsAClearError) {
    for (const auto* text :
         {"mysql://app@host/leadline", "postgresql://app@host/a/b", "postgresql://[::1/x"}) {
        const auto converted = postgres_connection_string(text);
        ASSERT_FALSE(converted.has_value()) << text;
        EXPECT_EQ(converted.error().code, domain::ErrorCode::InvalidInput) << text;
    }
}

TEST(PostgresUrl, TheFormsTheReadmeGivesConnectToARealServer) {
    const auto server = test_server();
    LEADLINE_SKIP_WITHOUT(server);
    const auto& rest = server->host_port_database;
    for (const auto& url : {server->url, "postgresql://app:any-password@" + rest, "postgres://app@" + rest,
                            "postgresql://app@" + rest + "?connect_timeout=5"}) {
        const auto conninfo = postgres_connection_string(url);
        ASSERT_TRUE(conninfo.has_value()) << url;
        EXPECT_TRUE(connects(*conninfo)) << url << " as " << *conninfo;
    }
    if (const char* socket = std::getenv("LEADLINE_TEST_PG_SOCKET")) {
        const auto port = rest.substr(rest.find(':') + 1, rest.find('/') - rest.find(':') - 1);
        std::string folder;
        for (const char c : std::string(socket)) {
            folder += c == '/' ? std::string("%2F") : std::string(1, c);
        }
        const auto url = "postgresql://app@" + folder + ":" + port + "/leadline";
        EXPECT_TRUE(connects(postgres_connection_string(url).value())) << url;
    }
}

TEST(PostgresUrl, LeadlineOpensTheServerAddressWithoutParameters) {
    const auto server = test_server();
    LEADLINE_SKIP_WITHOUT(server);
    storage::SociStoreFactory stores;
    // The bare address, as with-postgres and the README give it (before, SOCI's own options were read as
    // part of the database's name).
    auto opened = stores.open(server->url, app::SchemaUpgrade::Apply);
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    EXPECT_TRUE((*opened)->schema_status().has_value());
}
