#pragma once

#include <soci/soci.h>

#include "app/ports/people_repository.hpp"

namespace leadline::storage {

class SqlPeopleRepository final : public app::PeopleRepository {
  public:
    explicit SqlPeopleRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<domain::UnitId> ensure_unit(const std::vector<std::string>& names) override;
    [[nodiscard]] domain::Result<std::vector<domain::OrgUnit>> units() override;
    [[nodiscard]] domain::Result<domain::PersonId> save_person(const domain::Person& person) override;
    [[nodiscard]] domain::Result<std::optional<domain::Person>> find_person(std::string_view email) override;
    [[nodiscard]] domain::Result<std::optional<domain::Person>> person(domain::PersonId id) override;
    [[nodiscard]] domain::Result<std::vector<domain::Person>> people() override;
    [[nodiscard]] domain::Result<std::vector<domain::Person>> managed_by(domain::PersonId manager) override;
    [[nodiscard]] domain::Result<void> erase_person(domain::PersonId person,
                                                    const std::string& placeholder) override;
    [[nodiscard]] domain::Result<std::vector<domain::Person>> search_people(const std::string& text,
                                                                            int limit) override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
