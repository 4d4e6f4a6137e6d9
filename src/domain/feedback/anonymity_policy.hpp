#pragma once

#include <map>

#include "domain/core/result.hpp"
#include "domain/feedback/rater_group.hpp"

namespace leadline::domain {

enum class ManagerVisibility { Identified, Anonymous };

// How many answers a rater group needs before its results may be shown, and the (higher) number
// a group needs before its comments may be shown. Method: docs/methodology/anonymity.md
class AnonymityPolicy {
  public:
    static constexpr int default_group_minimum = 3;
    static constexpr int default_comment_minimum = 4;

    // The defaults: 3 per group, 1 for the line manager (there is only one), 4 for comments,
    // the line manager identified.
    AnonymityPolicy();

    // Checks minimums are at least 1 and the comment minimum is at least the largest group minimum.
    [[nodiscard]] static Result<AnonymityPolicy> create(const std::map<RaterGroup, int>& group_minimums,
                                                        int comment_minimum, ManagerVisibility manager);

    [[nodiscard]] int group_minimum(RaterGroup group) const;
    [[nodiscard]] int comment_minimum() const { return m_comment_minimum; }
    [[nodiscard]] ManagerVisibility manager_visibility() const { return m_manager; }

    [[nodiscard]] bool group_can_be_shown(RaterGroup group, int responses) const {
        return responses >= group_minimum(group);
    }
    [[nodiscard]] bool comments_can_be_shown(int responses) const { return responses >= m_comment_minimum; }

  private:
    std::map<RaterGroup, int> m_group_minimums;
    int m_comment_minimum;
    ManagerVisibility m_manager;
};

} // namespace leadline::domain
