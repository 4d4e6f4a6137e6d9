#pragma once

#include <optional>
#include <string>

#include <soci/soci.h>

#include "app/ports/response_repository.hpp"

namespace leadline::storage {

// The reads behind every rater page, prepared once per connection: preparing these joins again for
// each request cost more than running them. SOCI binds a prepared statement to variables, so each
// query owns the variables it reads into.
class PreparedRaterReads {
  public:
    explicit PreparedRaterReads(soci::session& sql);

    [[nodiscard]] std::optional<app::InvitationContext> invitation_context(const std::string& token_hash);
    [[nodiscard]] std::optional<domain::Response> response(domain::ResponseId id);

  private:
    struct Context {
        std::string token_hash;
        long long invitation = 0;
        long long nomination = 0;
        long long response = 0;
        soci::indicator response_indicator = soci::i_null;
        long long cycle = 0;
        std::string cycle_name;
        std::string state;
        std::string closes_on;
        std::string framework_id;
        std::string framework_version;
        long long subject = 0;
        std::string subject_name;
        std::string group;
    };
    struct Answer {
        long long response = 0;
        long long invitation = 0;
        std::string state;
        std::string item;
        int value = 0;
        soci::indicator value_indicator = soci::i_null;
        std::string kind;
        std::string body;
    };

    Context m_context;
    Answer m_answer;
    soci::statement m_context_query;
    soci::statement m_response_query;
    soci::statement m_ratings_query;
    soci::statement m_comments_query;
};

} // namespace leadline::storage
