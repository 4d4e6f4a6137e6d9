#include "web/server/http_server.hpp"

#include <algorithm>
#include <array>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include "web/http/access_log.hpp"
#include "web/server/run_on.hpp"

namespace leadline::web {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

Method method_of(http::verb verb) {
    switch (verb) {
    case http::verb::get:
        return Method::Get;
    case http::verb::head:
        return Method::Head;
    case http::verb::post:
        return Method::Post;
    default:
        return Method::Other;
    }
}

Request to_request(http::request<http::string_body>& message, const std::string& remote) {
    Request request;
    request.method = method_of(message.method());
    const std::string target(message.target());
    const auto query = target.find('?');
    request.path = target.substr(0, query);
    request.query = query == std::string::npos ? std::string{} : target.substr(query + 1);
    for (const auto& field : message) {
        std::string name(field.name_string());
        for (auto& c : name) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        request.headers[name] = std::string(field.value());
    }
    request.body = std::move(message.body());
    request.remote_address = remote;
    request.id = next_request_id();
    return request;
}

http::response<http::string_body> to_message(Response response, unsigned version, bool keep_alive) {
    http::response<http::string_body> message{static_cast<http::status>(response.status), version};
    message.set(http::field::server, "Leadline");
    for (auto& [name, value] : response.headers) {
        message.set(name, value);
    }
    message.body() = std::move(response.body);
    message.keep_alive(keep_alive);
    message.prepare_payload();
    return message;
}

using Piece = domain::Result<std::optional<std::string>>;

} // namespace

// Holds the I/O context, the workers for handlers, and the connections, so stop() can reach them.
struct HttpServer::Impl {
    struct Connection {
        beast::tcp_stream* stream = nullptr;
        bool idle = true; // waiting for a request to start: safe to close on shutdown
    };

    Impl(WebApplication& application, ServerOptions server_options)
        : app(application), options(std::move(server_options)), io(static_cast<int>(options.io_threads)),
          workers(options.workers), post_workers(options.post_workers), acceptor(net::make_strand(io)),
          signals(io) {}

    WebApplication& app;
    ServerOptions options;
    net::io_context io;
    net::thread_pool workers;
    net::thread_pool post_workers;
    tcp::acceptor acceptor;
    net::signal_set signals;
    std::atomic<bool> stopping{false};
    std::mutex connections_mutex;
    std::set<std::shared_ptr<Connection>> connections;

    void set_idle(const std::shared_ptr<Connection>& connection, bool idle) {
        std::lock_guard lock(connections_mutex);
        connection->idle = idle;
    }

    net::awaitable<void> accept_loop() {
        while (!stopping) {
            auto [error, socket] =
                co_await acceptor.async_accept(net::make_strand(io), net::as_tuple(net::use_awaitable));
            if (error) {
                if (!stopping && error != net::error::operation_aborted) {
                    spdlog::warn("accept failed: {}", error.message());
                    continue;
                }
                break;
            }
            // The executor is read before the socket moves into the session: the order in which a call's
            // arguments are evaluated is not fixed.
            auto executor = socket.get_executor();
            net::co_spawn(executor, session(std::move(socket)), net::detached);
        }
    }

