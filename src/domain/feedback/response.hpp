#pragma once

#include <map>
#include <string>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/feedback/cycle_state.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::domain {

enum class ResponseState { Draft, Submitted };
enum class CommentKind { Strength, ToDevelop };

[[nodiscard]] std::string_view to_string(ResponseState state);
[[nodiscard]] std::optional<ResponseState> response_state_from_string(std::string_view text);
[[nodiscard]] std::string_view to_string(CommentKind kind);
[[nodiscard]] std::optional<CommentKind> comment_kind_from_string(std::string_view text);

// One rater's answers for one subject: a rating (or "not observed") per behaviour, and optional
// comments per attribute. Only the rater holding the invitation changes it, and only while the
// cycle is open; that holds after submitting too, so a rater can correct a submitted answer.
class Response {
  public:
    using CommentKey = std::pair<AttributeId, CommentKind>;

    Response(ResponseId id, InvitationId invitation) : m_id(id), m_invitation(invitation) {}

    [[nodiscard]] ResponseId id() const { return m_id; }
    [[nodiscard]] InvitationId invitation() const { return m_invitation; }
    [[nodiscard]] ResponseState state() const { return m_state; }
    [[nodiscard]] const std::map<BehaviourId, Rating>& ratings() const { return m_ratings; }
    [[nodiscard]] const std::map<CommentKey, std::string>& comments() const { return m_comments; }

    [[nodiscard]] Result<void> rate(InvitationId actor, CycleState cycle, const Framework& framework,
                                    const BehaviourId& behaviour, Rating rating);
    // An empty text removes the comment.
    [[nodiscard]] Result<void> comment(InvitationId actor, CycleState cycle, const Framework& framework,
                                       const AttributeId& attribute, CommentKind kind, std::string text);
    [[nodiscard]] Result<void> submit(InvitationId actor, CycleState cycle);

    // Rebuilds state read back from storage.
    void restore(ResponseState state, std::map<BehaviourId, Rating> ratings,
                 std::map<CommentKey, std::string> comments);

  private:
    [[nodiscard]] Result<void> check_may_change(InvitationId actor, CycleState cycle) const;

    ResponseId m_id;
    InvitationId m_invitation;
    ResponseState m_state = ResponseState::Draft;
    std::map<BehaviourId, Rating> m_ratings;
    std::map<CommentKey, std::string> m_comments;
};

} // namespace leadline::domain
