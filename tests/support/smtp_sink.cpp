#include "support/smtp_sink.hpp"

#include <optional>

namespace leadline::testing {

namespace asio = boost::asio;
using asio::ip::tcp;

SmtpSink::SmtpSink() : m_acceptor(m_io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    m_port = m_acceptor.local_endpoint().port();
    m_thread = std::thread([this] { serve(); });
}

SmtpSink::~SmtpSink() {
    // A blocking accept is not woken by closing the acceptor from another thread: knock once instead.
    m_stopping = true;
    boost::system::error_code ignored;
    tcp::socket knock(m_io);
    knock.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_port), ignored);
    m_thread.join();
}

void SmtpSink::serve() {
    while (true) {
        boost::system::error_code error;
        tcp::socket socket(m_io);
        m_acceptor.accept(socket, error);
        if (error || m_stopping) {
            return; // the sink is going away
        }
        converse(std::move(socket));
    }
}

void SmtpSink::converse(tcp::socket socket) {
    boost::system::error_code error;
    auto say = [&](const std::string& line) { asio::write(socket, asio::buffer(line + "\r\n"), error); };
    std::string pending;
    auto read_line = [&]() -> std::optional<std::string> {
        const auto size = asio::read_until(socket, asio::dynamic_buffer(pending), "\r\n", error);
        if (error) {
            return std::nullopt;
        }
        auto line = pending.substr(0, size - 2);
        pending.erase(0, size);
        return line;
    };
    ReceivedMail mail;
    say("220 sink.test ESMTP ready");
    while (auto line = read_line()) {
        const auto verb = line->substr(0, 4);
        if (verb == "EHLO" || verb == "HELO") {
            say("250-sink.test");
            say("250 8BITMIME");
        } else if (verb == "MAIL") {
            mail.from = line->substr(line->find(':') + 1);
            say("250 OK");
        } else if (verb == "RCPT") {
            mail.to.push_back(line->substr(line->find(':') + 1));
            say("250 OK");
        } else if (verb == "DATA") {
            say("354 go ahead");
            while (auto data_line = read_line()) {
                if (*data_line == ".") {
                    break;
                }
                mail.data += *data_line + "\r\n";
            }
            {
                std::lock_guard lock(m_mutex);
                m_mail.push_back(mail);
            }
            m_arrived.notify_all();
            mail = {};
            say("250 OK: kept");
        } else if (verb == "QUIT") {
            say("221 bye");
            return;
        } else {
            say("250 OK");
        }
    }
}

std::vector<ReceivedMail> SmtpSink::received() const {
    std::lock_guard lock(m_mutex);
    return m_mail;
}

std::vector<ReceivedMail> SmtpSink::wait_for(std::size_t count, std::chrono::seconds patience) const {
    std::unique_lock lock(m_mutex);
    m_arrived.wait_for(lock, patience, [&] { return m_mail.size() >= count; });
    return m_mail;
}

} // namespace leadline::testing