    net::awaitable<void> session(tcp::socket socket) {
        beast::error_code ignored;
        const auto endpoint = socket.remote_endpoint(ignored);
        const std::string remote = ignored ? std::string("unknown") : endpoint.address().to_string();
        beast::tcp_stream stream(std::move(socket));
        auto connection = std::make_shared<Connection>(Connection{&stream, true});
        {
            std::lock_guard lock(connections_mutex);
            connections.insert(connection);
        }
        beast::flat_buffer buffer;
        bool first = true;
        while (!stopping) {
            http::request_parser<http::string_body> parser;
            // Beast checks a declared length against the limit while reading the header, before the target is
            // known: the header is read with the larger limit, and a form's limit is set once it is known.
            parser.body_limit(std::max(options.body_limit, options.file_body_limit));
            parser.header_limit(16 * 1024);
            stream.expires_after(first ? options.read_timeout : options.idle_timeout);
            first = false;
            // Idle until the request's first bytes arrive; a shutdown may close us meanwhile.
            auto [header_error, header_bytes] =
                co_await http::async_read_header(stream, buffer, parser, net::as_tuple(net::use_awaitable));
            set_idle(connection, false);
            beast::error_code error = header_error;
            if (!error) {
                if (parser.get().method() != http::verb::post || !app.accepts_files(parser.get().target())) {
                    parser.body_limit(options.body_limit);
                    if (parser.content_length().value_or(0) > options.body_limit) {
                        error = http::error::body_limit;
                    }
                }
            }
            if (!error) {
                stream.expires_after(options.read_timeout);
                auto [body_error, bytes] =
                    co_await http::async_read(stream, buffer, parser, net::as_tuple(net::use_awaitable));
                error = body_error;
            }
            const auto started = std::chrono::steady_clock::now();
            if (error == http::error::body_limit) {
                co_await write(stream,
                               Response::text(413, "The request is larger than this service accepts.\n"), 11,
                               false, parser.get().method_string(), parser.get().target(), "-", started);
                co_await drain(stream);
                break;
            }
            if (error) {
                if (error != beast::error::timeout && error != net::error::operation_aborted &&
                    error != http::error::end_of_stream) {
                    co_await write(stream, Response::text(400, "The request could not be read.\n"), 11, false,
                                   "?", "?", "-", started);
                }
                break;
            }
            auto& message = parser.get();
            const unsigned version = message.version();
            const bool keep_alive = message.keep_alive();
            const std::string method(message.method_string());
            const std::string target(message.target());
            Request request = to_request(message, remote);
            // Answered here when no database is needed (assets, rater pages kept in memory): handing a
            // request to a worker and back costs more than serving it.
            // (A plain if: GCC 12 mishandles a co_await inside a conditional expression.)
            auto from_memory = app.answer_from_memory(request);
            Response response;
            if (from_memory) {
                response = std::move(*from_memory);
            } else {
                auto& pool = request.method == Method::Post ? post_workers : workers;
                response = co_await run_on(
                    pool, [this, &request] { return app.handle(request); },
                    Response::text(500, "Something went wrong. Try again in a few minutes.\n"),
                    net::use_awaitable);
            }
            const bool again = keep_alive && !stopping;
            const bool written = co_await write(stream, std::move(response), version, again, method, target,
                                                request.id, started);
            if (!written || !again) {
                break;
            }
            set_idle(connection, true);
        }
        {
            // A cancel that stop() posted may still be on its way: it must find no stream.
            std::lock_guard lock(connections_mutex);
            connections.erase(connection);
            connection->stream = nullptr;
            connection->idle = false;
        }
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream.socket().close(ignored);
    }

    // After refusing a request whose body is still arriving, reads and drops what the client sends for
    // a moment, so closing does not reset the connection before the client reads our answer.
    net::awaitable<void> drain(beast::tcp_stream& stream) {
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream.expires_after(std::chrono::seconds(1));
        std::array<char, 16384> sink{};
        for (std::size_t total = 0; total < 8 * 1024 * 1024;) {
            auto [error, bytes] =
                co_await stream.async_read_some(net::buffer(sink), net::as_tuple(net::use_awaitable));
            if (error) {
                break;
            }
            total += bytes;
        }
    }

    net::awaitable<bool> write(beast::tcp_stream& stream, Response response, unsigned version,
                               bool keep_alive, std::string_view method, std::string_view target,
                               std::string_view id, std::chrono::steady_clock::time_point started) {
        if (response.pieces) {
            co_return co_await write_in_pieces(stream, std::move(response), version, keep_alive, method,
                                               target, id, started);
        }
        const int status = response.status;
        auto message = to_message(std::move(response), version, keep_alive);
        stream.expires_after(options.read_timeout);
        auto [error, bytes] = co_await http::async_write(stream, message, net::as_tuple(net::use_awaitable));
        const auto elapsed =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
        spdlog::info("{} {} {} {:.1f} ms [{}]", method, loggable_path(target), status, elapsed.count(), id);
        co_return !error;
    }

