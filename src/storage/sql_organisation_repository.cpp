#include "storage/sql_organisation_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

domain::Result<domain::OrganisationDetails> SqlOrganisationRepository::details() {
    return guarded("reading the organisation's details",
                   [&]() -> domain::Result<domain::OrganisationDetails> {
                       domain::OrganisationDetails details;
                       soci::statement row =
                           (m_sql.prepare << "SELECT name, contact_email, privacy_url FROM organisation "
                                             "WHERE id = 1",
                            soci::into(details.name), soci::into(details.contact_email),
                            soci::into(details.privacy_url));
                       row.execute(true);
                       while (row.fetch()) {
                       }
                       return details;
                   });
}

domain::Result<void> SqlOrganisationRepository::save_details(const domain::OrganisationDetails& details) {
    return guarded("saving the organisation's details", [&]() -> domain::Result<void> {
        m_sql
            << "INSERT INTO organisation (id, name, contact_email, privacy_url) VALUES (1, :name, :contact, "
               ":privacy) ON CONFLICT (id) DO UPDATE SET name = excluded.name, contact_email = "
               "excluded.contact_email, privacy_url = excluded.privacy_url",
            soci::use(details.name), soci::use(details.contact_email), soci::use(details.privacy_url);
        return {};
    });
}

} // namespace leadline::storage
