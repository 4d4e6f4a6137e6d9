#include "mail/smtp_mail_sender.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <ctime>
#include <random>

#include <curl/curl.h>

namespace leadline::mail {

namespace {

std::string one_line(std::string value) {
    for (auto& c : value) {
        if (c == '\r' || c == '\n') {
            c = ' ';
        }
    }
    return value;
}

std::string base64(const std::string& text) {
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned>(static_cast<unsigned char>(text[k]));
    };
    for (; i + 2 < text.size(); i += 3) {
        const unsigned n = (byte(i) << 16U) | (byte(i + 1) << 8U) | byte(i + 2);
        out += alphabet[(n >> 18U) & 63U];
        out += alphabet[(n >> 12U) & 63U];
        out += alphabet[(n >> 6U) & 63U];
        out += alphabet[n & 63U];
    }
    if (i + 1 == text.size()) {
        const unsigned n = byte(i) << 16U;
        out += alphabet[(n >> 18U) & 63U];
        out += alphabet[(n >> 12U) & 63U];
        out += "==";
    } else if (i + 2 == text.size()) {
        const unsigned n = (byte(i) << 16U) | (byte(i + 1) << 8U);
        out += alphabet[(n >> 18U) & 63U];
        out += alphabet[(n >> 12U) & 63U];
        out += alphabet[(n >> 6U) & 63U];
        out += '=';
    }
    return out;
}

// RFC 2047: a header with non-ASCII text is sent as =?UTF-8?B?...?=.
std::string header_text(const std::string& value) {
    const bool ascii =
        std::all_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 128; });
    return ascii ? value : "=?UTF-8?B?" + base64(value) + "?=";
}

struct Upload {
    std::string text;
    std::size_t sent = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* upload = static_cast<Upload*>(user);
    const auto room = size * count;
    const auto left = upload->text.size() - upload->sent;
    const auto chunk = std::min(room, left);
    std::memcpy(buffer, upload->text.data() + upload->sent, chunk);
    upload->sent += chunk;
    return chunk;
}

std::string rfc5322_date() {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::array<char, 64> text{};
    std::strftime(text.data(), text.size(), "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return text.data();
}

std::string domain_of(const std::string& address) {
    const auto at = address.find('@');
    return at == std::string::npos ? "leadline.invalid" : address.substr(at + 1);
}

} // namespace

std::string format_message(const app::Email& email, const std::string& from, const std::string& date,
                           const std::string& message_id) {
    std::string message;
    message += "Date: " + date + "\r\n";
    message += "From: Leadline <" + one_line(from) + ">\r\n";
    message += "To: <" + one_line(email.to) + ">\r\n";
    message += "Subject: " + header_text(one_line(email.subject)) + "\r\n";
    message += "Message-ID: <" + message_id + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    for (const char c : email.body) {
        if (c == '\n') {
            message += "\r\n";
        } else if (c != '\r') {
            message += c;
        }
    }
    if (message.size() < 2 || message.compare(message.size() - 2, 2, "\r\n") != 0) {
        message += "\r\n";
    }
    return message;
}

domain::Result<void> SmtpMailSender::send(const app::Email& email) {
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!ready) {
        return domain::fail(domain::ErrorCode::Internal, "libcurl could not start");
    }
    std::random_device random;
    const auto message_id =
        std::to_string(random()) + "." + std::to_string(random()) + "@" + domain_of(m_settings.from);
    Upload upload{format_message(email, m_settings.from, rfc5322_date(), message_id)};
    CURL* curl = curl_easy_init();
    if (curl == nullptr) {
        return domain::fail(domain::ErrorCode::Internal, "libcurl could not start a transfer");
    }
    const std::string from = "<" + one_line(m_settings.from) + ">";
    const std::string to = "<" + one_line(email.to) + ">";
    curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
    std::array<char, CURL_ERROR_SIZE> error{};
    curl_easy_setopt(curl, CURLOPT_URL, m_settings.url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, m_settings.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error.data());
    if (m_settings.url.rfind("smtp://", 0) == 0) {
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    }
    const auto outcome = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (outcome != CURLE_OK) {
        // The reason, never the message: it holds a private link.
        return domain::fail(domain::ErrorCode::Unavailable,
                            std::string("the mail server did not take it: ") +
                                (error[0] != '\0' ? error.data() : curl_easy_strerror(outcome)));
    }
    return {};
}

} // namespace leadline::mail
