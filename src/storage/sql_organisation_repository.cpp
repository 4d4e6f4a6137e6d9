#include "storage/sql_organisation_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

domain::Result<domain::OrganisationDetails> SqlOrganisationRepository::details() {
    return guarded(
        "reading the organisation's details", [&]() -> domain::Result<domain::OrganisationDetails> {
            domain::OrganisationDetails details;
            int months = 0;
            soci::indicator months_indicator = soci::i_null;
            soci::statement row =
                (m_sql.prepare << "SELECT name, contact_email, privacy_url, answer_retention_months "
                                  "FROM organisation WHERE id = 1",
                 soci::into(details.name), soci::into(details.contact_email), soci::into(details.privacy_url),
                 soci::into(months, months_indicator));
            row.execute(true);
            while (row.fetch()) {
            }
            if (months_indicator == soci::i_ok) {
                details.answer_retention_months = months;
            }
            return details;
        });
}

domain::Result<void> SqlOrganisationRepository::save_details(const domain::OrganisationDetails& details) {
    return guarded("saving the organisation's details", [&]() -> domain::Result<void> {
        int months = details.answer_retention_months.value_or(0);
        soci::indicator months_indicator = details.answer_retention_months ? soci::i_ok : soci::i_null;
        m_sql << "INSERT INTO organisation (id, name, contact_email, privacy_url, answer_retention_months) "
                 "VALUES (1, :name, :contact, :privacy, :months) ON CONFLICT (id) DO UPDATE SET name = "
                 "excluded.name, contact_email = excluded.contact_email, privacy_url = excluded.privacy_url, "
                 "answer_retention_months = excluded.answer_retention_months",
            soci::use(details.name), soci::use(details.contact_email), soci::use(details.privacy_url),
            soci::use(months, months_indicator);
        return {};
    });
}

} // namespace leadline::storage
