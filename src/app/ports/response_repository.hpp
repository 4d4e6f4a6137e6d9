#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/core/result.hpp"
#include "domain/feedback/cycle_state.hpp"
#include "domain/feedback/invitation.hpp"
#include "domain/feedback/rater_group.hpp"
#include "domain/feedback/response.hpp"
#include "domain/people/organisation_details.hpp"

namespace leadline::app {

// A response with whose feedback it is and from which rater group, as reports need it.
struct CycleResponse {
    domain::NominationId nomination;
    domain::PersonId subject;
    domain::RaterGroup group = domain::RaterGroup::Peer;
    domain::Response response;
};

// Everything a rater's page needs about their invitation, read in one query.
struct InvitationContext {
    domain::InvitationId invitation;
    domain::NominationId nomination;
    std::optional<domain::ResponseId> response;
    domain::CycleId cycle;
    std::string cycle_name;
    domain::CycleState cycle_state = domain::CycleState::Draft;
    domain::Date closes_on;
    std::string framework_id;
    std::string framework_version;
    domain::PersonId subject;
    std::string subject_name;
    domain::RaterGroup group = domain::RaterGroup::Peer;
    bool line_managers_see_reports = false;   // the cycle lets subjects' line managers read their reports
    domain::OrganisationDetails organisation; // who is asking, for the rater's first page
};

// A rater to write to about a subject: for a first invitation (no invitation yet) or a reminder.
struct RaterToContact {
    domain::NominationId nomination;
    std::optional<domain::InvitationId> invitation;
    std::string rater_email;
    domain::RaterGroup group = domain::RaterGroup::Peer;
    std::string subject_name;
    // For a reminder: when this invitation was last reminded (0: never), and whether an invitation or
    // reminder to this address still waits in the outbox unsent.
    std::int64_t last_reminded_at = 0;
    bool message_waiting = false;
};

// Invitations (by token hash) and the responses given through them.
class ResponseRepository {
  public:
    virtual ~ResponseRepository() = default;

    [[nodiscard]] virtual domain::Result<domain::InvitationId>
    create_invitation(domain::NominationId nomination, const std::string& token_hash) = 0;
    // Another link for the same invitation (a reminder's); every link given out keeps working.
    [[nodiscard]] virtual domain::Result<void>
    add_invitation_link(domain::InvitationId invitation, const std::string& token_hash, std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<domain::InvitationId>>
    invitation_of(domain::NominationId nomination) = 0;
    // Nominations in the cycle that have no invitation yet.
    [[nodiscard]] virtual domain::Result<std::vector<RaterToContact>> uninvited(domain::CycleId cycle) = 0;
    // Those of them that may be invited now: all, unless the cycle wants rater lists approved; then
    // self-assessments, and the raters of subjects whose list is approved.
    [[nodiscard]] virtual domain::Result<std::vector<RaterToContact>> to_invite(domain::CycleId cycle) = 0;
    // Invitations in the cycle whose answers have not been sent.
    [[nodiscard]] virtual domain::Result<std::vector<RaterToContact>> unanswered(domain::CycleId cycle) = 0;
    // Everything a rater's pages need about the invitation a link belongs to; nothing for an unknown link.
    [[nodiscard]] virtual domain::Result<std::optional<InvitationContext>>
    invitation_context(const std::string& token_hash) = 0;
    // Starts the one response an invitation may have; a second is a Conflict.
    [[nodiscard]] virtual domain::Result<domain::ResponseId>
    create_response(domain::InvitationId invitation) = 0;
    // Replaces the stored answers with the response's current ones, durably, in one step.
    [[nodiscard]] virtual domain::Result<void> save_response(const domain::Response& response) = 0;
    // Writes only one attribute's answers and comments, durably, leaving other pages' answers as they
    // are, so two tabs saving different pages never undo each other.
    [[nodiscard]] virtual domain::Result<void> save_attribute_answers(const domain::Response& response,
                                                                      const domain::Attribute& attribute) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<domain::Response>>
    load_response(domain::ResponseId id) = 0;
    // Every submitted response in the cycle.
    [[nodiscard]] virtual domain::Result<std::vector<CycleResponse>>
    submitted_responses(domain::CycleId cycle) = 0;
    // Deletes every rating and comment given in the cycle; who was asked, and who answered, stay.
    [[nodiscard]] virtual domain::Result<void> delete_answers(domain::CycleId cycle) = 0;
};

} // namespace leadline::app
