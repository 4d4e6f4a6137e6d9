#include "domain/feedback/response.hpp"

namespace leadline::domain {

namespace {
constexpr std::size_t max_comment_length = 4000;
}

std::string_view to_string(ResponseState state) {
    return state == ResponseState::Draft ? "draft" : "submitted";
}

std::optional<ResponseState> response_state_from_string(std::string_view text) {
    if (text == "draft") {
        return ResponseState::Draft;
    }
    if (text == "submitted") {
        return ResponseState::Submitted;
    }
    return std::nullopt;
}

std::string_view to_string(CommentKind kind) {
    return kind == CommentKind::Strength ? "strength" : "to-develop";
}

std::optional<CommentKind> comment_kind_from_string(std::string_view text) {
    if (text == "strength") {
        return CommentKind::Strength;
    }
    if (text == "to-develop") {
        return CommentKind::ToDevelop;
    }
    return std::nullopt;
}

Result<void> Response::check_may_change(InvitationId actor, CycleState cycle) const {
    if (actor != m_invitation) {
        return fail(ErrorCode::PermissionDenied,
                    "Only the person who was sent this link can change these answers.");
    }
    if (cycle != CycleState::Open) {
        return fail(ErrorCode::FailedPrecondition,
                    cycle == CycleState::Draft
                        ? "This feedback cycle has not opened yet."
                        : "This feedback cycle has closed, so answers can no longer change.");
    }
    return {};
}

Result<void> Response::rate(InvitationId actor, CycleState cycle, const Framework& framework,
                            const BehaviourId& behaviour, Rating rating) {
    if (auto allowed = check_may_change(actor, cycle); !allowed) {
        return allowed;
    }
    if (framework.find_behaviour(behaviour) == nullptr) {
        return fail(ErrorCode::InvalidInput,
                    "\"" + behaviour.value() + "\" is not a behaviour in this framework.");
    }
    auto checked = framework.scale.check(rating);
    if (!checked) {
        return fail(checked.error());
    }
    m_ratings.insert_or_assign(behaviour, *checked);
    return {};
}

Result<void> Response::comment(InvitationId actor, CycleState cycle, const Framework& framework,
                               const AttributeId& attribute, CommentKind kind, std::string text) {
    if (auto allowed = check_may_change(actor, cycle); !allowed) {
        return allowed;
    }
    if (framework.find_attribute(attribute) == nullptr) {
        return fail(ErrorCode::InvalidInput,
                    "\"" + attribute.value() + "\" is not an attribute in this framework.");
    }
    if (text.size() > max_comment_length) {
        return fail(ErrorCode::InvalidInput, "Comments can be up to " + std::to_string(max_comment_length) +
                                                 " characters; this one has " + std::to_string(text.size()) +
                                                 ".");
    }
    if (text.empty()) {
        m_comments.erase({attribute, kind});
    } else {
        m_comments.insert_or_assign({attribute, kind}, std::move(text));
    }
    return {};
}

Result<void> Response::submit(InvitationId actor, CycleState cycle) {
    if (auto allowed = check_may_change(actor, cycle); !allowed) {
        return allowed;
    }
    m_state = ResponseState::Submitted;
    return {};
}

void Response::restore(ResponseState state, std::map<BehaviourId, Rating> ratings,
                       std::map<CommentKey, std::string> comments) {
    m_state = state;
    m_ratings = std::move(ratings);
    m_comments = std::move(comments);
}

} // namespace leadline::domain
