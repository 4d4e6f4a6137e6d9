#pragma once

#include <string>

#include "domain/core/result.hpp"

namespace leadline::app {

struct Email {
    std::string to;
    std::string subject;
    std::string body; // plain text, UTF-8
};

// Delivers one email. Fails with Unavailable when the mail server cannot be reached or refuses it.
class MailSender {
  public:
    virtual ~MailSender() = default;
    [[nodiscard]] virtual domain::Result<void> send(const Email& email) = 0;
};

} // namespace leadline::app
