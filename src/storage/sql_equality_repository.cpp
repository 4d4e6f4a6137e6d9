#include "storage/sql_equality_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::EqualityField;
using domain::Result;

namespace {

// A field as kept in a row; a row naming a field this program does not know is skipped when read.
std::optional<EqualityField> field_of(const std::string& column) {
    return domain::equality_field_of_column(column);
}

} // namespace

Result<std::optional<domain::EqualityCategories>> SqlEqualityRepository::equality_categories() {
    return guarded("reading the equality categories",
                   [&]() -> Result<std::optional<domain::EqualityCategories>> {
                       std::string column;
                       std::string value;
                       soci::statement rows =
                           (m_sql.prepare << "SELECT field, value FROM equality_categories ORDER BY field, "
                                             "position",
                            soci::into(column), soci::into(value));
                       rows.execute();
                       std::optional<domain::EqualityCategories> categories;
                       while (rows.fetch()) {
                           if (!categories) {
                               categories.emplace();
                           }
                           if (const auto field = field_of(column)) {
                               categories->values[*field].push_back(value);
                           }
                       }
                       return categories;
                   });
}

Result<void> SqlEqualityRepository::save_equality_categories(const domain::EqualityCategories& categories) {
    return guarded("saving the equality categories", [&]() -> Result<void> {
        m_sql << "DELETE FROM equality_categories";
        std::string column;
        int position = 0;
        std::string value;
        soci::statement insert =
            (m_sql.prepare << "INSERT INTO equality_categories (field, position, value) VALUES (:field, "
                              ":position, :value)",
             soci::use(column), soci::use(position), soci::use(value));
        for (const auto& [field, values] : categories.values) {
            column = std::string(domain::equality_column(field));
            position = 0;
            for (const auto& each : values) {
                value = each;
                insert.execute(true);
                ++position;
            }
        }
        // A field recorded with no values at all still marks the categories as saved, so that an
        // organisation recording nothing is not given the defaults back.
        if (categories.values.empty()) {
            column = "";
            position = 0;
            value = "";
            insert.execute(true);
        }
        return {};
    });
}

Result<void> SqlEqualityRepository::save_equality(const std::vector<app::EqualityChange>& changes) {
    return guarded("saving equality records", [&]() -> Result<void> {
        long long person = 0;
        std::string column;
        std::string value;
        soci::statement remove =
            (m_sql.prepare << "DELETE FROM equality_records WHERE person_id = :person AND field = :field",
             soci::use(person), soci::use(column));
        soci::statement insert =
            (m_sql.prepare
                 << "INSERT INTO equality_records (person_id, field, value) VALUES (:person, :field, "
                    ":value)",
             soci::use(person), soci::use(column), soci::use(value));
        for (const auto& change : changes) {
            person = change.person.value();
            column = std::string(domain::equality_column(change.field));
            remove.execute(true);
            if (change.value) {
                value = *change.value;
                insert.execute(true);
            }
        }
        return {};
    });
}

Result<std::unordered_map<std::int64_t, domain::EqualityRecord>> SqlEqualityRepository::equality_records() {
    return guarded("reading equality records",
                   [&]() -> Result<std::unordered_map<std::int64_t, domain::EqualityRecord>> {
                       long long person = 0;
                       std::string column;
                       std::string value;
                       soci::statement rows =
                           (m_sql.prepare << "SELECT person_id, field, value FROM equality_records",
                            soci::into(person), soci::into(column), soci::into(value));
                       rows.execute();
                       std::unordered_map<std::int64_t, domain::EqualityRecord> records;
                       while (rows.fetch()) {
                           if (const auto field = field_of(column)) {
                               records[person][*field] = value;
                           }
                       }
                       return records;
                   });
}

} // namespace leadline::storage
