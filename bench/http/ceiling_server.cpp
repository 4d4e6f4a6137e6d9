// The machine's ceiling for bench/http: a minimal Beast server with one I/O thread that answers every
// request with a constant, doing no work. Leadline's figures are read as a fraction of this one.
#include <cstdlib>
#include <iostream>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

net::awaitable<void> session(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    while (true) {
        http::request<http::string_body> request;
        auto [read_error, read_bytes] =
            co_await http::async_read(stream, buffer, request, net::as_tuple(net::use_awaitable));
        if (read_error) {
            break;
        }
        http::response<http::string_body> response{http::status::ok, request.version()};
        response.set(http::field::content_type, "application/json");
        response.body() = R"({"status":"ok"})";
        response.keep_alive(request.keep_alive());
        response.prepare_payload();
        auto [write_error, written] =
            co_await http::async_write(stream, response, net::as_tuple(net::use_awaitable));
        if (write_error || !response.keep_alive()) {
            break;
        }
    }
}

net::awaitable<void> listen(tcp::acceptor& acceptor) {
    while (true) {
        auto [error, socket] = co_await acceptor.async_accept(net::as_tuple(net::use_awaitable));
        if (!error) {
            net::co_spawn(acceptor.get_executor(), session(std::move(socket)), net::detached);
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    const auto port = static_cast<unsigned short>(argc > 1 ? std::atoi(argv[1]) : 8091);
    net::io_context io(1);
    tcp::acceptor acceptor(io, {net::ip::make_address("127.0.0.1"), port});
    net::co_spawn(io, listen(acceptor), net::detached);
    std::cout << "ceiling server on 127.0.0.1:" << port << std::endl;
    io.run();
}
