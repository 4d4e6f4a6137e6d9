#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio.hpp>

namespace leadline::testing {

// What a mail client handed over in one SMTP conversation.
struct ReceivedMail {
    std::string from;
    std::vector<std::string> to;
    std::string data; // headers and body as sent, CRLF line ends, without the closing "."
};

// A small SMTP server on 127.0.0.1 that accepts every message and keeps it, for tests.
class SmtpSink {
  public:
    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    [[nodiscard]] unsigned short port() const { return m_port; }
    [[nodiscard]] std::string url() const { return "smtp://127.0.0.1:" + std::to_string(m_port); }
    [[nodiscard]] std::vector<ReceivedMail> received() const;
    // Waits until at least `count` messages have arrived, or the time is up; returns what arrived.
    [[nodiscard]] std::vector<ReceivedMail> wait_for(std::size_t count, std::chrono::seconds patience) const;

  private:
    void serve();
    void converse(boost::asio::ip::tcp::socket socket);

    boost::asio::io_context m_io;
    boost::asio::ip::tcp::acceptor m_acceptor;
    unsigned short m_port = 0;
    std::atomic<bool> m_stopping{false};
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_arrived;
    std::vector<ReceivedMail> m_mail;
    std::thread m_thread;
};

} // namespace leadline::testing
