#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

#include "domain/core/result.hpp"
#include "web/web_application.hpp"

namespace leadline::web {

struct ServerOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 8080; // 0 picks a free port
    unsigned io_threads = 1;
    unsigned workers = 4; // threads for handlers, so database work never blocks I/O
    // Threads for posts. A post mostly waits for its commit; the more posts wait at once, the more
    // share one commit, so posts have a larger pool of their own and never hold up pages.
    unsigned post_workers = 16;
    std::size_t body_limit = 64 * 1024;
    std::size_t file_body_limit = 16 * 1024 * 1024; // for the routes that take a file

    std::chrono::milliseconds read_timeout{30000}; // to receive a whole request once it starts
    std::chrono::milliseconds idle_timeout{60000}; // a kept-alive connection with no new request
};

enum class Signals { Handle, Ignore };

// The HTTP server: Boost.Beast with C++20 coroutines, keep-alive, a body limit (413), read and idle
// timeouts, one access-log line per request with tokens masked, and a graceful stop: on SIGINT,
// SIGTERM or stop(), it stops accepting, closes idle connections, and lets requests in flight finish.
class HttpServer {
  public:
    HttpServer(WebApplication& application, ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds the address; returns the port (useful with port 0).
    [[nodiscard]] domain::Result<unsigned short> listen();
    // Serves until stopped; returns once every connection has closed.
    void run(Signals signals);
    // Asks a running server to stop; safe from any thread.
    void stop();

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace leadline::web
