#include "storage/sql_framework_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

domain::Result<void> SqlFrameworkRepository::save_framework(const std::string& id, const std::string& version,
                                                            const std::string& source_text) {
    auto existing = framework_text(id, version);
    if (!existing) {
        return domain::fail(existing.error());
    }
    if (*existing) {
        if (**existing == source_text) {
            return {};
        }
        return domain::fail(
            domain::ErrorCode::Conflict,
            "The framework " + id + " version " + version +
                " is already stored with different text; give the changed file a new version.");
    }
    return guarded("saving a framework", [&]() -> domain::Result<void> {
        m_sql << "INSERT INTO frameworks (id, version, source_text) VALUES (:id, :version, :text)",
            soci::use(id), soci::use(version), soci::use(source_text);
        return {};
    });
}

domain::Result<std::optional<std::string>>
SqlFrameworkRepository::framework_text(const std::string& id, const std::string& version) {
    return guarded("reading a framework", [&]() -> domain::Result<std::optional<std::string>> {
        std::string text;
        m_sql << "SELECT source_text FROM frameworks WHERE id = :id AND version = :version", soci::use(id),
            soci::use(version), soci::into(text);
        if (!m_sql.got_data()) {
            return std::optional<std::string>{};
        }
        return std::optional<std::string>{text};
    });
}

} // namespace leadline::storage
