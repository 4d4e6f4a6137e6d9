#pragma once

#include "app/ports/store.hpp"

namespace leadline::storage {

// Opens SOCI stores: a file path means SQLite, a postgresql:// URL means PostgreSQL.
class SociStoreFactory final : public app::StoreFactory {
  public:
    [[nodiscard]] domain::Result<std::unique_ptr<app::Store>> open(const std::string& database,
                                                                   app::SchemaUpgrade upgrade) override;
};

} // namespace leadline::storage
