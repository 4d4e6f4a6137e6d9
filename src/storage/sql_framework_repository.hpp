#pragma once

#include <soci/soci.h>

#include "app/ports/framework_repository.hpp"

namespace leadline::storage {

class SqlFrameworkRepository final : public app::FrameworkRepository {
  public:
    explicit SqlFrameworkRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<void> save_framework(const std::string& id, const std::string& version,
                                                      const std::string& source_text) override;
    [[nodiscard]] domain::Result<std::optional<std::string>>
    framework_text(const std::string& id, const std::string& version) override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
