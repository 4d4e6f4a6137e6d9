#include "app/development/people_column.hpp"

namespace leadline::app {

const domain::Person* PeopleColumn::person(const CsvTable& table, const CsvRecord& record,
                                           CsvProblems& problems) {
    auto email = domain::normalise_email(table.field(record, "email"));
    if (!email) {
        problems.add(record.line, "email", email.error().message);
        return nullptr;
    }
    const auto [seen, first_time] = m_line_of_email.emplace(*email, record.line);
    if (!first_time) {
        problems.add(record.line, "email", *email + " is already on line " + std::to_string(seen->second));
        return nullptr;
    }
    const auto id = m_directory.id_of_email.find(*email);
    if (id == m_directory.id_of_email.end()) {
        problems.add(record.line, "email", *email + " is not in the people directory; import them first");
        return nullptr;
    }
    return &m_directory.by_id.at(id->second);
}

} // namespace leadline::app
