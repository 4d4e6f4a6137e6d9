#pragma once

#include <soci/soci.h>

#include "app/ports/talent_review_repository.hpp"

namespace leadline::storage {

class SqlTalentReviewRepository final : public app::TalentReviewRepository {
  public:
    explicit SqlTalentReviewRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<std::int64_t>
    create_review(const app::TalentReview& review, const std::vector<app::ReviewMember>& members) override;
    [[nodiscard]] domain::Result<std::vector<app::TalentReview>> reviews() override;
    [[nodiscard]] domain::Result<std::optional<app::TalentReview>> review(std::int64_t id) override;
    [[nodiscard]] domain::Result<void> set_stage(std::int64_t review, app::TalentReviewStage stage) override;
    [[nodiscard]] domain::Result<std::vector<app::ReviewMember>> members(std::int64_t review) override;
    [[nodiscard]] domain::Result<std::optional<app::ReviewMember>> member(std::int64_t review,
                                                                          domain::PersonId person) override;
    [[nodiscard]] domain::Result<void> save_assessment(std::int64_t review,
                                                       const app::StoredAssessment& assessment) override;
    [[nodiscard]] domain::Result<std::vector<app::StoredAssessment>>
    assessments(std::int64_t review) override;
    [[nodiscard]] domain::Result<void> propose_placement(std::int64_t review, domain::PersonId person,
                                                         const domain::Placement& placement) override;
    [[nodiscard]] domain::Result<bool> move_placement(std::int64_t review, const app::PlacementMove& move,
                                                      int seen) override;
    [[nodiscard]] domain::Result<std::vector<app::PlacementMove>> moves(std::int64_t review) override;
    [[nodiscard]] domain::Result<void> save_view(std::int64_t review, const domain::PreMeetingView& view,
                                                 std::int64_t at) override;
    [[nodiscard]] domain::Result<std::vector<domain::PreMeetingView>> views(std::int64_t review) override;

    [[nodiscard]] domain::Result<void> save_disagreement(std::int64_t review,
                                                         const app::Disagreement& disagreement) override;
    [[nodiscard]] domain::Result<std::vector<app::Disagreement>> disagreements(std::int64_t review) override;

  private:
    // Reviews matching `where` (with one placeholder, bound to `key`), newest first.
    [[nodiscard]] domain::Result<std::vector<app::TalentReview>> reviews_where(const std::string& where,
                                                                               long long key);
    // The review's people, or only the one given; ordered by person id.
    [[nodiscard]] domain::Result<std::vector<app::ReviewMember>>
    members_where(std::int64_t review, std::optional<domain::PersonId> only);

    soci::session& m_sql;
};

} // namespace leadline::storage
