#pragma once

#include <map>
#include <string>

#include "app/development/directory.hpp"
#include "app/text/csv_problems.hpp"
#include "app/text/csv_table.hpp"

namespace leadline::app {

// The `email` column of a file that lists people, read record by record: each must be an email
// address, of someone in the people directory, listed once.
class PeopleColumn {
  public:
    explicit PeopleColumn(const Directory& directory) : m_directory(directory) {}

    // The person the record names; nothing, with the problem added, when it names no one usable.
    [[nodiscard]] const domain::Person* person(const CsvTable& table, const CsvRecord& record,
                                               CsvProblems& problems);

  private:
    const Directory& m_directory;
    std::map<std::string, std::size_t> m_line_of_email;
};

} // namespace leadline::app
