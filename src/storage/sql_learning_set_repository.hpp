#pragma once

#include <soci/soci.h>

#include "app/ports/learning_set_repository.hpp"

namespace leadline::storage {

class SqlLearningSetRepository final : public app::LearningSetRepository {
  public:
    explicit SqlLearningSetRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<std::int64_t>
    save_learning_sets(const app::SavedLearningSets& sets) override;
    [[nodiscard]] domain::Result<std::vector<app::LearningSetsSummary>> learning_set_plans() override;
    [[nodiscard]] domain::Result<std::optional<app::SavedLearningSets>>
    learning_sets(std::int64_t id) override;
    [[nodiscard]] domain::Result<bool> confirm_learning_sets(std::int64_t id, std::int64_t at) override;
    [[nodiscard]] domain::Result<std::vector<std::int64_t>>
    confirmed_learning_sets_with(domain::PersonId person) override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
