#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "app/ports/response_repository.hpp"

namespace leadline::storage {

// The statements behind every rater page and save, prepared once per connection: preparing them again
// for each request cost more than running them. SOCI binds a prepared statement to variables, so
// each statement owns the variables it reads from and into.
class PreparedRaterStatements {
  public:
    explicit PreparedRaterStatements(soci::session& sql);

    [[nodiscard]] std::optional<app::InvitationContext> invitation_context(const std::string& token_hash);
    [[nodiscard]] std::optional<domain::Response> response(domain::ResponseId id);
    // Writes one attribute's ratings (insert or update) and replaces its comments; the caller holds
    // the transaction.
    void save_attribute(domain::ResponseId response,
                        const std::vector<std::pair<domain::BehaviourId, domain::Rating>>& ratings,
                        const domain::AttributeId& attribute,
                        const std::vector<std::pair<domain::CommentKind, std::string>>& comments);

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
        int managers_see_reports = 0;
        domain::OrganisationDetails organisation;
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

    struct Written {
        long long response = 0;
        std::string item;
        int value = 0;
        soci::indicator value_indicator = soci::i_ok;
        std::string kind;
        std::string body;
    };

    Context m_context;
    Answer m_answer;
    Written m_written;
    soci::statement m_context_query;
    soci::statement m_response_query;
    soci::statement m_ratings_query;
    soci::statement m_comments_query;
    soci::statement m_upsert_rating;
    soci::statement m_touch_response;
    soci::statement m_delete_comments;
    soci::statement m_insert_comment;
};

} // namespace leadline::storage