    // Sends a body made as it goes (HTTP/1.1 chunks), each piece made on a handler thread while the
    // connection waits. A piece that fails cuts the body short: the client sees an incomplete download,
    // never a complete-looking wrong one.
    net::awaitable<bool> write_in_pieces(beast::tcp_stream& stream, Response response, unsigned version,
                                         bool keep_alive, std::string_view method, std::string_view target,
                                         std::string_view id, std::chrono::steady_clock::time_point started) {
        http::response<http::empty_body> head{static_cast<http::status>(response.status), version};
        head.set(http::field::server, "Leadline");
        for (auto& [name, value] : response.headers) {
            head.set(name, value);
        }
        head.keep_alive(keep_alive);
        head.chunked(true);
        http::response_serializer<http::empty_body> serializer{head};
        stream.expires_after(options.read_timeout);
        auto [head_error, head_bytes] =
            co_await http::async_write_header(stream, serializer, net::as_tuple(net::use_awaitable));
        bool complete = !head_error;
        std::string failure;
        while (complete) {
            auto piece = co_await run_on(
                workers, [&response] { return response.pieces(); },
                Piece(domain::fail(domain::ErrorCode::Internal, "making a piece threw")), net::use_awaitable);
            stream.expires_after(options.read_timeout);
            if (!piece) {
                failure = piece.error().message;
                complete = false;
            } else if (!*piece) {
                auto [error, bytes] = co_await net::async_write(stream, http::make_chunk_last(),
                                                                net::as_tuple(net::use_awaitable));
                complete = !error;
                break;
            } else if (!(*piece)->empty()) {
                auto [error, bytes] = co_await net::async_write(
                    stream, http::make_chunk(net::buffer(**piece)), net::as_tuple(net::use_awaitable));
                complete = !error;
            }
        }
        const auto elapsed =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
        if (!failure.empty()) {
            spdlog::error("{} {} {} cut short after {:.1f} ms: {} [{}]", method, loggable_path(target),
                          response.status, elapsed.count(), failure, id);
        } else {
            spdlog::info("{} {} {} {:.1f} ms{} [{}]", method, loggable_path(target), response.status,
                         elapsed.count(), complete ? "" : " (the client left)", id);
        }
        co_return complete;
    }

    void stop() {
        if (stopping.exchange(true)) {
            return;
        }
        net::post(acceptor.get_executor(), [this] {
            beast::error_code ignored;
            acceptor.close(ignored);
        });
        net::post(io, [this] {
            beast::error_code ignored;
            signals.cancel(ignored);
        });
        // Close connections that are waiting for a request; busy ones finish and then close.
        std::lock_guard lock(connections_mutex);
        for (const auto& connection : connections) {
            if (connection->idle) {
                // Runs on the connection's strand, as its session does; the session may have ended
                // by then, which it records by clearing the stream.
                net::post(connection->stream->get_executor(), [this, connection] {
                    std::lock_guard inner(connections_mutex);
                    if (connection->idle && connection->stream != nullptr) {
                        connection->stream->cancel();
                    }
                });
            }
        }
    }
};

HttpServer::HttpServer(WebApplication& application, ServerOptions options)
    : m_impl(std::make_unique<Impl>(application, std::move(options))) {}

HttpServer::~HttpServer() {
    m_impl->workers.join();
    m_impl->post_workers.join();
}

domain::Result<unsigned short> HttpServer::listen() {
    beast::error_code error;
    const auto address = net::ip::make_address(m_impl->options.host, error);
    if (error) {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            "\"" + m_impl->options.host + "\" is not an IP address.");
    }
    const tcp::endpoint endpoint{address, m_impl->options.port};
    auto& acceptor = m_impl->acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error) {
        acceptor.set_option(net::socket_base::reuse_address(true), error);
    }
    if (!error) {
        acceptor.bind(endpoint, error);
    }
    if (!error) {
        acceptor.listen(net::socket_base::max_listen_connections, error);
    }
    if (error) {
        return domain::fail(domain::ErrorCode::Unavailable, "Cannot listen on " + m_impl->options.host + ":" +
                                                                std::to_string(m_impl->options.port) + ": " +
                                                                error.message());
    }
    return acceptor.local_endpoint().port();
}

void HttpServer::run(Signals signals) {
    auto& impl = *m_impl;
    if (signals == Signals::Handle) {
        impl.signals.add(SIGINT);
        impl.signals.add(SIGTERM);
        impl.signals.async_wait([&impl](const beast::error_code& error, int) {
            if (!error) {
                spdlog::info("stopping: finishing requests in flight");
                impl.stop();
            }
        });
    }
    net::co_spawn(impl.acceptor.get_executor(), impl.accept_loop(), net::detached);
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < impl.options.io_threads; ++i) {
        threads.emplace_back([&impl] { impl.io.run(); });
    }
    impl.io.run();
    for (auto& thread : threads) {
        thread.join();
    }
}

void HttpServer::stop() {
    m_impl->stop();
}

} // namespace leadline::web
