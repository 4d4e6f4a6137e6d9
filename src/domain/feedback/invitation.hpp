#pragma once

#include <optional>
#include <string>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"

namespace leadline::domain {

// A private link for one nomination. Only a hash of the link's token is ever stored, so a copy
// of the database cannot be used to answer as someone else.
class Invitation {
  public:
    Invitation(InvitationId id, NominationId nomination, std::string token_hash,
               std::optional<ResponseId> response = std::nullopt)
        : m_id(id), m_nomination(nomination), m_token_hash(std::move(token_hash)), m_response(response) {}

    [[nodiscard]] InvitationId id() const { return m_id; }
    [[nodiscard]] NominationId nomination() const { return m_nomination; }
    [[nodiscard]] const std::string& token_hash() const { return m_token_hash; }
    [[nodiscard]] std::optional<ResponseId> response() const { return m_response; }

    // An invitation holds at most one response: a second is refused.
    [[nodiscard]] Result<void> attach_response(ResponseId response);

  private:
    InvitationId m_id;
    NominationId m_nomination;
    std::string m_token_hash;
    std::optional<ResponseId> m_response;
};

} // namespace leadline::domain
