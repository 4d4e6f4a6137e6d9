#pragma once

#include <string>

#include "app/ports/mail_sender.hpp"

namespace leadline::mail {

struct SmtpSettings {
    // smtp://host:port (STARTTLS when the server offers it) or smtps://host:port (TLS from the start);
    // a user and password may be given as smtp://user:password@host:port.
    std::string url;
    std::string from; // the sender's address, e.g. leadline@council.gov.uk
    long timeout_seconds = 30;
};

// One SMTP conversation per email, through libcurl.
class SmtpMailSender final : public app::MailSender {
  public:
    explicit SmtpMailSender(SmtpSettings settings) : m_settings(std::move(settings)) {}
    [[nodiscard]] domain::Result<void> send(const app::Email& email) override;

  private:
    SmtpSettings m_settings;
};

// The message as sent: headers (the subject encoded for non-ASCII text) and the body with CRLF line ends.
// Line breaks in header values are removed, so a subject cannot add headers.
[[nodiscard]] std::string format_message(const app::Email& email, const std::string& from,
                                         const std::string& date, const std::string& message_id);

} // namespace leadline::mail
