#pragma once

#include <soci/soci.h>

#include "app/ports/equality_repository.hpp"

namespace leadline::storage {

class SqlEqualityRepository final : public app::EqualityRepository {
  public:
    explicit SqlEqualityRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<std::optional<domain::EqualityCategories>> equality_categories() override;
    [[nodiscard]] domain::Result<void>
    save_equality_categories(const domain::EqualityCategories& categories) override;
    [[nodiscard]] domain::Result<void>
    save_equality(const std::vector<app::EqualityChange>& changes) override;
    [[nodiscard]] domain::Result<std::unordered_map<std::int64_t, domain::EqualityRecord>>
    equality_records() override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
