#pragma once

#include <soci/soci.h>

#include "app/ports/talent_pool_repository.hpp"

namespace leadline::storage {

class SqlTalentPoolRepository final : public app::TalentPoolRepository {
  public:
    explicit SqlTalentPoolRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<std::int64_t> create_pool(const app::TalentPool& pool) override;
    [[nodiscard]] domain::Result<std::vector<app::TalentPool>> pools() override;
    [[nodiscard]] domain::Result<void> add_member(const app::PoolMembership& membership) override;
    [[nodiscard]] domain::Result<bool> remove_member(std::int64_t pool, domain::PersonId person) override;
    [[nodiscard]] domain::Result<std::vector<app::PoolMembership>> members() override;
    [[nodiscard]] domain::Result<std::vector<app::PoolMembership>>
    memberships_of(domain::PersonId person) override;

  private:
    [[nodiscard]] domain::Result<std::vector<app::PoolMembership>> read_members(const std::string& where,
                                                                                long long person);

    soci::session& m_sql;
};

} // namespace leadline::storage
