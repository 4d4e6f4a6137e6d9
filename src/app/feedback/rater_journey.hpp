#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/frameworks/framework_cache.hpp"
#include "app/ports/store.hpp"
#include "app/writing/group_commit.hpp"

namespace leadline::app {

// A rater's questionnaire: whose feedback it is, the framework, and the answers so far.
struct RaterQuestionnaire {
    InvitationContext context;
    std::shared_ptr<const domain::Framework> framework;
    domain::Response response{domain::ResponseId{}, domain::InvitationId{}};
    // The change feed's position when this was read: every change up to it is reflected here. Empty
    // where the database keeps no feed, and then it must not be kept in memory.
    std::optional<std::uint64_t> changes_seen;

    [[nodiscard]] bool is_self() const { return context.group == domain::RaterGroup::Self; }
    [[nodiscard]] bool submitted() const { return response.state() == domain::ResponseState::Submitted; }
    [[nodiscard]] bool attribute_complete(std::size_t attribute) const;
    // Where to pick up: the first attribute with an unanswered behaviour, or the number of attributes
    // when every behaviour has an answer.
    [[nodiscard]] std::size_t resume_at() const;
};

// One attribute's answers as a rater gave them on its page.
struct AttributeAnswers {
    std::map<domain::BehaviourId, domain::Rating> ratings;
    std::string strength;
    std::string to_develop;
};

// A problem with one field of a page, for the error summary and the inline message.
struct FieldProblem {
    std::string field;
    std::string message;
};

// Whether every behaviour must be answered (Continue) or what was given is kept as it is (Save and
// come back later).
enum class Completeness { Required, Partial };

// Whose words the statements are in: the rater's ("...this person...") or the subject's own ("I ...").
enum class Voice { Rater, Self };

// Finds what is missing or wrong in one attribute's answers.
[[nodiscard]] std::vector<FieldProblem> check_attribute_answers(const domain::Framework& framework,
                                                                std::size_t attribute,
                                                                const AttributeAnswers& answers,
                                                                Completeness completeness, Voice voice);

// The rater's journey through a questionnaire, reached by the token in their private link.
class RaterJourney {
  public:
    // Whether questionnaires carry the change feed's position (changes_seen), for keeping them in
    // memory; reading it is one more query, so only callers that keep them ask.
    enum class FeedPosition { Skip, Read };

    // With a GroupCommit, saves and submissions run on its connection and share its commits; reads
    // use the given store.
    RaterJourney(Store& store, FrameworkCache& frameworks, GroupCommit* writes = nullptr,
                 FeedPosition position = FeedPosition::Skip)
        : m_store(store), m_frameworks(frameworks), m_writes(writes), m_position(position) {}

    // What open() reads: a post is checked against the context alone, and its save reads the answers
    // again on the writer's connection anyway.
    enum class Answers { Load, Skip };

    // NotFound for an unknown token (saying nothing about whether it ever existed).
    [[nodiscard]] domain::Result<RaterQuestionnaire> open(std::string_view token,
                                                          Answers answers = Answers::Load);
    // Records one attribute's answers durably; the answers must already pass check_attribute_answers.
    [[nodiscard]] domain::Result<RaterQuestionnaire>
    save_attribute(std::string_view token, std::size_t attribute, const AttributeAnswers& answers);
    // Submits the response once every behaviour has an answer.
    [[nodiscard]] domain::Result<RaterQuestionnaire> submit(std::string_view token);

  private:
    // The feed's latest position, read before what it vouches for.
    [[nodiscard]] std::optional<std::uint64_t> changes_seen();
    [[nodiscard]] domain::Result<void> ensure_response(RaterQuestionnaire& questionnaire,
                                                       std::string_view token);
    // Runs a change on the group commit's connection, inside its next batch.
    template <class Change> [[nodiscard]] domain::Result<RaterQuestionnaire> write(const Change& change);

    Store& m_store;
    FrameworkCache& m_frameworks;
    GroupCommit* m_writes = nullptr;
    FeedPosition m_position = FeedPosition::Skip;
};

} // namespace leadline::app
