#pragma once

#include <soci/soci.h>

#include "app/ports/organisation_repository.hpp"

namespace leadline::storage {

class SqlOrganisationRepository final : public app::OrganisationRepository {
  public:
    explicit SqlOrganisationRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<domain::OrganisationDetails> details() override;
    [[nodiscard]] domain::Result<void> save_details(const domain::OrganisationDetails& details) override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
