// The server on a real socket: keep-alive, the body limit, bad requests and a graceful stop.
#include <gtest/gtest.h>

#include <future>
#include <thread>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "support/demo_site.hpp"
#include "web/http/form_tokens.hpp"
#include "web/server/http_server.hpp"

using namespace leadline;
namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

class RunningServer : public ::testing::Test {
  protected:
    void SetUp() override {
        web::ServerOptions options;
        options.port = 0;
        options.body_limit = 4096;
        server = std::make_unique<web::HttpServer>(site.app(), options);
        port = server->listen().value();
        running = std::async(std::launch::async, [this] { server->run(web::Signals::Ignore); });
    }

    void TearDown() override {
        server->stop();
        ASSERT_EQ(running.wait_for(std::chrono::seconds(10)), std::future_status::ready)
            << "the server stopped";
    }

    net::ip::tcp::socket connect() {
        net::ip::tcp::socket socket(io);
        socket.connect({net::ip::make_address("127.0.0.1"), port});
        return socket;
    }

    http::response<http::string_body> exchange(net::ip::tcp::socket& socket,
                                               http::request<http::string_body> request) {
        request.set(http::field::host, "127.0.0.1");
        request.prepare_payload();
        http::write(socket, request);
        beast::flat_buffer buffer;
        http::response<http::string_body> response;
        http::read(socket, buffer, response);
        return response;
    }

    leadline::testing::DemoSite site;
    std::unique_ptr<web::HttpServer> server;
    unsigned short port = 0;
    std::future<void> running;
    net::io_context io;
};

} // namespace

TEST_F(RunningServer, AnswersSeveralRequestsOnOneKeptAliveConnection) {
    auto socket = connect();
    for (int i = 0; i < 3; ++i) {
        auto response = exchange(socket, {http::verb::get, "/healthz", 11});
        EXPECT_EQ(response.result_int(), 200);
        EXPECT_EQ(response.body(), R"({"status":"ok"})");
        EXPECT_TRUE(response.keep_alive());
    }
}

TEST_F(RunningServer, RefusesABodyOverTheLimitWith413) {
    auto socket = connect();
    http::request<http::string_body> request{http::verb::post, "/r/anything/a/1", 11};
    request.body() = std::string(100000, 'a');
    auto response = exchange(socket, std::move(request));
    EXPECT_EQ(response.result_int(), 413);
}

TEST_F(RunningServer, TakesAFileLargerThanAFormWhereAFileIsExpected) {
    auto socket = connect();
    // A people file of thousands of lines goes well past a form's limit; without a session it is answered
    // by sending the visitor to sign in, not refused for its size.
    http::request<http::string_body> request{http::verb::post, "/admin/people/check", 11};
    request.set(http::field::content_type, "multipart/form-data; boundary=b");
    request.body() = std::string(100000, 'a');
    auto response = exchange(socket, std::move(request));
    EXPECT_EQ(response.result_int(), 303);
}

TEST_F(RunningServer, AnswersARequestItCannotParseWith400) {
    auto socket = connect();
    net::write(socket,
               net::buffer(std::string("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: banana\r\n\r\n")));
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(socket, buffer, response);
    EXPECT_EQ(response.result_int(), 400);
}

TEST_F(RunningServer, ServesTheRaterPagesWithSecurityHeaders) {
    auto socket = connect();
    auto response =
        exchange(socket, {http::verb::get, "/r/" + site.open_token(domain::RaterGroup::Peer), 11});
    EXPECT_EQ(response.result_int(), 200);
    EXPECT_NE(response["Content-Security-Policy"].find("frame-ancestors 'none'"), std::string::npos);
}

TEST_F(RunningServer, StopClosesIdleConnectionsAndReturns) {
    auto idle = connect();
    ASSERT_EQ(exchange(idle, {http::verb::get, "/healthz", 11}).result_int(), 200);
    server->stop();
    ASSERT_EQ(running.wait_for(std::chrono::seconds(5)), std::future_status::ready);
    beast::error_code error;
    std::array<char, 16> byte{};
    idle.read_some(net::buffer(byte), error);
    EXPECT_TRUE(error) << "the idle connection was closed";
}

// A download made as it is sent (every report as one ZIP) arrives in HTTP/1.1 chunks and whole: the same
// bytes the application makes, on a connection that stays open for the next request.
TEST_F(RunningServer, SendsEveryReportAsOneZipInPiecesThatAddUpToTheWhole) {
    leadline::testing::Browser admin(site);
    admin.choose_password(site.add_account("hr@council.example", domain::Role::Admin),
                          "a long enough password");
    const auto path = "/admin/cycles/" + std::to_string(site.summary().cycle.value()) + "/reports.zip";
    const auto expected = admin.get(path);
    ASSERT_EQ(expected.status, 200);

    auto socket = connect();
    http::request<http::string_body> request{http::verb::get, path, 11};
    request.set(http::field::cookie,
                std::string(web::session_cookie_name) + "=" + admin.cookie(web::session_cookie_name));
    const auto response = exchange(socket, request);
    EXPECT_EQ(response.result_int(), 200);
    EXPECT_TRUE(response.chunked()) << "sent as it is made, not held whole first";
    EXPECT_EQ(response[http::field::content_type], "application/zip");
    EXPECT_EQ(response.body(), expected.body) << "the pieces add up to the whole archive";
    EXPECT_EQ(response.body().substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_EQ(exchange(socket, {http::verb::get, "/healthz", 11}).result_int(), 200)
        << "the connection goes on";
}
